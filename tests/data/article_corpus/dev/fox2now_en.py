"""'by: Joey Schneider Posted: Nov 8, 2023 / 02:40 PM CST'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/fox2news.com-Hawley.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://fox2now.com/news/missouri/hawley-projects-trump-as-2024-gop-nominee-says-i-will-pull-the-lever-for-him/"
timezone = "America/Chicago"
lang = "en-US"
title = "Hawley projects Trump as 2024 GOP nominee, says ‘I will pull the lever’ for him"
published = datetime(2023, 11, 8, 20, 40, tzinfo=UTC)  # 2023-11-08 14:40 America/Chicago
authors = ["Joey Schneider"]
