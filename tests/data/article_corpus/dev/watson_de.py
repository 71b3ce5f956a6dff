"""'19.10.19, 18:56 Oliver Baroni' after the sharing links (Zurich, UTC+2); og:title is a social headline (counted too); the JSON-LD's datePublished has no offset ('2019-10-19 18:56:59').

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/0a24692a9ea846c1819bd6a5f92a8874.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = (
    "https://www.watson.ch/leben/drinks/453207266-sazerac-alles-ueber-den-cocktail-klassiker-aus-new-orleans"
)
timezone = "Europe/Zurich"
lang = "de"
title = "Sazerac - alles über den Cocktail-Klassiker aus New Orleans"
also_titles = ["Sazerac! Alles über den Cocktail-Klassiker aus New Orleans"]
published = datetime(2019, 10, 19, 16, 56, tzinfo=UTC)
authors = ["Oliver Baroni"]
