"""Kicker 'Agriculture' under the headline. '12.12.2019' (day only). No byline (the JSON-LD Person's name is empty).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/tdg.ch.chlorothalonil.html (Apache-2.0).
"""

from datetime import date

url = "https://www.tdg.ch/suisse/berne-interdit-chlorothalonil/story/18348200"
timezone = "Europe/Zurich"
lang = "fr"
title = "Berne interdit désormais le chlorothalonil"
published = date(2019, 12, 12)
