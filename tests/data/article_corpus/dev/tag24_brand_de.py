"""A German tabloid's site: the kicker 'Feuerwehreinsätze' and '19.10.2019 17:41' (Berlin time) above the <h1>, a subtitle after it; no byline. The <h1>'s headline also appears in a list of teasers before it.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/d76bb5cda4cd4621a04c1b166d6cad9f.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.tag24.de/nachrichten/rostow-russland-fuenf-kinder-und-zwei-erwachsene-sterben-bei-schrecklichem-wohnhausbrand-1255262"
timezone = "Europe/Berlin"
lang = "de"
title = "Fünf Kleinkinder und zwei Erwachsene sterben bei schrecklichem Wohnhausbrand"
published = datetime(2019, 10, 19, 15, 41, tzinfo=UTC)
