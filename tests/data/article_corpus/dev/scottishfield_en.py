"""'By Ellie Forbes' '6th November 2023' (a day). og:title carries ' - Scottish Field'; the JSON-LD headline an entity (&#8217;).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/scottishfield.co.uk-Glasgow.html (Apache-2.0).
"""

from datetime import date

url = "https://www.scottishfield.co.uk/food-and-drink-2/el-santo-glasgows-latin-american-delight/"
timezone = "Europe/London"
lang = "en-GB"
title = "El Santo: Glasgow’s Latin American delight"
published = date(2023, 11, 6)
authors = ["Ellie Forbes"]
