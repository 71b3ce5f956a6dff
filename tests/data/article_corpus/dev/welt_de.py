"""The <h1> is the breadcrumb's last item, the social headline ('Landtagswahl in Thüringen: …', og:title with ' - WELT'); the displayed headline is kicker 'Wahlkampf in Thüringen' over 'Voigt, Höcke und der Vorwurf einer Lüge vor laufender Kamera'. 'Von Ulrich Exner Korrespondent Stand: 10:49 Uhr' shows only an update's time, without a day (JSON-LD: published 23:27 UTC the night before, modified 08:49 UTC): date not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/de/DieWelt_2024_08_27.html.gz (MIT).
"""

url = "https://www.welt.de/politik/deutschland/article253202060/Landtagswahl-in-Thueringen-Voigt-Hoecke-und-der-Vorwurf-einer-Luege-vor-laufender-Kamera.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Voigt, Höcke und der Vorwurf einer Lüge vor laufender Kamera"
also_titles = [
    "Wahlkampf in Thüringen: Voigt, Höcke und der Vorwurf einer Lüge vor laufender Kamera",
    "Landtagswahl in Thüringen: Voigt, Höcke und der Vorwurf einer Lüge vor laufender Kamera",
]
authors = ["Ulrich Exner"]
