"""Kicker 'Klimaschutz' before the headline: with or without it counts. 'Von Heike Buchter 19. Oktober 2019, 19:08 Uhr' (Berlin time; htmldate has 2019-10-16, the print issue's week: the page's words are kept).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/0a12df42d1764095989ab078ee0f940b.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.zeit.de/2019/43/klimaschutz-banken-unternehmen-fracking-oelfoerderung-fossile-brennstoffe"
timezone = "Europe/Berlin"
lang = "de"
title = "Bohren, bis es heiß wird"
also_titles = ["Klimaschutz: Bohren, bis es heiß wird"]
published = datetime(2019, 10, 19, 17, 8, tzinfo=UTC)  # 2019-10-19 19:08 Europe/Berlin
authors = ["Heike Buchter"]
