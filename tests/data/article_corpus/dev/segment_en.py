"""A company blog: the only <h1> is the navigation's logo ('Segment'), the headline an <h2 class="Article-title">; no metadata but the <title>. '16 May 2016 engineering' above it (a day; the <time>s below are other posts'), 'Calvin French-Owen Co-Founder at Segment' under it.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/segment/input.html (MIT).
"""

from datetime import date

url = "https://segment.com/blog/scaling-nsq"
timezone = "America/Los_Angeles"
lang = "en"
title = "Scaling NSQ to 750 Billion Messages"
published = date(2016, 5, 16)
authors = ["Calvin French-Owen"]
