"""'Napier Lopez' and "14 January '15, 11:57pm" (Amsterdam, as article:published_time's +01:00 says) under the headline.

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/thenextweb.com1.html (MIT).
"""

from datetime import UTC, datetime

url = "http://thenextweb.com/insider/2015/01/14/blackberry-denies-samsung-buyout-rumors/"
timezone = "Europe/Amsterdam"
lang = "en"
title = "BlackBerry denies Samsung buyout rumors"
published = datetime(2015, 1, 14, 22, 57, tzinfo=UTC)
authors = ["Napier Lopez"]
