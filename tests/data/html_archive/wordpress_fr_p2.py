"""Expected parse of wordpress_fr_p2.html: page 2 of the archive of wordpress_fr.html.

A post published between the two fetches pushed page 1's last article (Moldavie) to the top
of page 2: the same article, seen on both pages. The pager links back to page 1 ("Page
précédente") and on to page 3, which is not among the fixtures. The head advertises the same
tag feed as page 1 (WordPress does so on every page of an archive). October dates are in
summer time (+02:00).
"""

import runpy
from datetime import UTC, datetime
from pathlib import Path

_page1 = runpy.run_path(str(Path(__file__).with_name("wordpress_fr.py")))

url = "https://www.exemple-actu.fr/tag/kremlin/page/2/"
timezone = "Europe/Paris"
now = datetime(2026, 1, 23, 12, 5, tzinfo=UTC)
next_page = "https://www.exemple-actu.fr/tag/kremlin/page/3/"
alternate_feed = "https://www.exemple-actu.fr/tag/kremlin/feed/"

_NOISE = _page1["_NOISE"] + ["octobre 2025", "septembre 2025", "Page précédente"]
_SITE = "https://www.exemple-actu.fr"

#: The article that is on both pages.
shared_link = _page1["entries"][-1]["link"]

entries = [
    dict(_page1["entries"][-1]),
    {
        "title": "Le Kremlin juge « prématuré » de fixer une date pour un sommet Trump-Poutine",
        "link": f"{_SITE}/2025/10/24/le-kremlin-juge-premature-de-fixer-une-date-pour-un-sommet-"
        "trump-poutine/",
        # datetime="2025-10-24T16:40:00+02:00"
        "published": datetime(2025, 10, 24, 14, 40, tzinfo=UTC),
        "summary_contains": ["Après l’annulation de la rencontre envisagée à Budapest"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Sanctions : Dmitri Peskov dénonce un « acte hostile » de l’Union européenne",
        "link": f"{_SITE}/2025/10/16/sanctions-dmitri-peskov-denonce-un-acte-hostile-de-lunion-europeenne/",
        # datetime="2025-10-16T11:25:00+02:00"
        "published": datetime(2025, 10, 16, 9, 25, tzinfo=UTC),
        "summary_contains": ["la « flotte fantôme » de pétroliers"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Arménie : Moscou s’inquiète d’un rapprochement avec l’Union européenne",
        "link": f"{_SITE}/2025/10/03/armenie-moscou-sinquiete-dun-rapprochement-avec-lunion-europeenne/",
        # datetime="2025-10-03T08:05:00+02:00"
        "published": datetime(2025, 10, 3, 6, 5, tzinfo=UTC),
        # Two paragraphs before the more-link.
        "summary_contains": [
            "membre de l’Union économique eurasiatique",
            "Le Kremlin met en garde contre des « choix incompatibles »",
        ],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Drones en Pologne : le Kremlin rejette toute responsabilité",
        "link": f"{_SITE}/2025/09/11/drones-en-pologne-le-kremlin-rejette-toute-responsabilite/",
        # datetime="2025-09-11T19:50:00+02:00"
        "published": datetime(2025, 9, 11, 17, 50, tzinfo=UTC),
        "summary_contains": ["Varsovie a invoqué l’article 4 du traité de l’OTAN"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Gaz : Moscou et Pékin signent un accord sur le gazoduc Force de Sibérie 2",
        "link": f"{_SITE}/2025/09/02/gaz-moscou-et-pekin-signent-un-accord-sur-le-gazoduc-force-"
        "de-siberie-2/",
        # datetime="2025-09-02T10:30:00+02:00"
        "published": datetime(2025, 9, 2, 8, 30, tzinfo=UTC),
        "summary_contains": ["un mémorandum « juridiquement contraignant »"],
        "summary_excludes": _NOISE,
    },
]
