"""'News provided by HackerRank 25 Apr, 2016, 03:39 ET' (JSON-LD's headline has '&amp;' escaped twice). A press release: authors not scored.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/pr-newswire/input.html (MIT).
"""

from datetime import UTC, datetime

url = "https://www.prnewswire.com/news-releases/hackerrank--cybermedia-technologies-partner-to-help-close-the-stem-skills-gap-in-federal-government-300256929.html"
timezone = "America/New_York"
lang = "en"
title = "HackerRank & Cybermedia Technologies Partner to Help Close the STEM Skills Gap in Federal Government"
published = datetime(2016, 4, 25, 7, 39, tzinfo=UTC)  # 2016-04-25 03:39 EDT as the page names it
