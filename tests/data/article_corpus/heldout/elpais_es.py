"""Date: htmldate's expected date (the page shows '19 FEB 2020 - 18:37 CET', labelled as an update). Byline 'Nuño Domínguez'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/elpais.com.ciencia.html (Apache-2.0).
"""

from datetime import date

url = "https://elpais.com/elpais/2020/02/18/ciencia/1582045946_459487.html"
timezone = "Europe/Madrid"
lang = "es"
title = "¿Ha llegado realmente la Antártida a los 20 grados?"
published = date(2020, 2, 19)
authors = ["Nuño Domínguez"]
