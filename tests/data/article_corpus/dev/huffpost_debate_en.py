"""'By Daniel Marans Senior Politics Reporter, HuffPost and Liz Skalka Politics Reporter, HuffPost Nov 9, 2023, 12:51 AM EST'. The JSON-LD author is a slug ('daniel-marans'), the first author's only.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/huffpost.com-GOP.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.huffpost.com/entry/third-republican-presidential-debate-takeaways-trump-biden_n_654c6382e4b0ea0b7f95ad93"
timezone = "America/New_York"
lang = "en"
title = "Joe Biden Is Thinking Only About Trump, And 4 Other Takeaways From The Third GOP Debate"
published = datetime(2023, 11, 9, 5, 51, tzinfo=UTC)  # 2023-11-09 00:51 America/New_York
authors = ["Daniel Marans", "Liz Skalka"]
