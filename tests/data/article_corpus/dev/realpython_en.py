"""A Python tutorial site: the <h1>, then 'by Geir Arne Hjelle 2 Comments intermediate python'; the JSON-LD's author is the site (an Organization) and <meta name="author"> the site's name. No date shows (the text's 'As of October 4, 2021, the first official version is available' is about Python's release): the date is not scored.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/realpython/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

url = "https://realpython.com/python310-new-features/"
timezone = "America/New_York"
lang = "en"
title = "Python 3.10: Cool New Features for You to Try"
authors = ["Geir Arne Hjelle"]
