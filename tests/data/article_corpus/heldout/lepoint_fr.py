"""'Par Henri Frasque Publié le 02/11/2023 à 15h57' (Paris time).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/lepoint.fr-terrorisme.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.lepoint.fr/societe/apologie-du-terrorisme-un-imam-de-beaucaire-condamne-a-de-la-prison-avec-sursis-02-11-2023-2541683_23.php"
timezone = "Europe/Paris"
lang = "fr"
title = "Apologie du terrorisme : un imam de Beaucaire condamné à de la prison avec sursis"
published = datetime(2023, 11, 2, 14, 57, tzinfo=UTC)  # 2023-11-02 15:57 Europe/Paris
authors = ["Henri Frasque"]
