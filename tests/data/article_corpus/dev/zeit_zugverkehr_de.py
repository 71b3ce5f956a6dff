"""Kicker 'Zugverkehr:' before the headline: with or without it counts. 'Eine Analyse von Caspar Schwietering 14. Januar 2020, 9:21 Uhr' (Berlin time).

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/zeit.de.zugverkehr.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.zeit.de/mobilitaet/2020-01/zugverkehr-christian-lindner-hochgeschwindigkeitsstrecke-eu-kommission"
timezone = "Europe/Berlin"
lang = "de"
title = "Im ICE von Frankfurt nach Barcelona"
also_titles = ["Zugverkehr: Im ICE von Frankfurt nach Barcelona"]
published = datetime(2020, 1, 14, 8, 21, tzinfo=UTC)  # 2020-01-14 09:21 Europe/Berlin
authors = ["Caspar Schwietering"]
