"""The <h1>, and under it the kicker 'Israel und Palästina' and the JSON-LD's other headline: both count. 'Ralph Steiner/Carlo Natter 07.11.2023, 10.55 Uhr' (Zurich time, as the metadata's 09:55Z agrees): two names joined by a slash. The other JSON-LD author is a desk ('Auswärtige Autoren (AA)').

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/aargauerzeitung.ch-Israel.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.aargauerzeitung.ch/international/israel-und-palaestina-ein-krieg-der-karten-wir-erklaeren-die-historischen-hintergruende-ld.2538359"
timezone = "Europe/Zurich"
lang = "de"
title = "Israel/Palästina: Ein Krieg der Karten – die historischen Hintergründe"
also_titles = ["Ein Krieg der Karten – wir erklären die historischen Hintergründe"]
published = datetime(2023, 11, 7, 9, 55, tzinfo=UTC)  # 2023-11-07 10:55 Europe/Zurich
authors = ["Ralph Steiner", "Carlo Natter"]
