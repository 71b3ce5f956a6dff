"""A Finnish debt collector's customer magazine on WordPress: an empty <h1> before the headline's; the dateline and byline are at the foot of the text, '23.2.2015 Teksti: Petteri Harjula Kuvat: Tommi Tuomi Graafi: Tuija Siekkinen' (text, photographs, graphics: the writer is the author); og:title adds ' - Lindorff Profit'; no author declared.

Page: advancedlogic/GoOse @ 717927370fc8f68b5f590aa46b8b156756cfebb3 : sites/profit.lindorff.fi.html (Apache-2.0).
"""

from datetime import date

url = "http://profit.lindorff.fi/lindorff24-fi-muuttaa-maksujen-hoidon-mobiiliksi/"
timezone = "Europe/Helsinki"
lang = "fi"
title = "Lindorff24.fi muuttaa maksujen hoidon mobiiliksi"
published = date(2015, 2, 23)
authors = ["Petteri Harjula"]
