"""A podcast episode: 'The Indie Hackers Podcast October 11, 2017' above the <h1> (a day; no date declared); the <title> ends in ' - The Indie Hackers Podcast'. No byline: authors not scored.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/indiehackers/input.html (MIT).
"""

from datetime import date

url = "https://www.indiehackers.com/podcast/032-peter-and-calvin-of-segment"
timezone = "America/Los_Angeles"
lang = "en"
title = "Before and After Product-Market Fit with Peter and Calvin from Segment"
published = date(2017, 10, 11)
