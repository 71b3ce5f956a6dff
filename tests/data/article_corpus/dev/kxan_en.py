"""'by: Cora Neas Posted: Nov 8, 2023 / 04:43 PM CST'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/kxan.com-Voters.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.kxan.com/news/texas/voters-pass-increase-for-retired-public-education-workers-but-future-shortfalls-likely-to-emerge/"
timezone = "America/Chicago"
lang = "en-US"
title = "Voters pass increase for retired public education workers, but future shortfalls likely to emerge"
published = datetime(2023, 11, 8, 22, 43, tzinfo=UTC)  # 2023-11-08 16:43 America/Chicago
authors = ["Cora Neas"]
