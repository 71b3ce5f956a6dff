"""The <h1> begins with its section's link ('Local News |'), not part of the headline. 'By Grace Zokovitch PUBLISHED: November 8, 2023 at 4:56 p.m.' (a time in a zone the page does not name: the day).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/bostonherald.com-Brothel-catering.html (Apache-2.0).
"""

from datetime import date

url = "https://www.bostonherald.com/2023/11/08/brothel-catering-to-politicians-doctors-lawyers-busted-in-boston/"
timezone = "America/New_York"
lang = "en-US"
title = "Brothel catering to politicians, doctors, lawyers busted in Boston"
published = date(2023, 11, 8)
authors = ["Grace Zokovitch"]
