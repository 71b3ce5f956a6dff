"""'By Antrim Court Reporter Published 9th Nov 2023, 09:34 GMT': the byline is a desk, authors not scored. og:title is another social headline: it counts too.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/northernirelandworld.com-theft.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.northernirelandworld.com/news/crime/woman-fined-for-theft-of-cat-treats-4403259"
timezone = "Europe/London"
lang = "en"
title = "Woman fined for theft of 'cat treats'"
also_titles = ["Woman admitted stealing 'cat treats' worth £11.55 from Randalstown store"]
published = datetime(2023, 11, 9, 9, 34, tzinfo=UTC)
