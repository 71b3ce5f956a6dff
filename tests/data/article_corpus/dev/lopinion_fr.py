"""'Emmanuelle Ducros 15 Mai 2019 à 06h00' (Paris time; htmldate's day agrees).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/lopinion.fr.glyphosate.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.lopinion.fr/edition/economie/glyphosate-radiographie-d-intoxication-collective-186859"
timezone = "Europe/Paris"
lang = "fr"
title = "Glyphosate: radiographie d’une intoxication collective"
published = datetime(2019, 5, 15, 4, 0, tzinfo=UTC)  # 2019-05-15 06:00 Europe/Paris
authors = ["Emmanuelle Ducros"]
