"""A personal blog of 2009: the <h1> is the site's name ('Brian Cray, Columbus, Ohio-based web professional'), the headline an <h2>; 'Published August 12th, 2009 • 34 comments' under it; no byline (the site's owner), no embedded metadata.

Page: peterc/pismo @ add7a2df31d52b86210ab3787ead9e5cbe7fd320 : test/corpus/briancray.html (Apache-2.0).
"""

from datetime import date

url = "http://briancray.com/2009/08/12/5-great-examples-of-popular-blog-posts-that-you-should-know/"
timezone = "America/New_York"
lang = "en"
title = "5 great examples of popular blog posts that you should know"
published = date(2009, 8, 12)
