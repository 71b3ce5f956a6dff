"""'by: Laurie Oakes', 'March 13, 2015 9:00PM'; other columnists' names are in a sidebar.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/herald-sun-1/source.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://www.heraldsun.com.au/news/opinion/angry-media-wont-buckle-over-new-surveillance-laws/story-fni0fha6-1227261886014"
timezone = "Australia/Melbourne"
lang = "en-AU"
title = "Angry media won’t buckle over new surveillance laws"
published = datetime(2015, 3, 13, 10, 0, tzinfo=UTC)  # 2015-03-13 21:00 Australia/Melbourne
authors = ["Laurie Oakes"]
