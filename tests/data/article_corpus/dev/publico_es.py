"""Público: the byline 'Luna González' (a link to '/author/luna-gonzalez') above 'Madrid - 29/05/2025 20:00' (Madrid time); the photographs' credits below them are written in <strong class="author"> ('Gustavo Valiente / Europa Press', 'Cedida por la …'): a photographer's, not an author's.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/es/Publico_2025_05_29.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://www.publico.es/sociedad/vecinos-carabanchel-exigen-cambios-proximas-ediciones-san-isidro-15-dias-son-salvajada.html"
timezone = "Europe/Madrid"
lang = "es"
title = 'Los vecinos de Carabanchel exigen cambios en las próximas ediciones de San Isidro: "15 días son una salvajada"'
published = datetime(2025, 5, 29, 18, 0, tzinfo=UTC)
authors = ["Luna González"]
