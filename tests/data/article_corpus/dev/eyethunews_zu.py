"""Eyethu News (isiZulu, under a page marked en-GB): under the headline and its standfirst, 'November 6, 2025' then the author's name 'Ntombizethu Ngcobo' with no label, then '2 minutes read' (a day only).

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/za/EyethuNews_2025_11_25.html.gz (MIT).
"""

from datetime import date

url = "https://eyethunews.co.za/119166/isihluku-kubulawa-isaguga-embali/"
timezone = "Africa/Johannesburg"
lang = "zu"
title = "Isihluku kubulawa isaguga eMbali"
published = date(2025, 11, 6)
authors = ["Ntombizethu Ngcobo"]
