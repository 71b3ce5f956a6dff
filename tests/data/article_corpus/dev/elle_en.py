"""A runway collection's page: no byline, no visible date (og:article:published_time is malformed, '2014-9-5T12:00Z'): author and date not scored.

Page: AndyTheFactory/newspaper4k @ 79553f6302cea1a6e36103fb4dc1c675ca704cd3 : tests/data/html/elle.com1.html (MIT).
"""

url = "http://www.elle.com/runway/ready-to-wear/spring-2015-rtw/nicole-miller/collection/"
timezone = "America/New_York"
lang = "en"
title = "Nicole Miller Spring 2015 Ready-to-Wear Collection"
