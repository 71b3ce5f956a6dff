"""'December 17, 2014 at 08:01PM EST by Rachel Evans' under the headline.

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/wetpaint.com1.html (MIT).
"""

from datetime import UTC, datetime

url = "http://www.wetpaint.com/the-bachelor/articles/2014-11-04-whitney-bischoff-eliminated-season-19"
timezone = "America/New_York"
lang = "en"
title = "Bachelor 2015 Spoilers: How Far Does Whitney Bischoff Make It?"
published = datetime(2014, 12, 18, 1, 1, tzinfo=UTC)
authors = ["Rachel Evans"]
