"""Kicker 'Nutzerbasierte Abrechnung:' before the headline: with or without it counts. 'Von Benjamin Fischer und Marcus Theurer - Aktualisiert am 28.01.2020 - 15:49': the page shows its date only as an update, not scored. The JSON-LD datePublished is 'Tue Jan 28 15:28:56 CET 2020'.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/faz.net.streaming.html (Apache-2.0).
"""

url = "https://www.faz.net/aktuell/wirtschaft/nutzerbasierte-abrechnung-musik-stars-fordern-neues-streaming-modell-16604622.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Nutzerbasierte Abrechnung: Musik-Stars fordern neues Streaming-Modell"
also_titles = ["Musik-Stars fordern neues Streaming-Modell"]
authors = ["Benjamin Fischer", "Marcus Theurer"]
