"""A history-of-technology blog: the <h1>, a subtitle <h2>, then 'November 6, 2020 · 12 min read' (a day; article:published_time says 11:36-08:00). No byline (the author is named only in the copyright line): authors not scored. No JSON-LD.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/rootsofprogress/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

from datetime import date

url = "https://rootsofprogress.org/where-is-my-flying-car"
timezone = "America/Los_Angeles"
lang = "en"
title = "Progress, stagnation, and flying cars"
published = date(2020, 11, 6)
