"""'Marie Merlet | lundi 9 décembre 2019 à 09h08' (Paris time; htmldate's day agrees).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/gala.fr.surnom.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.gala.fr/l_actu/news_de_stars/jean-paul-delevoye-monsieur-retraites-du-gouvernement-jacques-chirac-lui-donnait-un-surnom-peu-flatteur_439447"
timezone = "Europe/Paris"
lang = "fr"
title = "Jean-Paul Delevoye, monsieur retraites du gouvernement : Jacques Chirac lui donnait un surnom peu flatteur"
published = datetime(2019, 12, 9, 8, 8, tzinfo=UTC)  # 2019-12-09 09:08 Europe/Paris
authors = ["Marie Merlet"]
