"""'Sarah Seltzer' and 'Dec 26, 2014 2:15pm' (New York) under the headline (its <time datetime> writes the local clock as +00:00; article:published_time is right); the <title> is an SEO headline.

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/flavorwire.com1.html (MIT).
"""

from datetime import UTC, datetime

url = "http://flavorwire.com/495982/13-media-moments-from-2014-we-could-have-lived-without"
timezone = "America/New_York"
lang = "en"
title = "13 Media Moments from 2014 We Could Have Lived Without"
published = datetime(2014, 12, 26, 19, 15, tzinfo=UTC)
authors = ["Sarah Seltzer"]
