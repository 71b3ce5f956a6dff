"""'By Susan Ferrechio - The Washington Times - Wednesday, November 8, 2023' (day only). The JSON-LD headline is a longer one for search engines; the <h1> is og:title's. meta author is the site.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/washingtontimes.com-GOP.html (Apache-2.0).
"""

from datetime import date

url = "https://www.washingtontimes.com/news/2023/nov/8/gop-presidential-hopefuls-go-after-surging-nikki-h/"
timezone = "America/New_York"
lang = "en-US"
title = "GOP presidential hopefuls go after surging Haley in third debate without Trump"
published = date(2023, 11, 8)
authors = ["Susan Ferrechio"]
