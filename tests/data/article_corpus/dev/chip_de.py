"""'19.03.2019 11:45 von Inga Buller' under the headline: the metadata says 11:45+00:00 where the page means Berlin time, so the day is scored. og:title ('Aldi Beef Maker') is a product name, not the headline.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/chip.de.beef.html (Apache-2.0).
"""

from datetime import date

url = "https://www.chip.de/test/Beef-Maker-von-Aldi-im-Test_154632771.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Beef Maker von Aldi im Test"
published = date(2019, 3, 19)
authors = ["Inga Buller"]
