"""A social-media agency's blog (WordPress, Avada): the <h1>, no date shown (article:published_time says 2020-04-25; the related posts' <time>s are theirs): the date is not scored. 'About the Author: Cave Team' at the foot, the agency's team: authors not scored. Two og:title <meta>s, one with the site's name.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/cavesocial/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

url = "https://cavesocial.com/embed-instagram-photo-website-blog/"
timezone = "America/Los_Angeles"
lang = "en"
title = "How to Embed and Center An Instagram Post On Your Website"
