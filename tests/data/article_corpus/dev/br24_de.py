"""A news ticker: the <h1> (and og:title) is its latest headline, JSON-LD's headline the ticker's week ('Krieg in Israel und Gaza im News-Ticker vom 26. August bis 1. September'); '27.08.2024, 12:32 Uhr' (Berlin time). The byline is a desk's ('Von BR24 Redaktion'): authors not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/de/BR_2024_08_27.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.br.de/nachrichten/deutschland-welt/krieg-in-israel-und-gaza-im-news-ticker-vom-26-august-bis-1-september,UMXw2qF"
timezone = "Europe/Berlin"
lang = "de"
title = "Nahost-Ticker: Palästinenser mutmaßlich von Siedlern erschossen"
published = datetime(2024, 8, 27, 10, 32, tzinfo=UTC)  # 2024-08-27 12:32 Europe/Berlin
