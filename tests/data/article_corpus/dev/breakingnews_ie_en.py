"""'08/11/2023 20:26 PM Updated: 9.45pm' (Dublin time). No byline shown (the JSON-LD has one).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/breakingnews.ie-Molly.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.breakingnews.ie/ireland/molly-and-tom-martens-sentenced-over-manslaughter-of-jason-corbett-1549512.html"
timezone = "Europe/Dublin"
lang = "en"
title = "Molly and Tom Martens sentenced over death of Jason Corbett"
published = datetime(2023, 11, 8, 20, 26, tzinfo=UTC)  # 2023-11-08 20:26 Europe/Dublin
