"""'By Victor Nava Published Nov. 8, 2023, 10:28 p.m. ET'. The <h1> and og:title carry a mis-encoded apostrophe ('daughterâ€™s'); the JSON-LD headline has it right.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/nypost.com-GOP.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://nypost.com/2023/11/08/news/nikki-haley-rips-vivek-ramaswamy-as-scum-in-fiery-exchange-after-gop-hopeful-calls-out-her-daughters-tiktok-use/"
timezone = "America/New_York"
lang = "en-US"
title = "Nikki Haley rips Vivek Ramaswamy as ‘scum’ in fiery exchange after GOP hopeful calls out her daughter’s TikTok use"
published = datetime(2023, 11, 9, 3, 28, tzinfo=UTC)  # 2023-11-08 22:28 America/New_York
authors = ["Victor Nava"]
