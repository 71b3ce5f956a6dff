"""'Mama Robotnik 9/11/13 10:00AM' (Eastern).

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/lazy-image-2/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://kotaku.com/the-spectacular-story-of-metroid-one-of-gamings-riche-1284029577"
timezone = "America/New_York"
lang = "en-US"
title = "The Spectacular Story Of Metroid, One Of Gaming's Richest Universes"
published = datetime(2013, 9, 11, 14, 0, tzinfo=UTC)  # 2013-09-11 10:00 America/New_York
authors = ["Mama Robotnik"]
