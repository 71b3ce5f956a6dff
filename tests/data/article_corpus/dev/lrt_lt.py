"""An opinion piece whose headline begins with its author's name; 'Povilas Aleksandravičius, Mykolo Romerio universiteto … profesorius, Lrt.lt 2024.03.31 19:59' (Vilnius time; his affiliation after the name).

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/lt/LRT_2024_03_31.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.lrt.lt/naujienos/nuomones/3/2235273/povilas-aleksandravicius-kodel-judas-isdave-jezu"
timezone = "Europe/Vilnius"
lang = "lt"
title = "Povilas Aleksandravičius. Kodėl Judas išdavė Jėzų?"
published = datetime(2024, 3, 31, 16, 59, tzinfo=UTC)  # 2024-03-31 19:59 Europe/Vilnius
authors = ["Povilas Aleksandravičius"]
