"""'19. Oktober 2019 16:14 Uhr' under the headline (Berlin time; htmldate's day agrees). The 'Von …' names on the page are the teasers' around the article, which shows no byline of its own: not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/d70fab3adde74d5fb63552855c981395.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.stern.de/politik/ausland/niederlage-fuer-johnson--parlament-vertagt-votum-ueber-brexit-deal-8961728.html?utm_campaign=alle&utm_medium=rss-feed&utm_source=standard"
timezone = "Europe/Berlin"
lang = "de"
title = "Niederlage für Johnson: Parlament vertagt Votum über Brexit-Deal"
published = datetime(2019, 10, 19, 14, 14, tzinfo=UTC)  # 2019-10-19 16:14 Europe/Berlin
