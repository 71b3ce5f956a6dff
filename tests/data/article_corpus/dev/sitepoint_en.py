"""'Published December 29, 2014' (a day only) and 'by Craig Buckler' beside the headline; 'You might also like' cards below carry their own bylines and dates.

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/sitepoint.com1.html (MIT).
"""

from datetime import date

url = "http://www.sitepoint.com/average-page-weight-increases-15-2014/"
timezone = "Europe/London"
lang = "en"
title = "Average Page Weight Increases 15% in 2014"
published = date(2014, 12, 29)
authors = ["Craig Buckler"]
