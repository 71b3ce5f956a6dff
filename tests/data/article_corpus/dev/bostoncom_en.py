"""'By Abby Patkin November 8, 2023 | 1:49 PM' (a time in a zone the page does not name: the day). The JSON-LD author is a reference (@id) to a Person node of the @graph.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/boston.com-Feds.html (Apache-2.0).
"""

from datetime import date

url = "https://www.boston.com/news/crime/2023/11/08/feds-alleged-sex-ring-drew-politicians-business-execs-to-brothels-in-mass/"
timezone = "America/New_York"
lang = "en-US"
title = "Feds: Alleged sex ring drew politicians, business execs to brothels in Mass."
published = date(2023, 11, 8)
authors = ["Abby Patkin"]
