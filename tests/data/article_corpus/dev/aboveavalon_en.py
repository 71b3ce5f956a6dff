"""An Apple analyst's newsletter site (Squarespace): a logo's empty <h1> before the post's, 'September 30, 2020' under it (a day; the JSON-LD's datePublished is 17:44-04:00), 'By Neil Cybart' in the text; the sidebar lists other posts with their days. og:title and the JSON-LD name prefix the site's name.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/aboveavalon/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import date

url = "https://www.aboveavalon.com/notes/2020/9/30/apple-watch-momentum-is-building"
timezone = "America/New_York"
lang = "en"
title = "Apple Watch Momentum Is Building"
published = date(2020, 9, 30)
authors = ["Neil Cybart"]
