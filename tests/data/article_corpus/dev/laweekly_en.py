"""Header: headline, 'Shana Nys Dambrot', 'November 6, 2023' (a day). The JSON-LD headline and og:title carry ' - LA Weekly'.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/laweekly.com-Cultivation.html (Apache-2.0).
"""

from datetime import date

url = "https://www.laweekly.com/meet-cultural-cultivation-artist-alexandria-douziech/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Meet Cultural Cultivation Artist Alexandria Douziech"
published = date(2023, 11, 6)
authors = ["Shana Nys Dambrot"]
