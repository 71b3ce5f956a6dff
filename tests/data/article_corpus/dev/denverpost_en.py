"""The <h1> begins with its section's link ('Preps |'). 'By Matt Schubert | The Denver Post November 8, 2023 at 6:09 p.m.' (a time in a zone the page does not name: the day).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/denverpost.com-Colorado.html (Apache-2.0).
"""

from datetime import date

url = "https://www.denverpost.com/2023/11/08/colorado-high-school-football-playoffs-second-weekend-2023/"
timezone = "America/Denver"
lang = "en-US"
title = "Colorado high school football playoffs: Chalk, toss-ups and upset alerts in the second weekend of postseason play"
published = date(2023, 11, 8)
authors = ["Matt Schubert"]
