"""'by Mike Sula November 1, 2023' (day only). One JSON-LD author is a slug ('mike-sula').

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/chicagoreader.com-Distillery.html (Apache-2.0).
"""

from datetime import date

url = "https://chicagoreader.com/food-drink/18th-street-distillery-new-spirits/"
timezone = "America/Chicago"
lang = "en-US"
title = "18th Street Distillery brings weird, wonderful new spirits to the midwest"
published = date(2023, 11, 1)
authors = ["Mike Sula"]
