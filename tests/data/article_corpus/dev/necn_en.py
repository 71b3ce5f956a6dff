"""'By Cassie McGrath • Published November 1, 2023': a day only (htmldate's).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/necn.com-Massachusetts.html (Apache-2.0).
"""

from datetime import date

url = "https://www.necn.com/news/national-international/massachusetts-cannabis-firms-are-shutting-down-heres-a-list/3080368/"
timezone = "America/New_York"
lang = "en"
title = "Massachusetts cannabis firms are shutting down. Here's a list"
published = date(2023, 11, 1)
authors = ["Cassie McGrath"]
