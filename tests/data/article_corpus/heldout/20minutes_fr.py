"""'Elsa Provenzano et Mickaël Bosredon Publié le 02/11/23 à 16h33' (htmldate: 2023-11-02).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/20minutes.fr-Ciaran.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.20minutes.fr/societe/4060503-20231102-tempete-ciaran-pluie-rafales-vent-quoi-attendre-nouvelle-aquitaine"
timezone = "Europe/Paris"
lang = "fr"
title = "Tempête Ciaran : Pluie, rafales de vent… A quoi s’attendre en Nouvelle-Aquitaine ?"
published = datetime(2023, 11, 2, 15, 33, tzinfo=UTC)  # 2023-11-02 16:33 Europe/Paris
authors = ["Elsa Provenzano", "Mickaël Bosredon"]
