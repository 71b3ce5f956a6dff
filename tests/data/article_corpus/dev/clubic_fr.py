"""A French tech site's review of 2012: 'Julien Jay 01 juin 2018 à 15h36' under the <h1> is the page's only date, its 2018 migration's (JSON-LD dateModified; datePublished and article:published_time give 2012-02-29): which the page means as its date is not settled, date not scored. The JSON-LD's Person and article:author name him.

Page: j0k3r/graby @ 3e7695203c4c57dac2998780972450ced372b960 : tests/fixtures/content/https___www.clubic.com_carte-graphique_carte-graphique-amd_article-478936-1-radeon-hd-7750-7770.html (MIT).
"""

url = "https://www.clubic.com/carte-graphique/carte-graphique-amd/article-478936-1-radeon-hd-7750-7770.html"
timezone = "Europe/Paris"
lang = "fr"
title = "Radeon HD 7750/7770 : DirectX 11.1 & PCI-Express 3.0 accessibles"
authors = ["Julien Jay"]
