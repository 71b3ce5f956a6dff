"""'Mattias Geniar, April 19, 2020' above the newsletter issue: a day only.

Page: postlight/parser @ e8ba7ece291efa4d915d50dd4deeec17d54359f2 : fixtures/ma.ttias.be.html (MIT OR Apache-2.0). Its test
src/extractors/custom/ma.ttias.be/index.test.js gives the ground truth checked here.
"""

from datetime import date

url = "https://ma.ttias.be/cronweekly/issue-130/"
timezone = "Europe/Brussels"
lang = "en"
title = "cron.weekly issue #130: Github, keycloak, proc, redis6, cron & more"
published = date(2020, 4, 19)
authors = ["Mattias Geniar"]
