"""Kicker 'Schlachtbetriebe' in the <h1>: with or without it counts, and the social headline of og:title and JSON-LD. 'von David Straub, MDR THÜRINGEN' (the name and the broadcaster); the page shows 'Stand: 28. April 2023, 05:00 Uhr', a 'last updated' word: date not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/de/MDR_2023_04_28.html.gz (MIT).
"""

url = "https://www.mdr.de/nachrichten/thueringen/sued-thueringen/schmalkalden-meiningen/schlachtung-fleisch-schwein-wirtschaft-landstolz-100.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Das harte Geschäft mit dem Tod: Warum immer weniger in Thüringen geschlachtet wird"
also_titles = [
    "Schlachtbetriebe Das harte Geschäft mit dem Tod: Warum immer weniger in Thüringen geschlachtet wird",
    "Schlachtbetriebe: Das harte Geschäft mit dem Tod: Warum immer weniger in Thüringen geschlachtet wird",
    "Ist die Thüringer Bratwurst eine Illusion? Das harte Geschäft mit dem Tod",
]
authors = ["David Straub"]
