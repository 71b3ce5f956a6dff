"""'By Sonal Khetarpal Delhi'. The page shows only 'Print Edition: June 5, 2016' (the magazine issue; the metadata's datePublished, 2016-05-14T16:34+5.30, has a malformed offset): date not scored.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/business-today/input.html (MIT).
"""

url = "http://www.businesstoday.in/magazine/features/hackerrank-helping-cos-hire-coding-champions-via-online-tests/story/232567.html"
timezone = "Asia/Kolkata"
lang = "en"
title = "Cracking the Code"
authors = ["Sonal Khetarpal"]
