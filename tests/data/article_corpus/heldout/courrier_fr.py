"""Kicker 'Gaza.' before the headline: with or without it counts. 'Publié le 27 octobre 2023 à 15h01' (htmldate: 2023-10-27). A translated article credited to its source publication: author not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/courrierinternational.com-Hamas.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = (
    "https://www.courrierinternational.com/video/gaza-en-video-voila-a-quoi-ressemblent-les-tunnels-du-hamas"
)
timezone = "Europe/Paris"
lang = "fr"
title = "En vidéo : voilà à quoi ressemblent les tunnels du Hamas"
also_titles = ["Gaza. En vidéo : voilà à quoi ressemblent les tunnels du Hamas"]
published = datetime(2023, 10, 27, 13, 1, tzinfo=UTC)  # 2023-10-27 15:01 Europe/Paris
