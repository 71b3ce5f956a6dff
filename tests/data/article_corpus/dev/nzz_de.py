"""'Markus M. Haefliger, London, Beat Bumbacher 19.10.2019, 23:38 Uhr' (Zurich time; htmldate's day agrees): London is where the first wrote from.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/d42c68f1b0f4408b81cf8f00bbe1a631.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.nzz.ch/international/der-nervenkrieg-um-den-brexit-geht-in-die-naechste-runde-ld.1516516"
timezone = "Europe/Zurich"
lang = "de"
title = "Der Nervenkrieg um den Brexit geht in die nächste Runde"
published = datetime(2019, 10, 19, 21, 38, tzinfo=UTC)  # 2019-10-19 23:38 Europe/Zurich
authors = ["Markus M. Haefliger", "Beat Bumbacher"]
