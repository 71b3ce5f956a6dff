"""A WordPress blog: 'November 29, 2010 | Author: SanFranciscoGal' under the headline (an 'Author:' label before a pen name); the header shows the day the page was saved ('April 15, 2011') and comments their own dates. The <title> is the post's SEO title, not the headline.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/thevacationgals.html (Apache-2.0).
"""

from datetime import date

url = "http://thevacationgals.com/vacation-rental-homes-are-a-family-reunion-necessity/"
timezone = "America/Los_Angeles"
lang = "en"
title = "Vacation Rental Homes Are a Family Reunion Necessity"
published = date(2010, 11, 29)
authors = ["SanFranciscoGal"]
