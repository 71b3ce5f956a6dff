"""Durban Local: under the headline 'Fouzia Van Der Fort | Published 4 months ago' (a name whose particles are capitalized, a bar, then a date relative to the page's saving). The date is not scored: the page shows it only as '4 months ago'.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/za/DurbanLocal_2025_11_09.html.gz (MIT).
"""

url = "https://durbanlocal.co.za/entertainment/2025-06-23-we-love-romance-declared-at-rom-con/"
timezone = "Africa/Johannesburg"
lang = "en"
title = "Rom Con celebrates romance literature with authors and readers"
authors = ["Fouzia Van Der Fort"]
