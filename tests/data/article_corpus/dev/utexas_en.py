"""A university's news office (WordPress): 'Science & Technology Dec 31, 2020' above the <h1> (a day), a photograph's credit under it, the text opening 'AUSTIN, Texas —'; related stories' dates after. No byline (the Yoast JSON-LD's author, an @id reference, names a staff member the page does not show): authors not scored. og:title adds the site's name.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/news.utexas/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import date

url = "https://news.utexas.edu/2020/12/31/desalination-breakthrough-could-lead-to-cheaper-water-filtration/"
timezone = "America/Chicago"
lang = "en"
title = "Desalination Breakthrough Could Lead to Cheaper Water Filtration"
published = date(2020, 12, 31)
