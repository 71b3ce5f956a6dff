"""og:title and <title> end in '  | NTV Haber'. '10.11.2025 17:59' under the headline (Istanbul time; itemprop datePublished 17:59:02+03:00); the byline is an agency's ('Anadolu Ajansı'): authors not scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/tr/NTVTR_2025_11_10.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.ntv.com.tr/turkiye/pos-tefeciligi-sorusturmasi-4-supheli-tutuklandi-1695518"
timezone = "Europe/Istanbul"
lang = "tr"
title = '"Pos tefeciliği" soruşturması: 4 şüpheli tutuklandı'
published = datetime(2025, 11, 10, 14, 59, tzinfo=UTC)
