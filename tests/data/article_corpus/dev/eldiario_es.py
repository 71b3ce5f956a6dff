"""'Alberto Órfão 25 de mayo de 2025 16:51 h Actualizado el 25/05/2025 21:57 h' (Madrid time; the <time> is the update's); a photo credit 'EFE/ J.J. Guillén' in an 'author' class comes first.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/es/ElDiario_2025_05_29.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.eldiario.es/internacional/israel-asesina-sabado-58-palestinos-madrid-gana-fuerza-solucion-estados_1_12328678.html"
timezone = "Europe/Madrid"
lang = "es"
title = "Albares defiende el embargo de armas a Israel en la reunión de ministros árabes y europeos de Madrid"
published = datetime(2025, 5, 25, 14, 51, tzinfo=UTC)  # 2025-05-25 16:51 Europe/Madrid
authors = ["Alberto Órfão"]
