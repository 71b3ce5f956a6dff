"""'John Plunkett. Updated November 3rd, 2023': no date scored (the page shows its update only).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/thepoke.com-Waddingham.html (Apache-2.0).
"""

url = "https://www.thepoke.com/2023/11/03/hannah-waddingham-is-basically-in-every-christmas-ad-and-people-love-it-17-favourite-responses/"
timezone = "Europe/London"
lang = "en"
title = "Hannah Waddingham is basically in every Christmas ad and people love it – 17 favourite responses"
authors = ["John Plunkett"]
