"""'by: Josh DuBose Posted: Nov 8, 2023 / 10:35 PM PST' (9 November in UTC).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/ktla.com-Tarzana.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = (
    "https://ktla.com/news/local-news/arrest-made-in-connection-with-body-parts-found-in-dumpster-in-tarzana/"
)
timezone = "America/Los_Angeles"
lang = "en-US"
title = "Arrest made in connection with body parts found in dumpster in Tarzana"
published = datetime(2023, 11, 9, 6, 35, tzinfo=UTC)  # 2023-11-08 22:35 America/Los_Angeles
authors = ["Josh DuBose"]
