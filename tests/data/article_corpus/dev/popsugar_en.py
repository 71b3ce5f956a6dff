"""The h1 holds the short 'Millennial Decorating Mistakes' above the displayed headline; either counts. 'December 19, 2016 by Maggie Winterfeldt': a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/www.popsugar.com.html (MIT OR Apache-2.0). Its test
src/extractors/custom/www.popsugar.com/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "http://www.popsugar.com/home/Millennial-Decorating-Mistakes-42696116#photo-42696116"
timezone = "America/Los_Angeles"
lang = "en"
title = "The 5 Biggest Decorating Mistakes Millennials Make — and How to Solve Them"
also_titles = ["Millennial Decorating Mistakes"]
published = date(2016, 12, 19)
authors = ["Maggie Winterfeldt"]
