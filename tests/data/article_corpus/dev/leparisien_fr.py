"""'Par Thomas Lecomte Le 2 novembre 2023 à 16h17' (Paris time).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/leparisien.fr-Ciaran.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.leparisien.fr/meteo/tempete-ciaran-des-records-de-vent-ont-ils-ete-enregistres-pres-de-chez-vous-02-11-2023-XVZ4H2T3AZGRZAUUQLK7XEX2ZE.php"
timezone = "Europe/Paris"
lang = "fr"
title = "Tempête Ciaran : des records de vent ont-ils été enregistrés près de chez vous ?"
published = datetime(2023, 11, 2, 15, 17, tzinfo=UTC)  # 2023-11-02 16:17 Europe/Paris
authors = ["Thomas Lecomte"]
