"""A viral-news site (Drupal, 2017): the logo's <h1> holds an SVG's style sheet as text, the headline's <h1 itemprop="headline"> comes second; og:title and twitter:title a social headline; JSON-LD only the Organization; 'Posted Friday 6 October 2017 09:30 by Greg Evans in news' under it (article:published_time 09:17:39+01:00, a microdata datePublished the modification's 10:14:57).

Page: victormartinez/ferret @ 2cadfa47d0842656c7c56136c004cf9ba488df9f : tests/resources/en/indy100/page.html (none stated).
"""

from datetime import UTC, datetime

url = "https://www.indy100.com/article/dan-bilzerian-vegas-shooting-gun-contgrol-ownership-video-what-really-happened-bump-stock-7985981"
timezone = "Europe/London"
lang = "en"
title = "The 'King of Instagram' at the centre of controversy, reveals what really happened during the Las Vegas massacre"
also_titles = [
    "Gun-happy Instagram star Dan Bilzerian reveals what really happened to him during the Las Vegas massacre"
]
published = datetime(2017, 10, 6, 8, 30, tzinfo=UTC)
authors = ["Greg Evans"]
