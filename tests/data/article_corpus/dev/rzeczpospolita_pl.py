"""'Aktualizacja: 02.02.2025 23:49 Publikacja: 02.02.2025 21:52' (Warsaw time; the update first) and 'Piotr Jendroszczyk'; the <title> and JSON-LD's name are an SEO headline ('Niemcy zamykają granice? …'); a photo credit 'Foto: REUTERS/…'.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/pl/Rzeczpospolita_2025_02_02.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.rp.pl/polityka/art41756471-niemcy-stale-zamkniecie-granic-jedynie-kwestia-czasu"
timezone = "Europe/Warsaw"
lang = "pl"
title = "Niemcy. Stałe zamknięcie granic jedynie kwestią czasu"
published = datetime(2025, 2, 2, 20, 52, tzinfo=UTC)  # 2025-02-02 21:52 Europe/Warsaw
authors = ["Piotr Jendroszczyk"]
