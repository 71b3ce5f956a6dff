"""'By Mike Isaac New York Times, May 3, 2016, 2:58 p.m.' (the author's paper after his name); og:title adds '- The Boston Globe'.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/the-boston-globe/input.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.bostonglobe.com/business/2016/05/03/women-tech-band-together-track-diversity-after-hours/mWL9Pte1lx34HXMqXhEY4H/story.html"
timezone = "America/New_York"
lang = "en-US"
title = "Women in tech band together to track diversity, after hours"
published = datetime(2016, 5, 3, 18, 58, tzinfo=UTC)  # 2016-05-03 14:58 America/New_York
authors = ["Mike Isaac"]
