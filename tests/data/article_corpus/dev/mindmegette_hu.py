"""A recipe magazine: two <h1>s of a search form ('Keress receptre vagy hozzávalóra') before the headline's; 'Déri Szilvia' (family name first) under it; no date shown (the JSON-LD's day only): not scored; the JSON-LD headline ends with the site's name after a bar.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/mindmegette.hu.levagott.html (Apache-2.0).
"""

url = "https://www.mindmegette.hu/levagott-ujj-vajas-kekszek-halloweenra-59841/"
timezone = "Europe/Budapest"
lang = "hu"
title = "Ettől kitör a frász! Így készíts levágott ujj kekszeket Halloweenra"
authors = ["Déri Szilvia"]
