"""A Hamburg tabloid's site (the same platform as express.de): the breadcrumb's <h1> holds the search engines' headline ('Ex-Nationalspieler in der Oberliga: Marcell Jansen kämpft um Piotr Trochowskis HSV-Comeback'); the shown one is the <h2>, a kicker ending in a question mark in <strong>, then a hidden colon ('Für den HSV in der Oberliga?: Jansen kämpft um Trochowskis Comeback', og:title the same; without the kicker counted), 'Von Simon Braasch 19.10.19, 08:16 Uhr' (Berlin time).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/d27eb719099b43639104995806e07d00.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.mopo.de/sport/hsv/fuer-den-hsv-in-der-oberliga--jansen-kaempft-um-trochowskis-comeback-33334622"
timezone = "Europe/Berlin"
lang = "de-DE"
title = "Für den HSV in der Oberliga?: Jansen kämpft um Trochowskis Comeback"
also_titles = ["Jansen kämpft um Trochowskis Comeback"]
published = datetime(2019, 10, 19, 6, 16, tzinfo=UTC)
authors = ["Simon Braasch"]
