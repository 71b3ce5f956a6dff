"""A fashion blog: six <h1>s (the blog's name, 'Menü', the headline, two photo captions, 'Post Navigation'). 'Do 24. Mai 2018, 08:30 | ANZEIGE, UNTERWEGS' under the headline (Berlin time); the page's only <time> is a comment's ('Do 24. Mai 2018, 10:58'). No byline on the post: authors not scored.

Page: adbar/trafilatura @ e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5 : tests/cache/iloveponysmag.com.barbour.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "http://iloveponysmag.com/2018/05/24/barbour-coastal/"
timezone = "Europe/Berlin"
lang = "de"
title = "OUTDOOR LOVERS"
published = datetime(2018, 5, 24, 6, 30, tzinfo=UTC)
