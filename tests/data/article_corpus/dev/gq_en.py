"""'On May 23, 2014 at 1:30 PM' (New York) and 'By John Jannuzzi' under the headline (an <h2>); article:published_time says 2009-09-02 (the blog's, not the post's); og:title and the <title> add the blog's and site's names.

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/gq.com1.html (MIT).
"""

from datetime import UTC, datetime

url = (
    "http://www.gq.com/style/blogs/the-gq-eye/2014/05/how-to-pack-everything-for-your-3-day-weekend-trip.html"
)
timezone = "America/New_York"
lang = "en"
title = "How To Pack Everything for Your 3-Day Weekend Trip"
published = datetime(2014, 5, 23, 17, 30, tzinfo=UTC)
authors = ["John Jannuzzi"]
