"""'By Gavin O'Callaghan Updated 21:22, 6 OCT 2020': the page shows only the update, so the date is not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/corkbeo.ie.level.html (Apache-2.0).
"""

url = "https://www.corkbeo.ie/news/local-news/level-3-live-cork-ireland-19056312"
timezone = "Europe/Dublin"
lang = "en"
title = "Level 3 LIVE from Cork as Ireland adapts to incoming coronavirus restrictions"
authors = ["Gavin O'Callaghan"]
