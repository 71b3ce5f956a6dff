"""Expected parse of wordpress_fr.html: page 1 of a WordPress (Twenty Sixteen) tag archive,
"Archives du mot-clé kremlin", built from the seed document's articles.

Each <article> has its title in h2.entry-title, its date in <time datetime> (in the entry
footer, with a second <time class="updated"> on some), an excerpt ending in a "Lire la suite"
more-link with screen-reader text, a byline, categories, tags and a comments link. Article 4
has no more-tag: its whole text is shown, with h2 subheadings. The sidebar has "Articles
récents" (titles + dates), "Les plus lus", a tag cloud and monthly archives; the head
advertises the site feed, the comments feed and this tag's feed.
"""

from datetime import UTC, datetime

url = "https://www.exemple-actu.fr/tag/kremlin/"
timezone = "Europe/Paris"
now = datetime(2026, 1, 23, 12, 0, tzinfo=UTC)
next_page = "https://www.exemple-actu.fr/tag/kremlin/page/2/"
alternate_feed = "https://www.exemple-actu.fr/tag/kremlin/feed/"

#: Never part of an excerpt on this site: screen-reader labels, meta links, bylines.
_NOISE = [
    "Lire la suite",
    "Publié le",
    "Auteur",
    "Catégories",
    "Étiquettes",
    "commentaire",
    "La rédaction",
    "Claire Morel",
    "Thomas Lambert",
    "janvier 2026",
    "décembre 2025",
    "novembre 2025",
]

_SITE = "https://www.exemple-actu.fr"

entries = [
    {
        "title": "Guerre en Ukraine : rencontre entre Poutine et des envoyés américains, sans percée majeure",
        "link": f"{_SITE}/2026/01/23/guerre-en-ukraine-rencontre-entre-poutine-et-des-envoyes-"
        "americains-sans-percee-majeure/",
        # datetime="2026-01-23T08:15:00+01:00" (the later <time class="updated"> is not it)
        "published": datetime(2026, 1, 23, 7, 15, tzinfo=UTC),
        "summary_contains": [
            "marquant une nouvelle étape diplomatique",
            "Cette rencontre, qui s’est tenue à Moscou",
        ],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Poutine invité au Conseil de paix de Trump, des discussions attendues entre "
        "Moscou et Washington",
        "link": f"{_SITE}/2026/01/19/poutine-invite-au-conseil-de-paix-de-trump-des-discussions-"
        "attendues-entre-moscou-et-washington/",
        # datetime="2026-01-19T18:40:00+01:00"
        "published": datetime(2026, 1, 19, 17, 40, tzinfo=UTC),
        # The more-link sits inside this paragraph, after its last sentence.
        "summary_contains": [
            "Le Kremlin a confirmé lundi 19 janvier",
            "tentatives de résolution de plusieurs conflits majeurs.",
        ],
        "summary_excludes": _NOISE,
    },
    {
        "title": "La Russie expulse un diplomate britannique accusé d’espionnage",
        "link": f"{_SITE}/2026/01/15/la-russie-expulse-un-diplomate-britannique-accuse-despionnage/",
        # datetime="2026-01-15T11:05:00+01:00"
        "published": datetime(2026, 1, 15, 10, 5, tzinfo=UTC),
        "summary_contains": ["Moscou met en cause un responsable de l’ambassade du Royaume-Uni"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Le Kremlin salue la volonté de certains pays européens de renouer le dialogue "
        "avec la Russie",
        "link": f"{_SITE}/2026/01/09/le-kremlin-salue-la-volonte-de-certains-pays-europeens-de-"
        "renouer-le-dialogue-avec-la-russie/",
        # datetime="2026-01-09T14:20:00+01:00"
        "published": datetime(2026, 1, 9, 13, 20, tzinfo=UTC),
        # No more-tag: the whole post is the excerpt.
        "summary_contains": [
            "Moscou voit un signal « positif » venu d’Europe",
            "Le porte-parole de la présidence russe, Dmitri Peskov",
            "Le Kremlin voit d’un bon œil",
        ],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Guerre en Ukraine : pourquoi Volodymyr Zelensky a poussé le chef du Service de "
        "sécurité à démissionner?",
        "link": f"{_SITE}/2026/01/05/guerre-en-ukraine-pourquoi-volodymyr-zelensky-a-pousse-le-"
        "chef-du-service-de-securite-a-demissionner/",
        # datetime="2026-01-05T21:47:00+01:00"
        "published": datetime(2026, 1, 5, 20, 47, tzinfo=UTC),
        "summary_contains": ["La démission de Vasyl Malyuk, chef du Service de sécurité d’Ukraine (SBU)"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "La Russie fait une «proposition» à la France sur le chercheur Laurent Vinatier, "
        "emprisonné depuis juin 2024",
        "link": f"{_SITE}/2025/12/25/la-russie-fait-une-proposition-a-la-france-sur-le-chercheur-"
        "laurent-vinatier-emprisonne-depuis-juin-2024/",
        # datetime="2025-12-25T16:30:00+01:00"
        "published": datetime(2025, 12, 25, 15, 30, tzinfo=UTC),
        # A date inside the prose is text, not noise.
        "summary_contains": ["a annoncé le Kremlin ce jeudi 25 décembre."],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Guerre en Ukraine : Moscou prévoit un échange prochain avec Washington sur "
        "l’état des négociations pour mettre fin à la guerre",
        "link": f"{_SITE}/2025/12/22/guerre-en-ukraine-moscou-prevoit-un-echange-prochain-avec-"
        "washington-sur-letat-des-negociations/",
        # datetime="2025-12-22T10:12:00+01:00"
        "published": datetime(2025, 12, 22, 9, 12, tzinfo=UTC),
        "summary_contains": ["afin de faire le point sur les négociations en cours"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Guerre en Ukraine : Vladimir Putin affirme que la Russie n’a pas choisi "
        "l’escalade avec l’Europe, mais se prépare à la guerre si nécessaire",
        "link": f"{_SITE}/2025/12/17/guerre-en-ukraine-vladimir-putin-affirme-que-la-russie-na-"
        "pas-choisi-lescalade-avec-leurope/",
        # datetime="2025-12-17T19:03:00+01:00"
        "published": datetime(2025, 12, 17, 18, 3, tzinfo=UTC),
        "summary_contains": ["mercredi 17 décembre, le chef du Kremlin a dénoncé"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Russie : le Kremlin dément les rumeurs d’éviction de Sergueï Lavrov, disparu de "
        "la scène publique depuis fin octobre",
        "link": f"{_SITE}/2025/11/12/russie-le-kremlin-dement-les-rumeurs-deviction-de-serguei-lavrov/",
        # datetime="2025-11-12T09:45:00+01:00"
        "published": datetime(2025, 11, 12, 8, 45, tzinfo=UTC),
        "summary_contains": ["figure emblématique de la diplomatie russe"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Moldavie : Moscou met en garde après l’adoption d’une stratégie militaire "
        "tournée vers l’Ouest",
        "link": f"{_SITE}/2025/11/04/moldavie-moscou-met-en-garde-apres-ladoption-dune-strategie-"
        "militaire-tournee-vers-louest/",
        # datetime="2025-11-04T13:00:00+01:00"
        "published": datetime(2025, 11, 4, 12, 0, tzinfo=UTC),
        "summary_contains": ["qui désigne la Russie comme la principale menace"],
        "summary_excludes": _NOISE,
    },
]
