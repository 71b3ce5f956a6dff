"""'By Laura Jedeed' and '21 October 2025 • Duqm, oman'; the <title> and the WebPage's name are an SEO headline ('Oman’s plan to become a space powerhouse …'); related stories' bylines follow.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/us/RestOfWorld_2025_10_21.html.gz (MIT).
"""

from datetime import date

url = "https://restofworld.org/2025/oman-space-industry-launchpad-satellites/"
timezone = "America/New_York"
lang = "en-US"
title = "The world needs more spaceports. Oman wants to help"
published = date(2025, 10, 21)
authors = ["Laura Jedeed"]
