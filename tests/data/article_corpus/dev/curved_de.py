"""'Julian Schulze … Artikel vom 31.10.23': a day only (htmldate's).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/curved.de-Apple.html (Apache-2.0).
"""

from datetime import date

url = "https://curved.de/news/apple-keynote-neue-macs-m3-vorgestellt-757979"
timezone = "Europe/Berlin"
lang = "de"
title = "Auf der Keynote enthüllt: Apple will im Gaming die Nr. 1 sein"
published = date(2023, 10, 31)
authors = ["Julian Schulze"]
