"""An American policy magazine: the kicker 'eye on the news' and the <h1> 'The Great Eurasian Economic Realignment', a dek, 'Samo Burja' and 'March 17, 2022' (a day); og:title is another headline, 'Will Western Sanctions Accelerate Russian Realignment?', with the site's name (counted without it). Related stories list their own authors and dates. No JSON-LD.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/city-journal/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import date

url = "https://www.city-journal.org/will-western-sanctions-accelerate-russian-realignment"
timezone = "America/New_York"
lang = "en"
title = "The Great Eurasian Economic Realignment"
also_titles = ["Will Western Sanctions Accelerate Russian Realignment?"]
published = date(2022, 3, 17)
authors = ["Samo Burja"]
