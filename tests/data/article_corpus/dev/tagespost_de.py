"""'Christoph von Ritter 24. April 2020 08:30 Uhr' (Berlin time, as the JSON-LD's 06:30Z agrees; article:published_time says 08:30+0100, an hour off). meta author is the site.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/die-tagespost.de.Demut.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.die-tagespost.de/leben/glauben-wissen/Warum-wir-jetzt-Demut-brauchen;art4886,207643"
timezone = "Europe/Berlin"
lang = "de"
title = "Warum wir jetzt Demut brauchen"
published = datetime(2020, 4, 24, 6, 30, tzinfo=UTC)  # 2020-04-24 08:30 Europe/Berlin
authors = ["Christoph von Ritter"]
