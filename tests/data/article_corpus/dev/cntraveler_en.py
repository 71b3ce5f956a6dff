"""A gallery: the page shows neither a byline nor a date (only article:author and article:published_time declare them): author and date not scored.

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/cntraveler.com1.html (MIT).
"""

url = "http://www.cntraveler.com/galleries/2014-12-08/marrakech-morocco-best-shopping-guide"
timezone = "America/New_York"
lang = "en"
title = "The Best Shopping in Marrakech"
