"""A political newsletter on Substack: the publication's <h1> 'Slow Boring' in the navigation bar before the post's, 'Matthew Yglesias 18 hr ago' under it (a relative date: not scored; the JSON-LD's datePublished is 2022-10-17T18:01:29+08:00), embedded tweets with their own names and dates.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/slowboring/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

url = "https://www.slowboring.com/p/elon-musks-business-ties-deserve"
timezone = "America/New_York"
lang = "en"
title = "Elon Musk’s business ties deserve more scrutiny"
authors = ["Matthew Yglesias"]
