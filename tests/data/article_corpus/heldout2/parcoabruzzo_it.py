"""The <h1>; '( Pescasseroli, 14 Gennaio 20 )' under it: a day (a two-digit year). No byline: not scored. The saved page names no canonical address: its og:url.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/parcoabruzzo.it.58354.html (Apache-2.0). htmldate's day (tests/eval_default.json) agrees.
"""

from datetime import date

url = "http://www.parcoabruzzo.it/dettaglio.php?id=58354"
timezone = "Europe/Rome"
lang = "it"
title = "ORSO MARSICANO: 2019 UN ANNO DA RECORD"
published = date(2020, 1, 14)
