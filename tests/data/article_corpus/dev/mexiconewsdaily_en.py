"""'By MND Staff' and 'February 11, 2025' under the headline (a day only): the byline is the site's desk, authors not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/mx/MexicoNewsDaily_2025_04_16.html.gz (MIT).
"""

from datetime import date

url = "https://mexiconewsdaily.com/news/bad-idea-mexico-pushes-back-trump-universal-steel-tariffs/"
timezone = "America/Mexico_City"
lang = "en"
title = "Mexico to fight ‘illogical’ steel tariffs, citing trade surplus in US’s favor"
published = date(2025, 2, 11)
