"""'By Ben Summer Reporter 12:39, 2 NOV 2023' (a time in a zone the page does not name: the day). article:author is a Facebook address.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/walesonline.co.uk-beach.html (Apache-2.0).
"""

from datetime import date

url = "https://www.walesonline.co.uk/news/wales-news/womans-body-found-popular-beach-28031617"
timezone = "Europe/London"
lang = "en"
title = "Woman's body found on popular beach"
published = date(2023, 11, 2)
authors = ["Ben Summer"]
