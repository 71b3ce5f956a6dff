"""A podcast episode's page: the headline's <h1>, then <h1>s of a topic's tooltip and of three other episodes' cards; og:title ends in ' | BFI'. 'Podcast episode•Jan 13, 2021' (a day; only the WebPage declares a date, 02:58 UTC the next day, the evening before in Chicago). The names under it are the hosts' and guests': authors not scored.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/bfi/input.html (MIT).
"""

from datetime import date

url = "https://bfi.uchicago.edu/podcast/the-big-tech-threat/"
timezone = "America/Chicago"
lang = "en"
title = "The Big Tech Threat?"
published = date(2021, 1, 13)
