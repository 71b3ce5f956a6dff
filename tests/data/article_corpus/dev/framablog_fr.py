"""A French free-software association's WordPress blog: 'par framasoft | Classé dans : …' under the <h1> and '2 Déc 2017' beside it (a day); the comments' <time>s follow. No author scored: the byline is the association's account (its site's name). No JSON-LD.

Page: j0k3r/graby @ 3e7695203c4c57dac2998780972450ced372b960 : tests/fixtures/content/framablog.html (MIT).
"""

from datetime import date

url = "https://framablog.org/2017/12/02/avancer-ensemble-vers-la-contribution/"
timezone = "Europe/Paris"
lang = "fr"
title = "Avancer ensemble vers la contribution…"
published = date(2017, 12, 2)
