"""'May 4, 2016 This story originally appeared on Reuters'. The byline is the agency (Reuters): authors not scored.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/entrepreneur/input.html (MIT).
"""

from datetime import date

url = "https://www.entrepreneur.com/article/275188"
timezone = "America/New_York"
lang = "en"
title = "The Rich and Powerful Warn That Robots Are Coming for Our Jobs"
published = date(2016, 5, 4)
