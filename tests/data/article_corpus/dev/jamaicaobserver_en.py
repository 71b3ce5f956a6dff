"""No embedded metadata but og:title; the only <h1> is a login form's ('Log In'); the headline is a <div class="headline"> after 'Latest News', then '2022-04-26 21:21:50' (Jamaica, UTC-5). No byline: authors not scored. The header shows the day the page was saved ('Tuesday, April 26, 2022').

Page: markusmobius/go-trafilatura @ 67c3f2a1ca17e9a7b9643239d88d5fe25a36b6ed : test-files/comparison/jamaicaobserver.com-attacks.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = (
    "https://www.jamaicaobserver.com/latest-news/woman-attacks-female-inspector-with-stone-at-police-station/"
)
timezone = "America/Jamaica"
lang = "en-US"
title = "Woman attacks female inspector with stone at police station"
published = datetime(2022, 4, 27, 2, 21, tzinfo=UTC)
