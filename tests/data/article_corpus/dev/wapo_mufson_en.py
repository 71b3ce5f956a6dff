"""'By Steven Mufson' 'March 18 at 12:22 PM' (the year is the address's, 2015/03/18; readability's expected-metadata.json has no date). No JSON-LD; og:title without the site's name.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/wapo-2/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.washingtonpost.com/business/economy/netanyahu-win-points-to-two-more-years-of-strained-us-israel-ties/2015/03/18/ca175d64-cd76-11e4-a2a7-9517a3a70506_story.html"
timezone = "America/New_York"
lang = "en"
title = "Where do strained U.S.-Israeli relations go after Netanyahu’s victory?"
published = datetime(2015, 3, 18, 16, 22, tzinfo=UTC)
authors = ["Steven Mufson"]
