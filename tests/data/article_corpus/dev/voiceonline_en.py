"""The headline is an <h2> (the page's only <h1> is the comment form's 'Comments Form'); '3rd November 2023 Written by: Lester Holloway' (a day).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/voice-online.co.uk-elites.html (Apache-2.0).
"""

from datetime import date

url = "https://www.voice-online.co.uk/news/features-news/2023/11/03/code-of-the-elites/"
timezone = "Europe/London"
lang = "en"
title = "Code of the elites"
published = date(2023, 11, 3)
authors = ["Lester Holloway"]
