"""'November 20, 2014' (a day only) and 'By Jens Manuel Krogstad and Jeffrey S. Passel' under the headline; the comments below carry their own authors and times.

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/pewresearch.org1.html (MIT).
"""

from datetime import date

url = "http://www.pewresearch.org/fact-tank/2014/11/20/those-from-mexico-will-benefit-most-from-obamas-executive-action/"
timezone = "America/New_York"
lang = "en"
title = "Those from Mexico will benefit most from Obama’s executive action"
published = date(2014, 11, 20)
authors = ["Jens Manuel Krogstad", "Jeffrey S. Passel"]
