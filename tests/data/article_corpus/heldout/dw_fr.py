"""'Auteur : Kossivi Tiassou'; date: htmldate's expected date (also in the page's <title>).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/dw.com-elephants.html (Apache-2.0).
"""

from datetime import date

url = "https://www.dw.com/fr/la-perte-des-terres-fertiles-et-les-%C3%A9l%C3%A9phants-en-guin%C3%A9e-conakry/a-6533123"
timezone = "Europe/Berlin"
lang = "fr"
title = "La perte des terres fertiles et les éléphants en Guinée-Conakry"
published = date(2011, 5, 23)
authors = ["Kossivi Tiassou"]
