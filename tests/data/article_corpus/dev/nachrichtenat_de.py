"""Oberösterreichische Nachrichten: 'Von Claudia Riedler 19. Oktober 2019 00:04 Uhr' (Vienna time: the evening before in UTC, as JSON-LD's 2019-10-18T22:04:00Z says; <meta name="date"> writes it the e-mail way, 'Sat, 19 Oct 2019 00:04:00 +0200'). htmldate's day 2019-10-19.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/0b96fc66e2c94f45a1b923ec9a31fcf2.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.nachrichten.at/meine-welt/gesundheit/was-bringen-alternative-therapien-bei-krebs;art114,3177663"
timezone = "Europe/Vienna"
lang = "de"
title = 'Was bringen "alternative" Therapien bei Krebs?'
published = datetime(2019, 10, 18, 22, 4, tzinfo=UTC)
authors = ["Claudia Riedler"]
