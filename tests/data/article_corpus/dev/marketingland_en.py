"""'Marketing Land on February 23, 2016 at 5:31 pm' under the subhead, at the offset the site writes all year (article:published_time 17:31:45-04:00 in February): the byline is the site's name, authors not scored; article:author is the site's Facebook page's address.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/marketing-land/input.html (MIT).
"""

from datetime import UTC, datetime

url = "http://marketingland.com/an-inside-look-at-the-upcoming-martech-conference-165927"
timezone = "America/New_York"
lang = "en"
title = "An Inside Look At The Upcoming MarTech Conference"
published = datetime(2016, 2, 23, 21, 31, tzinfo=UTC)  # February 23, 2016 5:31 pm at -04:00
