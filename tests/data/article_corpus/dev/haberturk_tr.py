"""'Anadolu Ajansı Giriş: 03.07.2024 - 18:24 Güncelleme: 03.07.2024 - 18:57' (Istanbul time; 'Giriş' the entry, 'Güncelleme' the update); og:title, <title> and JSON-LD's headline add '- Güncel haberler'. The byline is an agency (Anadolu Ajansı): authors not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/tr/Haberturk_2024_07_03.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.haberturk.com/turkiye-de-orman-yanginlari-yanginlarda-son-durum-guncel-haberler-3700095"
timezone = "Europe/Istanbul"
lang = "tr"
title = "Türkiye'de orman yangınları! Yangınlarda son durum!"
published = datetime(2024, 7, 3, 15, 24, tzinfo=UTC)  # 2024-07-03 18:24 Europe/Istanbul
