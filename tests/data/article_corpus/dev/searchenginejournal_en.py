"""The <h1> holds the headline with a lead-in ('Planning for Progress: 18 Tips …'); the <title>, og:title and twitter:title the rest with ' | SEJ' (which counts too). 'Scott Gerber August 11, 2014 August 8, 2014' under it: the publication's <time> (itemprop datePublished), then an 'updated' one that is earlier.

Page: smallrivers/snacktory @ 6a87f3f19d13843166dd689760cbdc2ff3af34f6 : src/test/resources/de/jetwick/snacktory/searchenginejournal.html (Apache-2.0).
"""

from datetime import date

url = "http://www.searchenginejournal.com/planning-progress-18-tips-successful-social-media-strategy/112567/"
timezone = "America/New_York"
lang = "en"
title = "Planning for Progress: 18 Tips for a Successful Social Media Strategy"
also_titles = ["18 Tips for a Successful Social Media Strategy"]
published = date(2014, 8, 11)
authors = ["Scott Gerber"]
