"""The <h1> is the blog's name, the post's headline an <h2>; 'Thursday, May 26, 2016'. No byline: authors not scored.

Page: microlinkhq/metascraper @ 20423f52ef9b4a07d3b25e56e34d2756b3291250 : packages/metascraper/test/integration/smitten-kitchen/input.html (MIT).
"""

from datetime import date

url = "http://smittenkitchen.com/blog/2016/05/cucumber-yogurt-raita-salad/"
timezone = "America/New_York"
lang = "en"
title = "cucumber yogurt raita salad"
published = date(2016, 5, 26)
