"""'By Antonio Regalado on December 4, 2014' (a day only) under the headline; the <h1> is the feature's headline, og:title and the <title> its SEO headline (counted too); the page's other <h1>s are the menu's.

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/technologyreview.com1.html (MIT).
"""

from datetime import date

url = "http://www.technologyreview.com/featuredstory/532796/who-owns-the-biggest-biotech-discovery-of-the-century/"
timezone = "America/New_York"
lang = "en"
title = "Who Owns the Biggest Biotech Discovery of the Century?"
also_titles = ["CRISPR Patents Spark Fight to Control Genome Editing"]
published = date(2014, 12, 4)
authors = ["Antonio Regalado"]
