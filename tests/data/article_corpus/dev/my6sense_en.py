"""A press release: 'July 2, 2018 New York, NY –', no byline: author not scored.

Page: scrapinghub/article-extraction-benchmark @ 4a3bc979f76c0df73cb95fe272e2fc1b96f9f010 : html/57e2e98887a1965689955921208e32f410b10e2b95c907e74e57982d3edf3cc6.html.gz (MIT).
"""

from datetime import date

url = "https://my6sense.com/2018/07/02/native-ad-platform-my6sense-names-mobile-marketing-pioneer-ivan-braiker-chief-strategy-officer/"
timezone = "America/New_York"
lang = "en"
title = "Native Ad Platform my6sense Names Mobile Marketing Pioneer Ivan Braiker Chief Strategy Officer"
published = date(2018, 7, 2)
