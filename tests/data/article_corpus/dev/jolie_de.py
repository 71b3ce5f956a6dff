"""'20. Juni 2019 Ann-Marie Galazka über Stars' at the article's foot; JSON-LD's headline is the <h2> under the <h1>; embedded Instagram posts carry <time>s of earlier days.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/jolie.de.adele.html (Apache-2.0).
"""

from datetime import date

url = "https://www.jolie.de/stars/adele-10-kilo-abgenommen-sie-zeigt-sich-schlanker-denn-je-200226.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Adele 10 Kilo abgenommen: Sie zeigt sich schlanker denn je!"
also_titles = ["10 Kilo abgenommen: Adele zeigt sich nach ihrer Trennung schlanker denn je"]
published = date(2019, 6, 20)
authors = ["Ann-Marie Galazka"]
