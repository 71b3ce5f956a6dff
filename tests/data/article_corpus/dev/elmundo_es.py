"""'ESTEBAN URREIZTIETA', 'Actualizado Jueves, 2 noviembre 2023 - 15:05': the day (htmldate's) is scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/elmundo.es-PSOE.html (Apache-2.0).
"""

from datetime import date

url = "https://www.elmundo.es/espana/2023/11/02/65438757e85ece1f5b8b45ba.html"
timezone = "Europe/Madrid"
lang = "es"
title = 'La negociación entre Junts y el PSOE se alarga por "discrepancias en elementos esenciales" de la ley de amnistía'
published = date(2023, 11, 2)
authors = ["Esteban Urreiztieta"]
