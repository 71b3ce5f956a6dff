"""'10 April 2020' under the headline (day only). No byline. The JSON-LD's first headline is og:title's social one; the <h1> is shown.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/bbc.com.52241221.html (Apache-2.0).
"""

from datetime import date

url = "https://www.bbc.com/news/world-us-canada-52241221"
timezone = "Europe/London"
lang = "en"
title = "Coronavirus: New York ramps up mass burials amid outbreak"
published = date(2020, 4, 10)
