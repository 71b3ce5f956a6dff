"""A community blog post: the <h1> 'Heute schon an morgen denken' under its kicker 'SARS-2/COVID-19' (the JSON-LD and og:title join them: counted too); 'Benjamin-Immanuel Hoff', '20:34 17.04.2020'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/freitag.de.morgen.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.freitag.de/autoren/benjamin-immanuel-hoff/heute-schon-an-morgen-denken"
timezone = "Europe/Berlin"
lang = "de"
title = "Heute schon an morgen denken"
also_titles = [
    "SARS-2/COVID-19 Heute schon an morgen denken",
    "SARS-2/COVID-19 - Heute schon an morgen denken",
]
published = datetime(2020, 4, 17, 18, 34, tzinfo=UTC)
authors = ["Benjamin-Immanuel Hoff"]
