"""'By Lauren Saria Published Jun. 24, 2024 • 10:00am' (Pacific); the <title> and WebPage name are another headline ('California junk fee ban: …'); parsely-pub-date is malformed ('-07:00Z').

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/sfstandard/input.html (MIT).
"""

from datetime import UTC, datetime

url = "https://sfstandard.com/2024/06/24/service-fee-restaurants-san-francisco/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Restaurant workers fear they could pay highest cost in junk-fee battle"
published = datetime(2024, 6, 24, 17, 0, tzinfo=UTC)  # 2024-06-24 10:00 America/Los_Angeles
authors = ["Lauren Saria"]
