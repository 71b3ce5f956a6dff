"""'April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm', 'By Benjamin Romano'.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/seattletimes-1/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.seattletimes.com/business/amazon/alaskan-halibut-caught-by-a-century-old-seattle-boat-provides-a-glimpse-of-amazons-strategy-with-whole-foods/"
timezone = "America/Los_Angeles"
lang = "en-US"
title = "Alaskan halibut, caught by a century-old Seattle boat, provides a glimpse of Amazon’s strategy with Whole Foods"
published = datetime(2019, 4, 28, 13, 1, tzinfo=UTC)  # 2019-04-28 06:01 America/Los_Angeles
authors = ["Benjamin Romano"]
