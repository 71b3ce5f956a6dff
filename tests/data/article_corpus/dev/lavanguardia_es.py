"""'Carlota Guindal 13/01/2025 10:22 Actualizado a 13/01/2025 15:43' (Madrid time); the CMS's <meta name=cms_creator> names another person (the one who entered it).

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/es/LaVanguardia_2025_01_13.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.lavanguardia.com/politica/20250113/10277301/juez-cita-investigado-fiscal-general-revelar-datos-pareja-diaz-ayuso.html"
timezone = "Europe/Madrid"
lang = "es"
title = "El juez cita como investigado al fiscal general por revelar datos de la pareja de Díaz Ayuso"
published = datetime(2025, 1, 13, 9, 22, tzinfo=UTC)  # 2025-01-13 10:22 Europe/Madrid
authors = ["Carlota Guindal"]
