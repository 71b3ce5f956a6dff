"""'Ramya Joseph' and 'May 26, 2016' under the headline (many other posts' headlines and authors in microdata beside it).

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/linkedin-pulse/input.html (MIT).
"""

from datetime import date

url = "https://www.linkedin.com/pulse/how-can-ai-change-financial-services-consolidation-finai-ramya-joseph"
timezone = "America/Los_Angeles"
lang = "en"
title = "How Can AI Change Financial Services? Consolidation of the #FinAI tweetstorm"
published = date(2016, 5, 26)
authors = ["Ramya Joseph"]
