"""A writer's personal site: the <h1>, then 'By James Somers' and the text; no date shows (og:updated_time only): the date is not scored. og:title prefixes the site's name. No JSON-LD.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/jsomers/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

url = "http://jsomers.net/i-should-have-loved-biology"
timezone = "America/New_York"
lang = "en"
title = "I should have loved biology"
authors = ["James Somers"]
