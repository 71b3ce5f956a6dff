"""A Canadian city daily (Postmedia): the <h1>, a standfirst, 'Author of the article: By Ben Andrews Published May 25, 2026 Last updated 6 hours ago 4 minute read' (a day, an 'Author of the article:' label before 'By'). The <title> adds ' | Ottawa Citizen'.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/ca/OttawaCitizen_2026_05_26.html.gz (MIT).
"""

from datetime import date

url = "https://ottawacitizen.com/public-service/ircc-gave-up-office-space"
timezone = "America/Toronto"
lang = "en"
title = "IRCC gave up office space in January. Now, it can't accommodate RTO-4"
published = date(2026, 5, 25)
authors = ["Ben Andrews"]
