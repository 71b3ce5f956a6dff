"""'By Paul Steinhauser Fox News Published November 9, 2023 3:02am EST Updated November 9, 2023 3:18am EST'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/foxnews.com-GOP.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.foxnews.com/politics/republican-candidates-clash-third-presidential-primary-debate-while-trump-tries-steal-spotlight"
timezone = "America/New_York"
lang = "en"
title = (
    "GOP Debate: Haley takes incoming fire as presidential candidates battle for second place behind Trump"
)
published = datetime(2023, 11, 9, 8, 2, tzinfo=UTC)  # 2023-11-09 03:02 America/New_York
authors = ["Paul Steinhauser"]
