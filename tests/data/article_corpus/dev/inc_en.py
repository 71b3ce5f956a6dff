"""No <h1>: the headline is og:title's, JSON-LD's and <meta name="title">'s; the <title> is another headline ('How This Artificial Intelligence Startup Polices Shady Wall Street Traders | Inc.com'). A subscriber's wall: no dateline nor byline is shown (article:published_time is written 'Tue May 24 05:55:00 2016', JSON-LD's dateCreated '2016-05-24T05:55%Z'): date and authors not scored.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/inc/input.html (MIT).
"""

url = "http://www.inc.com/jeremy-quittner/2016-30-under-30-neurensic.html"
timezone = "America/New_York"
lang = "en"
title = "Meet Wall Street's New A.I. Sheriffs"
