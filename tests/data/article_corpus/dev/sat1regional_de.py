"""Two <h1>s: a visually hidden one with the site's name ('SAT.1 REGIONAL'), then the headline; og:title ends in ' - SAT.1 REGIONAL'. '19. Oktober 2019 15:07' (Berlin time; only the WebPage declares a date, 13:07:47 UTC). An agency's item ('Hamburg (dpa/lno)'): no byline. htmldate's day 2019-10-19.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/d90b19386e2b48559082547016cbe5ec.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.sat1regional.de/newsticker/verhaertete-fronten-nach-tumulten-bei-luckes-vorlesung/"
timezone = "Europe/Berlin"
lang = "de"
title = "Verhärtete Fronten nach Tumulten bei Luckes Vorlesung"
published = datetime(2019, 10, 19, 13, 7, tzinfo=UTC)
