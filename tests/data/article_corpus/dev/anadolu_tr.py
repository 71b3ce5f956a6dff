"""'Sehernur Karsu | 05.04.2025 - Güncelleme : 05.04.2025' under the standfirst (a day only; fundus's 2025-05-04 reads the day as the month). No embedded date or author; no <html lang>.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/tr/AnadoluAjansi_2025_04_05.html.gz (MIT).
"""

from datetime import date

url = "https://www.aa.com.tr/tr/ekonomi/turkiyede-elektrikli-arac-sarj-istasyonu-sayisi-11-bini-asti/3529015"
timezone = "Europe/Istanbul"
lang = "tr"
title = "Türkiye'de elektrikli araç şarj istasyonu sayısı 11 bini aştı"
published = date(2025, 4, 5)
authors = ["Sehernur Karsu"]
