"""A Tanzanian state daily (English): the <h1>, its sections, 'by Sauli Giliard April 24, 2019' (a day; article:author is the login 'Sauli.giliard'); og:title and the <title> add ' - Daily News'.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/tz/DailyNewsTZ_2025_01_23.html.gz (MIT).
"""

from datetime import date

url = "https://dailynews.co.tz/solar-powered-streetlights-boost-lindi-womens-businesses/"
timezone = "Africa/Dar_es_Salaam"
lang = "en-US"
title = "Solar-powered streetlights boost Lindi women’s businesses"
published = date(2019, 4, 24)
authors = ["Sauli Giliard"]
