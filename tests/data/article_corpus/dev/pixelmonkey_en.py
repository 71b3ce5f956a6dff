"""'This entry was posted on Sunday, December 30th, 2012 at 3:00 pm' (New York) below the post; a one-author blog with no byline (a bio below the post): author not scored.

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/pixelmonkey.org1.html (MIT).
"""

from datetime import UTC, datetime

url = "http://www.pixelmonkey.org/2012/12/30/mobile-in-1998"
timezone = "America/New_York"
lang = "en"
title = "Going mobile in 1998"
published = datetime(2012, 12, 30, 20, 0, tzinfo=UTC)
