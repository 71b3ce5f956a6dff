"""Lübecker Nachrichten: the <title> is another headline ('Lübeck: So war die Auktion …'), JSON-LD's adds a place before it ('Kücknitz - …'). '18:34 19.10.2019' above the headline, time first (Berlin time; JSON-LD 16:34:49 UTC); 'Von Cosima Künzel' at the text's end. htmldate's day 2019-10-19.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/d51e75d9e53a472bb7708191899aa6b4.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.ln-online.de/Lokales/Luebeck/Luebeck-So-war-die-Auktion-fuer-St.-Johannes-in-Kuecknitz"
timezone = "Europe/Berlin"
lang = "de"
title = "So lief die Auktion der Schätzchen von St. Johannes"
published = datetime(2019, 10, 19, 16, 34, tzinfo=UTC)
authors = ["Cosima Künzel"]
