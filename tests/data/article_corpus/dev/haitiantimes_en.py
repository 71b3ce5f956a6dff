"""A Haitian-American paper on WordPress: 'by J.O. Haselhoef Apr. 26, 2022' (the published and updated <time>s show the same day: the day is scored); Yoast's author is an @id reference, a second JSON-LD block names the Person; the author <meta> is the paper's.

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/haitiantimes.com-family.html (Apache-2.0).
"""

from datetime import date

url = "https://haitiantimes.com/2022/04/26/family-seeks-funds-for-ill-tennis-player/"
timezone = "America/New_York"
lang = "en"
title = "Family seeks funds to treat rising tennis star sidelined by rare illness"
published = date(2022, 4, 26)
authors = ["J.O. Haselhoef"]
