"""Braunschweiger Zeitung (its canonical address is the Berliner Morgenpost's, a sister paper): the article's headline is an <h2> ('Ampeln tot, S-Bahnen stoppen: …'); the <h1> (data-breadcrumb-headline, the sticky bar's) and og:title are the social headline ('Stromausfall Berlin: …'), which counts too (corrected after the first run: the first transcription had taken the <h1>). 'Von Christian Unger, Tobias Köberlein, Laura Wagener und Alexander Rothe' in an <address>, the first two linked to their profiles (rel=author), the last two plain text, then '09.09.2025, 14:55 Uhr' (Berlin time); <meta name="author"> names only the first.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/de/BSZ_2025_09_09.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.morgenpost.de/politik/article409956720/ampeln-tot-s-bahnen-stoppen-wie-sicher-ist-deutschlands-stromnetz.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Ampeln tot, S-Bahnen stoppen: Wie sicher ist Deutschlands Stromnetz?"
also_titles = ["Stromausfall Berlin: Ampeln, S-Bahnen – Wie sicher ist unser Stromnetz?"]
published = datetime(2025, 9, 9, 12, 55, tzinfo=UTC)
authors = ["Christian Unger", "Tobias Köberlein", "Laura Wagener", "Alexander Rothe"]
