"""A rationalist community blog: the <h1>, then 'by Joe Carlsmith 43 min read 9th May 2023 20 comments' (the day in the saving browser's zone: the JSON-LD's datePublished is 2023-05-08T21:53Z, the 8th in the site's California: which day the page means is not settled, the date is not scored); the vote count is an <h1> too, the comments' relative dates follow.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/lesswrong/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

url = "https://www.lesswrong.com/posts/bHozHrQD4qxvKdfqq/predictable-updating-about-ai-risk"
timezone = "America/Los_Angeles"
lang = "en"
title = "Predictable updating about AI risk"
authors = ["Joe Carlsmith"]
