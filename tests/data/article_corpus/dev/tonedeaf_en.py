"""'By Poppy Reid Feb 21, 2020' (a day; 03:21 UTC in the metadata is the afternoon in Sydney). A second <h1> further down is an embedded poster's title.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/tonedeaf.thebrag.com.luboku.html (Apache-2.0).
"""

from datetime import date

url = "https://tonedeaf.thebrag.com/record-of-the-week-luboku-pale-blue-dot-lift-off/"
timezone = "Australia/Sydney"
lang = "en-AU"
title = "Record of The Week: Luboku, ‘Pale Blue Dot / Lift Off’"
published = date(2020, 2, 21)
authors = ["Poppy Reid"]
