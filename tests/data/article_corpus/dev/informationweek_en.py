"""'5/24/2016 02:05 PM Kelly Sheridan News' (a time in a zone the page does not name: the day is scored); og:title adds '- InformationWeek'.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/information-week/input.html (MIT).
"""

from datetime import date

url = "http://www.informationweek.com/cloud/microsoft-expands-global-connectivity-with-local-startups/d/d-id/1325645"
timezone = "America/New_York"
lang = "en"
title = "Microsoft Expands Global Connectivity With Local Startups"
published = date(2016, 5, 24)
authors = ["Kelly Sheridan"]
