"""'14.05.2025, 20:28' (Moscow time) and 'Андрей Колесников' after the text's start; JSON-LD's name is the paper's ('Газета «Коммерсантъ»').

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/ru/Kommersant_2025_05_14.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.kommersant.ru/doc/7715044"
timezone = "Europe/Moscow"
lang = "ru"
title = "Легкий троннинг"
published = datetime(2025, 5, 14, 17, 28, tzinfo=UTC)  # 2025-05-14 20:28 Europe/Moscow
authors = ["Андрей Колесников"]
