"""'By Aminu Abdullahi - February 9, 2024' (its <time> 2024-02-09T19:32-05:00; the metadata's UTC time falls on the 10th).

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/eweek/input.html (MIT).
"""

from datetime import date

url = "https://www.eweek.com/artificial-intelligence/robotics-companies/"
timezone = "America/New_York"
lang = "en"
title = "7 Top Robotics Companies in 2024"
published = date(2024, 2, 9)
authors = ["Aminu Abdullahi"]
