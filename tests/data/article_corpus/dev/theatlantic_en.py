"""'August 23, 2020', 'Leah C. Stokes, Assistant professor…'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/theatlantic.com.disasters.html (Apache-2.0).
"""

from datetime import date

url = "https://www.theatlantic.com/ideas/archive/2020/08/californias-disasters-are-a-warning-climate-change-is-here/615610/"
timezone = "America/New_York"
lang = "en"
title = "How Can We Plan for the Future in California?"
published = date(2020, 8, 23)
authors = ["Leah C. Stokes"]
