"""'By STEVE PEOPLES, THOMAS BEAUMONT and AMELIA THOMSON-DEVEAUX' (names in capitals); JSON-LD's headline is a variant ('… brace for a sprint …'). The page shows only an update, as an unfilled template ('Updated [hour]:[minute] …'): date not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/us/APNews_2024_09_03.html.gz (MIT).
"""

url = "https://apnews.com/article/trump-harris-presidential-election-2024-labor-day-151f82b59473d29a448ef1cea9afe471"
timezone = "America/New_York"
lang = "en"
title = "The presidential campaigns brace for an intense sprint to Election Day"
authors = ["STEVE PEOPLES", "THOMAS BEAUMONT", "AMELIA THOMSON-DEVEAUX"]
