"""'By Ian Mohr … February 24, 2020 | 9:25pm' (a time in a zone the page does not name: the day); the metadata's 02:25Z is the next day in UTC.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/pagesix.com.myers.html (Apache-2.0).
"""

from datetime import date

url = "https://pagesix.com/2020/02/24/former-wh-press-secretary-dee-dee-myers-exits-warner-bros-role/"
timezone = "America/New_York"
lang = "en"
title = "Former WH press secretary Dee Dee Myers exits Warner Bros. role"
published = date(2020, 2, 24)
authors = ["Ian Mohr"]
