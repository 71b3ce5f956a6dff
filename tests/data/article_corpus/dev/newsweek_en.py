"""'Nov 09, 2023 at 4:14 AM EST By Ewan Palmer News Reporter'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/newsweek.com-Republican-Debate.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.newsweek.com/gop-primary-debate-2024-who-won-miami-trump-1842168"
timezone = "America/New_York"
lang = "en"
title = "Who Won the Republican Debate? Who Cares"
published = datetime(2023, 11, 9, 9, 14, tzinfo=UTC)  # 2023-11-09 04:14 America/New_York
authors = ["Ewan Palmer"]
