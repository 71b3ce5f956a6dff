"""'FOCUS-Online-Experte Robin Tschöpe Freitag, 06.07.2018, 10:29' (Berlin time; htmldate's day agrees): the name without the role before it.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/focus.de.leasen.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.focus.de/auto/experten/auto-leasen-oder-kaufen-fuer-wen-lohnt-sich-was_id_9209161.html"
timezone = "Europe/Berlin"
lang = "de"
title = "Auto leasen oder kaufen: Für wen lohnt sich was?"
published = datetime(2018, 7, 6, 8, 29, tzinfo=UTC)  # 2018-07-06 10:29 Europe/Berlin
authors = ["Robin Tschöpe"]
