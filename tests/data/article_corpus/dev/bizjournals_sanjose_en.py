"""'May 24, 2016, 11:44am PDT Updated May 24, 2016, 11:52am PDT' and 'Gina Hall Contributor'; og:title is another headline, with the site's name.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/silicon-valley-business-journal/input.html (MIT).
"""

from datetime import UTC, datetime

url = "http://www.bizjournals.com/sanjose/blog/techflash/2016/05/security-startup-agari-raises-22m-to-protect.html"
timezone = "America/Los_Angeles"
lang = "en"
title = "Security startup Agari raises $22M to protect against email phishing"
also_titles = ["San Mateo email security startup Agari raises $22 million"]
published = datetime(2016, 5, 24, 18, 44, tzinfo=UTC)  # 2016-05-24 11:44 PDT as the page names it
authors = ["Gina Hall"]
