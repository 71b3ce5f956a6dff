"""'19. Juni 2019 16:29 Uhr' (Berlin time); og:title is another headline (also the first <h2>). The author is the site (JSON-LD Organization 'BRIGITTE.de'), no byline: authors not scored.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/brigitte.de.ikigai.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.brigitte.de/liebe/persoenlichkeit/ikigai-macht-dich-sofort-gluecklicher--10972896.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Ikigai macht dich sofort glücklicher!"
also_titles = ['Mit der "Ikigai"-Methode wirst du sofort glücklicher']
published = datetime(2019, 6, 19, 14, 29, tzinfo=UTC)  # 2019-06-19 16:29 Europe/Berlin
