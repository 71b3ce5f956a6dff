"""'By Joshua Sokol May 20, 2019'.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/quanta-1/source.html (Apache-2.0).
"""

from datetime import date

url = "https://www.quantamagazine.org/hidden-heroines-of-chaos-ellen-fetter-and-margaret-hamilton-20190520/"
timezone = "America/New_York"
lang = "en"
title = "The Hidden Heroines of Chaos"
published = date(2019, 5, 20)
authors = ["Joshua Sokol"]
