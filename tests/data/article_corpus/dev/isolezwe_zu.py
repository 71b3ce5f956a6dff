"""'Zimbili Vilakazi | Published 15 hours ago' under the headline: a relative date, not scored (article:published_time is a count of milliseconds, 1762590240000). The page is isiZulu though its <html lang> says en.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/za/Isolezwe_2025_11_09.html.gz (MIT).
"""

url = "https://isolezwe.co.za/izindaba/2025-11-08-kubukeka-kukude-phambili-amaphara-edla-umzila-ethekwini/"
timezone = "Africa/Johannesburg"
lang = "zu"
title = "Kubukeka kukude phambili amaphara edla umzila eThekwini"
authors = ["Zimbili Vilakazi"]
