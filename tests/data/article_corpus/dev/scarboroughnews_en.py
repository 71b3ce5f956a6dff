"""'By Court ReporterPublished 3rd Nov 2023, 09:25 GMT- 3 min read'. No author: the byline is a desk's role ('Court Reporter'), declared as a Person.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/thescarboroughnews.co.uk-Scarborough.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.thescarboroughnews.co.uk/news/crime/scarborough-man-jailed-over-6-years-for-supplying-cocaine-and-cannabis-across-the-town-4396235"
timezone = "Europe/London"
lang = "en"
title = "Scarborough man jailed over 6 years for supplying cocaine and cannabis across the town"
published = datetime(2023, 11, 3, 9, 25, tzinfo=UTC)
