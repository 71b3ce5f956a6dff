"""The declared times disagree (article:published_time 08:00 UTC, JSON-LD's Article 08:00-05:00, a second 'article' item and og:article:published_time '2023-10-27 03:00:00' without a zone); the page shows 'by HLNF Staff Report October 27, 2023' (a day; the byline is a desk's: authors not scored). htmldate's day 2023-10-27.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/heartlandnewsfeed.com-Christian.html (Apache-2.0).
"""

from datetime import date

url = "https://www.heartlandnewsfeed.com/2023/10/27/christian-county-police-blotters/"
timezone = "America/Chicago"
lang = "en"
title = "Christian County police blotters"
published = date(2023, 10, 27)
