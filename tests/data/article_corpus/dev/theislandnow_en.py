"""'By Robert Pelaez - March 24, 2020' under the headline; the <time datetime> gives the local time marked +00:00, the datePublished <meta> the same time at -04:00. The <title> and og:title add ' - Great Neck News - The Island Now' (section and site).

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/corona_theislandnow.html (Apache-2.0).
"""

from datetime import date

url = "https://theislandnow.com/great_neck/northwells-research-branch-rolls-out-three-clinical-trials-to-combat-coronavirus-spread/"
timezone = "America/New_York"
lang = "en"
title = "Northwell’s research branch rolls out three clinical trials to combat coronavirus spread"
published = date(2020, 3, 24)
authors = ["Robert Pelaez"]
