"""'Chris Wilson-Smith Published 3 seconds ago': the date shown is relative: not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/ca/TheGlobeAndMail_2024_08_28.html.gz (MIT).
"""

url = "https://www.theglobeandmail.com/business/article-business-brief-nvidias-into-nation-building-we-cool-with-that/"
timezone = "America/Toronto"
lang = "en-CA"
title = "Business Brief: Nvidia’s into nation building. We cool with that?"
authors = ["Chris Wilson-Smith"]
