"""'Jeanne Corriveau 19 février 2020 Montréal': a day only (htmldate's).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/ledevoir.com.trottinettes.html (Apache-2.0).
"""

from datetime import date

url = "https://www.ledevoir.com/politique/montreal/573258/la-fin-des-trottinettes-en-libre-service-a-montreal"
timezone = "America/Toronto"
lang = "fr"
title = "La fin des trottinettes en libre-service à Montréal"
published = date(2020, 2, 19)
authors = ["Jeanne Corriveau"]
