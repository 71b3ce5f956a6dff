"""Panamanian paper: 'EFE martes 26 de abril de 2022 - 9:10 p.m.' then 'María Victoria Echeverría' and her address under the headline (Panama, UTC-5); the JSON-LD's datePublished '2022-04-27T02:10:00-05:00' is the UTC time marked local.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/elsiglo.com.pa-guatemala.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://elsiglo.com.pa/panama/continuan-protestas-campesinos-guatemala/24199433"
timezone = "America/Panama"
lang = "es"
title = "Continúan las protestas de campesinos en Guatemala"
published = datetime(2022, 4, 27, 2, 10, tzinfo=UTC)
authors = ["María Victoria Echeverría"]
