"""A company's press release: '7. oktober 2020' (a day); no byline.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/tine.no.fotballskole.html (Apache-2.0).
"""

from datetime import date

url = "https://www.tine.no/presserom/nyhetsarkiv/nff-tine-fotballskole-viktig-for-barneidretten-gjennom-pandemien"
timezone = "Europe/Oslo"
lang = "no"
title = "NFF: TINE Fotballskole viktig for barneidretten gjennom pandemien"
published = date(2020, 10, 7)
