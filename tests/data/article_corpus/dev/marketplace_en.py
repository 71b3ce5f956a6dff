"""An episode page: '04/19/13' above the headline; no byline for the episode (the bylines on the page are its 'Latest Stories' list's): author not scored.

Page: goose3/goose3 @ c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7 : tests/data/content/test_marketplace.html (Apache-2.0).
"""

from datetime import date

url = "http://www.marketplace.org/shows/marketplace-tech-report/marketplace-tech-friday-april-19-2013"
timezone = "America/Los_Angeles"
lang = "en"
title = "Marketplace Tech for Friday, April 19, 2013"
published = date(2013, 4, 19)
