"""'Dodano: 30 kwietnia 2021, 11:55' under the <h1> (article:published_time agrees; modified 12:01). The <title> and the JSON-LD headline prefix 'Eurostat:' (counted too). Four JSON-LD blocks (WebSite, WebPage, BreadcrumbList, NewsArticle). No author scored: no byline is shown (the source is an agency, ISBnews; DC.publisher names an editor).

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/Eurostat_ Polska z najniższym bezrobociem w całej UE.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://dorzeczy.pl/ekonomia/183131/eurostat-polska-z-najnizszym-bezrobociem-w-calej-ue.html"
timezone = "Europe/Warsaw"
lang = "pl"
title = "Polska z najniższym bezrobociem w całej UE"
also_titles = ["Eurostat: Polska z najniższym bezrobociem w całej UE"]
published = datetime(2021, 4, 30, 9, 55, tzinfo=UTC)  # 2021-04-30 11:55 Europe/Warsaw
