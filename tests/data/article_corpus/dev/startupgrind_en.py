"""A blog post without embedded metadata but og:title: under the headline the author's link 'Patrick Linton' and '| 2016-04-08T20:30:39+00:00' (the timestamp written out as the dateline).

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/startup-grind/input.html (MIT); its address from the test's index.js.
"""

from datetime import UTC, datetime

url = "https://www.startupgrind.com/blog/tech-funding-is-officialy-slowing-down-3-ways-to-survive-the-cooling"
timezone = "America/Los_Angeles"
lang = "en"
title = "Tech Funding is Officially Slowing Down: 3 Ways to Survive the Cooling"
published = datetime(2016, 4, 8, 20, 30, tzinfo=UTC)
authors = ["Patrick Linton"]
