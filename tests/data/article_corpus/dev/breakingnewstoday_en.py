"""The <h1> is longer than og:title and JSON-LD's headline, which cut it and spell it otherwise ('Centuries-Old 'Extra-terrestrial Remains' Exhibited'); kicker 'Global News' above it. 'By Eve Cooper - September 13, 2023' (a day; the sidebar's <time>s are other articles'). htmldate's day 2023-09-13.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/breakingnewstoday.co.uk-Centuries-Old.html (Apache-2.0).
"""

from datetime import date

url = "https://www.breakingnewstoday.co.uk/centuries-old-extraterrestrial-remains-exhibited-in-glass-enclosures/"
timezone = "Europe/London"
lang = "en"
title = "Centuries-Old ‘Extraterrestrial Remains’ Exhibited in Glass Enclosures"
also_titles = ["Centuries-Old 'Extra-terrestrial Remains' Exhibited"]
published = date(2023, 9, 13)
authors = ["Eve Cooper"]
