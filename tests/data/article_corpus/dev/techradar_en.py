"""'News By Lance Ulanoff published 19 May 2026' (the article type before 'By'); og:title is the social headline, the <title> and twitter:title are cut; JSON-LD's headline keeps its entities escaped.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/uk/TechRadar_2026_05_21.html.gz (MIT).
"""

from datetime import date

url = "https://www.techradar.com/ai-platforms-assistants/this-new-search-box-does-not-mean-that-youll-only-get-ai-responses-googles-search-makeover-incorporates-yet-more-ai-but-google-promises-to-leave-room-for-classic-results"
timezone = "Europe/London"
lang = "en"
title = "'This new search box does not mean that you'll only get AI responses': Google's Search makeover incorporates yet more AI, but Google promises to leave room for classic results"
also_titles = [
    "Google's Search huge makeover incorporates yet more AI, but Google promises to leave room for classic results"
]
published = date(2026, 5, 19)
authors = ["Lance Ulanoff"]
