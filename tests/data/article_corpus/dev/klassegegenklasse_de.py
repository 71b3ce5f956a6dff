"""Klasse Gegen Klasse: no embedded metadata at all (no JSON-LD, no OpenGraph, no author <meta>). Under the headline a list of authors, 'Nathaniel Flakin' linked to '/author/wladekflakin/' (an account's slug that is not the name), then '06.01.2026, Lesezeit 5 Min.' (a day only); the related articles' cards further down list their own authors ('Emilio Albamonte', 'Philippe Alcoy' …).

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/de/KlasseGegenKlasse_2026_01_07.html.gz (MIT).
"""

from datetime import date

url = "https://www.klassegegenklasse.org/venezuela-nach-maduros-entfuehrung-interview-mit-venezolanischen-sozialisten/"
timezone = "Europe/Berlin"
lang = "de"
title = "Venezuela nach Maduros Entführung: Interview mit venezolanischem Sozialisten"
published = date(2026, 1, 6)
authors = ["Nathaniel Flakin"]
