"""About.com's B&B guide: 'Galena, IL: A B&B Kinda Town' in the <h1> and 'By Michael Franco' under it (microdata headline and author, no JSON-LD); og:title is another wording ('Galena IL is a B&amp;B Kinda Town', escaped twice). No date anywhere on the page: not scored.

Page: codelucas/newspaper @ 1618b547f31c2d1fd19ae3b6afd8f7542dd02074 : tests/data/html/about.com1.html (MIT).
"""

url = "http://bandb.about.com/od/illinois/fl/Galena-IL-A-BampB-Kinda-Town.htm"
timezone = "America/New_York"
lang = "en"
title = "Galena, IL: A B&B Kinda Town"
also_titles = ["Galena IL is a B&B Kinda Town"]
authors = ["Michael Franco"]
