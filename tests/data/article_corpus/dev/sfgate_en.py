"""'Carolyn Said, Chronicle Staff Writer' (a name, then the role after a comma) in p.byline.author.vcard, 'Wednesday, October 27, 2010' in p.date; the PUBDATE <meta> (Jan 07, 2011) is the page's build, not the article's, and the span.updated time 'October 27, 2010 04:00 AM' is the update's.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/sfgate.html (Apache-2.0).
"""

from datetime import date

url = "http://www.sfgate.com/cgi-bin/article.cgi?f=/c/a/2010/10/26/BUD61G2DBL.DTL"
timezone = "America/Los_Angeles"
lang = "en"
title = "Foreclosure activity dips in California, Bay Area"
published = date(2010, 10, 27)
authors = ["Carolyn Said"]
