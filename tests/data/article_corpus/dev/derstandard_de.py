"""Three names in the byline, 'Birgit Baumann Anna Giulia Fink Jan Michael Marchart' (one element each), and '3. Mai 2024, 17:47' (Vienna time; its <time datetime> has no offset); the forum's '<h1>' follows.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/at/DerStandard_2024_05_03.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.derstandard.at/story/3000000218734/nach-kalifat-rufen-in-hamburg-sind-wir-zu-sanft-zu-islamisten"
timezone = "Europe/Vienna"
lang = "de-AT"
title = "Nach Kalifat-Rufen in Hamburg: Sind wir zu sanft zu Islamisten?"
published = datetime(2024, 5, 3, 15, 47, tzinfo=UTC)  # 2024-05-03 17:47 Europe/Vienna
authors = ["Birgit Baumann", "Anna Giulia Fink", "Jan Michael Marchart"]
