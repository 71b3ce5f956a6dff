"""'By Corey Kilgannon', 'Feb. 21, 2019'.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/nytimes-3/source.html (Apache-2.0).
"""

from datetime import date

url = "https://www.nytimes.com/2019/02/21/nyregion/winter-weather-manholes-pipes.html"
timezone = "America/New_York"
lang = "en"
title = "Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath N.Y.C."
published = date(2019, 2, 21)
authors = ["Corey Kilgannon"]
