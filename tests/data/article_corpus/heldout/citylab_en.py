"""The byline shows '1:39 PM ET' without a day: date not scored. The <h1> and readability's title (the page's social headline) differ: both count.

Page: mozilla/readability @ ab4027a8b37669745016869a37a504727992b2ba : test/test-pages/citylab-1/source.html (Apache-2.0).
"""

url = "https://www.citylab.com/design/2019/04/neon-signage-20th-century-history/588400/"
timezone = "America/New_York"
lang = "en"
title = "Why Neon Is the Ultimate Symbol of the 20th Century"
also_titles = ["The Modern Ambitions Behind Neon"]
authors = ["Sarah Archer"]
