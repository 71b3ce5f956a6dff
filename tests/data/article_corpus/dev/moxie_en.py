"""A cryptographer's personal blog: the <h1 class="blog-title">, then 'Jan 07, 2022' (a day). No byline (the site is its author's; his name only in the <title> and the copyright line): authors not scored. No JSON-LD, no date in the metadata.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/moxie.org/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import date

url = "https://moxie.org/2022/01/07/web3-first-impressions.html"
timezone = "America/Los_Angeles"
lang = "en"
title = "My first impressions of web3"
published = date(2022, 1, 7)
