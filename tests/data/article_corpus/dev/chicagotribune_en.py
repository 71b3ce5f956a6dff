"""'By Rick Pearson Chicago Tribune • Published: Nov 08, 2023 at 5:25 pm' (a time in a zone the page does not name: the day). og:title is another social headline: it counts too.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/chicagotribune.com-Biden.html (Apache-2.0).
"""

from datetime import date

url = "https://www.chicagotribune.com/politics/ct-biden-visit-to-belvidere-uaw-2023-20231108-nu3rcfkeurasvf5jiqz5ydh4eq-story.html"
timezone = "America/Chicago"
lang = "en-US"
title = "President Joe Biden coming to Belvidere, saying UAW agreement validates economic strategy"
also_titles = ["President Biden coming to Belvidere, says UAW deal confirms economic plan"]
published = date(2023, 11, 8)
authors = ["Rick Pearson"]
