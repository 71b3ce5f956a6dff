"""'by Rahimu Fadhili' and 'December 23, 2024' under the headline (a day only); og:title adds ' - HabariLeo'; the page is Swahili though its <html lang> says en-US.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/tz/HabariLeo_2025_01_23.html.gz (MIT).
"""

from datetime import date

url = "https://habarileo.co.tz/watu-18-wanaswa-kwa-makosa-mbalimbali-shinyanga/"
timezone = "Africa/Dar_es_Salaam"
lang = "sw"
title = "Watu 18 wanaswa kwa makosa mbalimbali Shinyanga"
published = date(2024, 12, 23)
authors = ["Rahimu Fadhili"]
