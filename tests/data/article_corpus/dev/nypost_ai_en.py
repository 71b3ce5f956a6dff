"""'By Shannon Thaler … Published Nov. 2, 2023, 9:12 a.m. ET' (the metadata's 13:12Z agrees).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/nypost.com-AI-generated.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://nypost.com/2023/11/02/news/ai-generated-nudes-of-girls-at-nj-high-school-trigger-police-probe/"
timezone = "America/New_York"
lang = "en-US"
title = "AI-generated nude images of girls at NJ high school trigger police probe: ‘I am terrified’"
published = datetime(2023, 11, 2, 13, 12, tzinfo=UTC)  # 2023-11-02 09:12 America/New_York
authors = ["Shannon Thaler"]
