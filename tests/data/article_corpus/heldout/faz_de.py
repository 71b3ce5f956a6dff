"""Kicker 'Reise durch Sierra Leone' in the <h1>: with or without it counts. 'Veröffentlicht: 30.07.2019 09:35 Uhr' (htmldate: 2019-07-30). No byline near the article: author not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/faz.net.leone.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = (
    "https://www.faz.net/aktuell/reise/reise-durch-sierra-leone-es-ist-zeit-fuer-den-tourismus-16306548.html"
)
timezone = "Europe/Berlin"
lang = "de"
title = "Es ist Zeit für den Tourismus"
also_titles = ["Reise durch Sierra Leone: Es ist Zeit für den Tourismus"]
published = datetime(2019, 7, 30, 7, 35, tzinfo=UTC)  # 2019-07-30 09:35 Europe/Berlin
