"""'Naufal Zuhdi 20/1/2026 18:30' (Jakarta time) under the headline, JSON-LD's datePublished 18:33:13+07:00 and its dateModified 18:30: the page and its metadata differ by minutes, the day only is scored.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/id/MediaIndonesia_2026_01_20.html.gz (MIT).
"""

from datetime import date

url = "https://mediaindonesia.com/ekonomi/851796/dari-petani-hingga-pendidik-bangsa-begini-pesan-kuat-di-wisuda-igi-school-of-economics-jakarta-2025"
timezone = "Asia/Jakarta"
lang = "id"
title = "Dari Petani hingga Pendidik Bangsa, Begini Pesan Kuat di Wisuda IGI School of Economics Jakarta 2025"
published = date(2026, 1, 20)
authors = ["Naufal Zuhdi"]
