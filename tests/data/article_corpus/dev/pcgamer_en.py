"""'Features By Tom Francis published 9 August 2012' (day only). The JSON-LD has no author; parsely-author has it.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/pcgamer.com.skyrim.html (Apache-2.0).
"""

from datetime import date

url = "https://www.pcgamer.com/an-illusionist-in-skyrim-part-1/"
timezone = "Europe/London"
lang = "en"
title = "An Illusionist in Skyrim: Part 1"
published = date(2012, 8, 9)
authors = ["Tom Francis"]
