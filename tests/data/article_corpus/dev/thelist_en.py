"""'By Cat Lafuente/June 12, 2020 9:49 am EST/Updated: Aug. 18, 2020 4:17 pm EST': 9:49 in New York (EDT in June, whatever the line's "EST"); the metadata writes 09:49+00:00 (OpenGraph) and 13:49+00:00 (JSON-LD). The <title> is a shortened headline.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/thelist.com.multivitamin.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = (
    "https://www.thelist.com/214894/when-you-take-a-multivitamin-every-day-this-is-what-happens-to-your-body/"
)
timezone = "America/New_York"
lang = "en-US"
title = "When you take a multivitamin every day, this is what happens to your body"
published = datetime(2020, 6, 12, 13, 49, tzinfo=UTC)
authors = ["Cat Lafuente"]
