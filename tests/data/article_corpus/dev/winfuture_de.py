"""'Christian Kahle, 03.11.2023 15:32 Uhr'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/winfuture.de-NASA.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://winfuture.de/news,139377.html"
timezone = "Europe/Berlin"
lang = "de"
title = "NASA+ Streaming startet: Ohne Registrierung, Gebühren oder Werbung"
published = datetime(2023, 11, 3, 14, 32, tzinfo=UTC)
authors = ["Christian Kahle"]
