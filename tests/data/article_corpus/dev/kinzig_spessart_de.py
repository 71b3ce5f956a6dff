"""A Hessian regional news site: no <h1>; a kicker 'Interview mit Bernhard Mosbacher und Franziska Weber' above the headline's <h2>, a photo caption, then 'Mittwoch, 01.11.2023 von MORITZ PAPPERT' (a day, the name in capitals).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/kinzig.news-Nachhaltigkeit.html (Apache-2.0).
"""

from datetime import date

url = "https://kinzig.news/23578/das-steckt-dahinter-nachhaltigkeit-bei-der-spessart-tourismus-gmbh"
timezone = "Europe/Berlin"
lang = "de"
title = "Das steckt dahinter: Nachhaltigkeit bei der Spessart Tourismus GmbH"
published = date(2023, 11, 1)
authors = ["MORITZ PAPPERT"]
