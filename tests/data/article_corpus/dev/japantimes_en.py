"""'JIJI Feb 18, 2020' under the headline (day only): the byline is the news agency's. meta author says 'No Author'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/japantimes.co.jp.surgical.html (Apache-2.0).
"""

from datetime import date

url = "https://www.japantimes.co.jp/news/2020/02/18/national/crime-legal/6000-surgical-masks-stolen/"
timezone = "Asia/Tokyo"
lang = "en-US"
title = "Losing face: 6,000 surgical masks stolen from Kobe hospital"
published = date(2020, 2, 18)
authors = ["JIJI"]
