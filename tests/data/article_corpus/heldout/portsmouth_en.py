"""'By Sophie Lewis Published 3rd Nov 2023, 08:08 GMT Updated …'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/portsmouth.co.uk-Christmas.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.portsmouth.co.uk/news/people/christmas-in-hampshire-fareham-indoor-christmas-market-to-take-place-this-weekend-heres-everything-you-need-to-know-4396092"
timezone = "Europe/London"
lang = "en"
title = "Christmas in Hampshire: Fareham Indoor Christmas Market to take place this weekend - here's everything you need to know"
published = datetime(2023, 11, 3, 8, 8, tzinfo=UTC)  # 2023-11-03 08:08 UTC
authors = ["Sophie Lewis"]
