"""'Sarah Murray February 9 2016'.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/financial-times/input.html (MIT).
"""

from datetime import date

url = "https://www.ft.com/content/796d1220-475e-11e5-af2f-4d6e0e5eda22"
timezone = "Europe/London"
lang = "en-GB"
title = "How confidence can help attract funding for women"
published = date(2016, 2, 9)
authors = ["Sarah Murray"]
