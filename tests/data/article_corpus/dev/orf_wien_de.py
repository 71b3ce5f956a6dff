"""Kicker 'Chronik' (og:title 'Chronik: …'): with or without it counts. '19.10.2019 12.09 Online seit heute, 12.09 Uhr' (Vienna time, as the JSON-LD's 10:09Z agrees). No byline: the JSON-LD author is the site's Organization (ORF.at).

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/0a6291ebbce449b3b04256b43c73e39d.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://wien.orf.at/stories/3017954/"
timezone = "Europe/Vienna"
lang = "de"
title = "Lotte Tobisch ist tot"
also_titles = ["Chronik: Lotte Tobisch ist tot"]
published = datetime(2019, 10, 19, 10, 9, tzinfo=UTC)  # 2019-10-19 12:09 Europe/Vienna
