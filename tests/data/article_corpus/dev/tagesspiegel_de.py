"""Kicker 'Abstandsregeln und Fieberkontrollen' in the <h1>: with or without it counts. '29.04.2020, 15:59 Uhr' (htmldate: 2020-04-29), 'Marie Rövekamp'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/tagesspiegel.de.abstandsregeln.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.tagesspiegel.de/wirtschaft/abstandsregeln-und-fieberkontrollen-wie-firmen-ihre-beschaeftigten-vor-dem-coronavirus-schuetzen/25784520.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Wie Firmen ihre Beschäftigten vor dem Coronavirus schützen"
also_titles = [
    "Abstandsregeln und Fieberkontrollen: Wie Firmen ihre Beschäftigten vor dem Coronavirus schützen",
    "Abstandsregeln und Fieberkontrollen : Wie Firmen ihre Beschäftigten vor dem Coronavirus schützen",
]
published = datetime(2020, 4, 29, 13, 59, tzinfo=UTC)  # 2020-04-29 15:59 Europe/Berlin
authors = ["Marie Rövekamp"]
