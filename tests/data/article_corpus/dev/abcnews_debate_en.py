"""'By Tal Axelrod November 8, 2023, 11:15 PM' (a time in a zone the page does not name: the day). meta author and twitter:creator are the site (ABC News).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/abcnews.com-Ramaswamy.html (Apache-2.0).
"""

from datetime import date

url = "https://abcnews.go.com/Politics/nikki-haley-battles-ramaswamy-desantis-4-republican-debate/story?id=104746419"
timezone = "America/New_York"
lang = "en"
title = "Nikki Haley battles Ramaswamy and DeSantis, and 4 more Republican debate takeaways"
published = date(2023, 11, 8)
authors = ["Tal Axelrod"]
