"""'Nov. 9, 2023, 4:59 AM UTC By Jonathan Allen'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/nbcnews.com-GOP.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.nbcnews.com/politics/2024-election/trump-nikki-haley-ron-desantis-contrasts-nbc-debate-miami-rcna121830"
timezone = "America/New_York"
lang = "en"
title = "The war for second place got hot, but the third GOP debate didn't dent Trump"
published = datetime(2023, 11, 9, 4, 59, tzinfo=UTC)
authors = ["Jonathan Allen"]
