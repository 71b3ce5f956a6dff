"""Real page: the "Techniky" (techniques) category of a Czech hair salon's blog (Kadeřnictví
Lena, vlasy-lena.cz; WordPress, Kadence theme), from the static export in
Zollman94/vlasy-lena.cz (January 2025; links root-relative). Three <article class="entry
loop-entry"> posts: a thumbnail, a category kicker, an <h2 class="entry-title"> title link, a
meta line "Od Lenka Zollmanova · 11 února, 2024" (by …; the day with the month in the genitive)
whose <time class="entry-date published"> carries the minute (one card adds an "updated"
<time> with the same day), an excerpt and "Pokračovat" (continue). The machine dates are the
publication (exact datetimes). Authors: the name after "Od" (linked to the home page). Not
entries: the menus, the kickers, "Pokračovat", the footer. `now`: the commit that added the
page.
"""

from datetime import UTC, datetime

url = "https://vlasy-lena.cz/category/techniky/"
timezone = "Europe/Prague"
now = datetime(2025, 1, 1, 19, 24, tzinfo=UTC)


entries = [
    {
        "link": "https://vlasy-lena.cz/techniky/co-je-pricinou-nadmerneho-padani-vlasu/",
        "title": "Co je příčinou nadměrného padání vlasů?",
        "published": datetime(2024, 2, 11, 14, 54, tzinfo=UTC),
        "author": "Lenka Zollmanova",
    },
    {
        "link": "https://vlasy-lena.cz/techniky/pece-o-vlasy-v-zimnich-mesicich/",
        "title": "Péče o vlasy v zimních měsících",
        "published": datetime(2024, 2, 11, 14, 27, tzinfo=UTC),
        "author": "Lenka Zollmanova",
    },
    {
        "link": "https://vlasy-lena.cz/techniky/spravna-technika-myti-vlasu/",
        "title": "Správná technika mytí vlasů",
        "published": datetime(2024, 2, 11, 14, 22, tzinfo=UTC),
        "author": "Lenka Zollmanova",
    },
]
