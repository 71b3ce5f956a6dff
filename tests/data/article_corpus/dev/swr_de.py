"""'STAND 21.4.2021, 16:41 Uhr' (the state as of, an update's time: the day only is scored, the JSON-LD says 16:30 that day); 'AUTOR/IN Julius Richter' (<meta name="author"> is the desk, 'SWR Sport').

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/swr.de-volleyball.html (Apache-2.0).
"""

from datetime import date

url = "https://www.swr.de/sport/mehr-sport/volleyball/mtv-stuttgart/stuttgart-ohne-rivers-im-finale-100.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Hiobsbotschaft für Allianz MTV Stuttgart: Top-Angreiferin Krystal Rivers fällt aus"
published = date(2021, 4, 21)
authors = ["Julius Richter"]
