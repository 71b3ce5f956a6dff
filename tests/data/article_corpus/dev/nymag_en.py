"""'By Eric Levitz@EricLevitz', 'May 16, 2020' (a day). The <h1> is the headline; og:title and <title> are two other headlines written for social networks and search (og:title counted too, as elsewhere in this corpus).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/nymag.com.polarization.html (Apache-2.0).
"""

from datetime import date

url = "https://nymag.com/intelligencer/2020/05/polarization-republicans-democracy-ezra-klein-book-review.html"
timezone = "America/New_York"
lang = "en-us"
title = "The GOP Is the Problem. Is ‘Human Identity Politics’ the Solution?"
also_titles = ["Polarization Isn’t the Problem, But Human Identity Politics May Be the Solution"]
published = date(2020, 5, 16)
authors = ["Eric Levitz"]
