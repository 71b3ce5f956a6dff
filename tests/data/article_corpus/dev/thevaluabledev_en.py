"""A programmer's blog (Hugo): the <h1>, then '27 Mar 2021 , updated 5 Jul 2021' (two <time>s, the first the publication's; a day). No byline (the site is its author's; the JSON-LD names him as author and publisher): authors not scored.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/thevaluable.dev/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import date

url = "https://thevaluable.dev/guide-inheritance-oop/"
timezone = "Europe/Berlin"
lang = "en"
title = "Is Inheritance That Evil?"
published = date(2021, 3, 27)
