"""The first h1 is the site's name. 'Author: Jacopo Cascioli Published: 03 December 2019 Updated: …' at the end: a day only (htmldate's).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/strangemachines.io.performant.html (Apache-2.0).
"""

from datetime import date

url = "https://strangemachines.io/articles/performant-python"
timezone = "UTC"
lang = "en"
title = "Performant Python"
published = date(2019, 12, 3)
authors = ["Jacopo Cascioli"]
