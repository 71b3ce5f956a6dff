"""Headline in an <h2> (no <h1>); 'Aug 14, 2020'. No byline: authors not scored.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/wnycstudios/input.html (MIT).
"""

from datetime import date

url = "https://radiolab.org/podcast/wubi-effect"
timezone = "America/New_York"
lang = "en"
title = "The Wubi Effect"
published = date(2020, 8, 14)
