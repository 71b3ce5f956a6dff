"""'By Carolyn Said Updated April 25, 2016 4:38 p.m.' under the headline (an update's time), and at the article's foot 'April 25, 2016|Updated April 25, 2016 4:38 p.m.': the first publication's day is kept (JSON-LD datePublished 23:37Z, 4:37 p.m. in San Francisco, agrees). <meta name="author"> and sailthru.author write 'By Carolyn Said'.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/san-francisco-chronicle/input.html (MIT).
"""

from datetime import date

url = "https://www.sfchronicle.com/business/article/Nasdaq-center-in-SF-offers-free-classes-for-7338290.php"
timezone = "America/Los_Angeles"
lang = "en"
title = "Nasdaq center in SF offers free classes for entrepreneurs"
published = date(2016, 4, 25)
authors = ["Carolyn Said"]
