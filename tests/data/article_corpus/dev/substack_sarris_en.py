"""The first <h1> is the publication's name ('The Map is Mostly Water'); 'Simon Sarris Jul 1, 2021' (JSON-LD 2021-07-01T02:26+02:00).

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/substack/input.html (MIT).
"""

from datetime import date

url = "https://map.simonsarris.com/p/the-most-precious-resource-is-agency"
timezone = "UTC"
lang = "en"
title = "The Most Precious Resource is Agency"
published = date(2021, 7, 1)
authors = ["Simon Sarris"]
