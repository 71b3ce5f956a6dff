"""Kicker 'Premier League' inside the <h1>, before the headline (og:title has the headline alone). 'Stand: 24.04.2024 22:58 Uhr' (the state as of, an update's word: the day only is scored; JSON-LD's datePublished is the same minute, <meta name="date"> the same local time without a zone). No byline ('Quelle: sid/dpa' at the foot): authors not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/de/SportSchau_2024_04_25.html.gz (MIT).
"""

from datetime import date

url = "https://www.sportschau.de/fussball/premier-league/rueckschlag-im-titelkampf-liverpool-verliert-bei-everton,nachholspiele-everton-liverpool-100.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Rückschlag im Titelkampf - Liverpool verliert bei Everton"
also_titles = [
    "Premier League Rückschlag im Titelkampf - Liverpool verliert bei Everton",
    "Premier League: Rückschlag im Titelkampf - Liverpool verliert bei Everton",
]
published = date(2024, 4, 24)
