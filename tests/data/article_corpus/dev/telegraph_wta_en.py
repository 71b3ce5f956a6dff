"""'By Uche Amako 2 November 2023 • 9:10am' (a time in a zone the page does not name: the day). Other bylines (microdata author 'Simon Briggs') are related articles'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/telegraph.co.uk-WTA.html (Apache-2.0).
"""

from datetime import date

url = "https://www.telegraph.co.uk/tennis/2023/11/02/wta-finals-2023-when-is-it-how-to-watch-prize-money-players/"
timezone = "Europe/London"
lang = "en"
title = "WTA Finals 2023: Latest results, today’s matches, how to watch on TV and prize money"
published = date(2023, 11, 2)
authors = ["Uche Amako"]
