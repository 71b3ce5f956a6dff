"""Three authors' links and '8 января, 17:46' (Kyiv time, no year: the address's 2026/01/08); the <title> is an SEO headline; other articles' cards name their authors and times below.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/ua/Pravda_2026_01_08.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.pravda.com.ua/rus/articles/2026/01/08/8015225/"
timezone = "Europe/Kyiv"
lang = "ru"
title = (
    "157 миллионов за бездействие. Как судьи ликвидированного ОАСК до сих пор сидят на выплатах из госбюджета"
)
published = datetime(2026, 1, 8, 15, 46, tzinfo=UTC)  # 2026-01-08 17:46 Europe/Kyiv
authors = ["Ярослав Кузишин", "Антон Зелинский", "Карина Гасимова"]
