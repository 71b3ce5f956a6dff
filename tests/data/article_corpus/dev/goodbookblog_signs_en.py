"""A university's faculty blog (2012): the blog's name in a first <h1>, the headline in a second; 'By Mick Boersma' and 'Jul. 25, 2012 10:46 a.m.' under it (an abbreviated month with a dot, 'a.m.', a zone the page does not name: a day only); comments dated 'Jul. 25, 2012 at 12:35 PM'. No embedded metadata.

Page: peterc/pismo @ 30d64a3f4a4a5c044e372ef86deebac657a0231a : test/corpus/thegoodbookblog.html (Apache-2.0).
"""

from datetime import date

url = "http://www.thegoodbookblog.com/2012/jul/25/signs-of-life/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Signs Of Life"
published = date(2012, 7, 25)
authors = ["Mick Boersma"]
