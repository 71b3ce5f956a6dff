"""A games magazine's video page: the <h1 class="box-title"> then '19.10.2019 07:49 Uhr' (Berlin time); the JSON-LD is a VideoObject with an uploadDate (no datePublished, no headline), no byline.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/d041d20a0bc04fdf8cef73f750f20bf6.html (Apache-2.0).
"""

from datetime import UTC, datetime

url = "https://www.gamestar.de/videos/der-landwirtschafts-simulator-19-wird-ein-jahr-nach-release-groesser-trailer-stellt-platinum-edition-vor,99770.html"
timezone = "Europe/Berlin"
lang = "de"
title = (
    "Der Landwirtschafts-Simulator 19 wird ein Jahr nach Release größer - Trailer stellt Platinum Edition vor"
)
published = datetime(2019, 10, 19, 5, 49, tzinfo=UTC)
