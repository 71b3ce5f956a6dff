"""Expected parse of jsonld_only.html: a JavaScript-rendered topic page (Next.js). The article
list container is empty in the HTML; the articles exist only in the JSON-LD graph, as the
CollectionPage's mainEntity: an ItemList of ListItem -> NewsArticle (headline, url,
datePublished, description, image as an object, a string or a list).

Also in JSON-LD: a BreadcrumbList, and, in a separate script, the main menu marked up as an
ItemList of SiteNavigationElement (9 entries, one more than there are articles). The DOM has
the menu, "Les plus lus", "Articles récents" and topics, all server-rendered. The head has
rel="next" and only the site-wide "À la une" feed.
"""

from datetime import UTC, datetime

url = "https://www.horizon-info.fr/sujets/kremlin"
timezone = "Europe/Paris"
now = datetime(2026, 1, 23, 12, 0, tzinfo=UTC)
next_page = "https://www.horizon-info.fr/sujets/kremlin?page=2"
alternate_feed = None
method = "json-ld"

_SITE = "https://www.horizon-info.fr"

entries = [
    {
        "title": "Ukraine : Moscou et Washington conviennent de poursuivre les contacts après la "
        "rencontre au Kremlin",
        "link": f"{_SITE}/monde/ukraine-moscou-et-washington-conviennent-de-poursuivre-les-contacts-20260123",
        "published": datetime(2026, 1, 23, 6, 10, tzinfo=UTC),  # 2026-01-23T07:10:00+01:00
        "summary_contains": ["ont qualifié la réunion de « constructive »"],
        "summary_excludes": [],
    },
    {
        "title": "Conseil de paix : le Kremlin confirme avoir reçu l’invitation de Donald Trump",
        "link": f"{_SITE}/monde/conseil-de-paix-le-kremlin-confirme-avoir-recu-l-invitation-de-"
        "donald-trump-20260119",
        "published": datetime(2026, 1, 19, 15, 5, tzinfo=UTC),  # 2026-01-19T16:05:00+01:00
        "summary_contains": ["Vladimir Poutine a été officiellement invité"],
        "summary_excludes": [],
    },
    {
        "title": "Espionnage : un diplomate britannique expulsé de Russie",
        "link": f"{_SITE}/monde/espionnage-un-diplomate-britannique-expulse-de-russie-20260115",
        "published": datetime(2026, 1, 15, 9, 30, tzinfo=UTC),  # 2026-01-15T09:30:00Z
        "summary_contains": ["Londres dénonce des accusations « infondées »"],
        "summary_excludes": [],
    },
    {
        "title": "Dialogue avec l’Europe : le Kremlin salue des signaux « positifs »",
        "link": f"{_SITE}/monde/dialogue-avec-l-europe-le-kremlin-salue-des-signaux-positifs-20260109",
        # "2026-01-09", a date without a time: noon in Paris
        "published": datetime(2026, 1, 9, 11, 0, tzinfo=UTC),
        "summary_contains": ["Dmitri Peskov juge « positive »"],
        "summary_excludes": [],
    },
    {
        "title": "SBU : la démission de Vasyl Malyuk vue de Moscou",
        "link": f"{_SITE}/monde/sbu-la-demission-de-vasyl-malyuk-vue-de-moscou-20260105",
        "published": datetime(2026, 1, 5, 19, 0, tzinfo=UTC),  # 2026-01-05T20:00:00+01:00
        "summary_contains": ["est commenté avec prudence"],
        "summary_excludes": [],
    },
    {
        "title": "Laurent Vinatier : la « proposition » russe embarrasse Paris",
        "link": f"{_SITE}/france/laurent-vinatier-la-proposition-russe-embarrasse-paris-20251225",
        "published": datetime(2025, 12, 25, 11, 45, tzinfo=UTC),  # 2025-12-25T12:45:00+01:00
        "summary_contains": ["Le Quai d’Orsay se refuse à tout commentaire"],
        "summary_excludes": [],
    },
    {
        "title": "Poutine devant les militaires : « La Russie n’a pas choisi l’escalade »",
        "link": f"{_SITE}/monde/poutine-devant-les-militaires-la-russie-n-a-pas-choisi-l-escalade-20251217",
        "published": datetime(2025, 12, 17, 17, 20, tzinfo=UTC),  # 2025-12-17T18:20:00+01:00
        "summary_contains": ["a dénoncé des « mensonges délibérés »"],
        "summary_excludes": [],
    },
    {
        "title": "Sergueï Lavrov, l’absence qui intrigue",
        "link": f"{_SITE}/monde/serguei-lavrov-l-absence-qui-intrigue-20251112",
        "published": datetime(2025, 11, 12, 7, 0, tzinfo=UTC),  # 2025-11-12T08:00:00+01:00
        "summary_contains": ["le Kremlin dément toute disgrâce"],
        "summary_excludes": [],
    },
]
