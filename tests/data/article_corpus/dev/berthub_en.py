"""A programmer's personal site (Hugo): the <h1>, then 'Posted on Dec 25 2020 20 mins read' (a <time datetime="2020-12-25T20:12:20+01:00">; the day is shown), a list of translations. No byline (the site is its author's): authors not scored. og:title adds the section's name 'Articles'. No JSON-LD.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/berthub/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import date

url = "https://berthub.eu/articles/posts/reverse-engineering-source-code-of-the-biontech-pfizer-vaccine/"
timezone = "Europe/Amsterdam"
lang = "en"
title = "Reverse Engineering the source code of the BioNTech/Pfizer SARS-CoV-2 Vaccine"
published = date(2020, 12, 25)
