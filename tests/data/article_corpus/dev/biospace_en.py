"""A life-sciences trade site: 'Published: May 11, 2022 By Rosemary Scott' under the <h1> (a day; the JSON-LD's datePublished is midnight with no zone, its author a plain string; og:article:published_time empty). og:title adds the site's name.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/biospace/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import date

url = "https://www.biospace.com/article/researchers-answer-how-and-why-infants-die-from-sids/"
timezone = "America/New_York"
lang = "en"
title = "Researchers Pinpoint Reason Infants Die From SIDS"
published = date(2022, 5, 11)
authors = ["Rosemary Scott"]
