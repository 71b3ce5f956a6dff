"""'by: Alex Baker Posted: Nov 8, 2023 / 03:16 PM PST'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/kron4.com-wolf.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.kron4.com/news/bay-area/mother-of-oakland-zoo-wolf-pack-euthanized-after-tumor-found/"
timezone = "America/Los_Angeles"
lang = "en-US"
title = "Mother of Oakland Zoo wolf pack euthanized after tumor found"
published = datetime(2023, 11, 8, 23, 16, tzinfo=UTC)  # 2023-11-08 15:16 America/Los_Angeles
authors = ["Alex Baker"]
