"""'ByJordan James Published 27 September 2023' (a day; the JSON-LD's 00:39+01:00 is that day in London). The JSON-LD author is an @id reference to the account "admin".

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/politicalite.com-Kelly.html (Apache-2.0).
"""

from datetime import date

url = "https://www.politicalite.com/entertainment/kelly-blasts-harry-kelly-osbourne-blasts-ginger-whinger-prince-harry-again/"
timezone = "Europe/London"
lang = "en-GB"
title = "KELLY BLASTS HARRY: Kelly Osbourne BLASTS ginger ‘whinger’ Prince Harry – again"
published = date(2023, 9, 27)
authors = ["Jordan James"]
