"""Swiss regional TV: og:title, twitter:title and the WebPage's name end in ' - Telebasel', the Article's headline does not; kicker 'Region' above the <h1>. '19.10.2019 11:36 telebasel' (Zurich time; the byline is the site's: authors not scored). htmldate's day 2019-10-19.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/0afd671fc2b64f3caa83a91537e8d343.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://telebasel.ch/2019/10/19/junge-lenker-schrotten-corvette-und-audi-in-einer-nacht/"
timezone = "Europe/Zurich"
lang = "de"
title = "Junge Lenker schrotten Corvette und Audi in einer Nacht"
published = datetime(2019, 10, 19, 9, 36, tzinfo=UTC)
