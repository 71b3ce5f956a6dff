"""'Mark Sigetty' and '02/02/2025 KL. 09:00' (Copenhagen time); the header shows today's date ('søndag 2. februar 2025'); article:published_time has no offset; JSON-LD's name is the paper's.

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/dk/JyllandsPosten_2025_02_02.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "https://jyllands-posten.dk/jpaarhus/ECE17819867/hun-voksede-op-blandt-narkomaner-blottere-og-boernelokkere-jeg-synes-det-var-en-styrke/"
timezone = "Europe/Copenhagen"
lang = "da"
title = "Hun voksede op blandt narkomaner, blottere og børnelokkere: »Jeg synes, det var en styrke«"
published = datetime(2025, 2, 2, 8, 0, tzinfo=UTC)  # 2025-02-02 09:00 Europe/Copenhagen
authors = ["Mark Sigetty"]
