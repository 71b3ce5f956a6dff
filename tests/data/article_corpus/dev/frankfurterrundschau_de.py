"""'04.05.20 14:50' over the headline, an <h2> after its kicker 'Nordkorea' (with it: counted too); the page's <h1> is the breadcrumb's last item, the search headline the JSON-LD gives too ('Nordkorea: Kim Jong Un - Der Diktator ist zurück, Donald Trump ist „glücklich“'). No byline: the JSON-LD author is 'Redaktion'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/fr.de.nordkorea.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.fr.de/politik/kim-jong-un-nordkorea-bilder-diktator-donald-trump-zr-13680734.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Kim Jong Un: Der Diktator ist zurück - Donald Trump ist „glücklich“"
also_titles = ["Nordkorea Kim Jong Un: Der Diktator ist zurück - Donald Trump ist „glücklich“"]
published = datetime(2020, 5, 4, 12, 50, tzinfo=UTC)
