"""'By Jessica Holly, Gail Levy, 7 News WSVN November 8, 2023' (day only): the last name is the station's, not scored. og:title carries the site's name.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/wsvn.com-crash.html (Apache-2.0).
"""

from datetime import date

url = "https://wsvn.com/news/local/miami-dade/15-year-old-driver-killed-14-year-old-passenger-critical-in-sw-miami-dade-crash/"
timezone = "America/New_York"
lang = "en-US"
title = "15-year-old driver killed, 14-year-old passenger critical in SW Miami-Dade crash"
published = date(2023, 11, 8)
authors = ["Jessica Holly", "Gail Levy"]
