"""Expected parse of overlay_fr.html: a French news section whose cards hold an unlinked
heading and an empty overlay link (aria-hidden, stretched over the card by CSS). The lead
card sits alone in an "à la une" block before the grid; a "Les plus lus" box with the same
cards follows. One headline holds a date ("le 15 décembre") that is not the card's date.
Written for issue 12's failure kinds.
"""

from datetime import UTC, datetime

url = "https://www.gazette-littoral-exemple.fr/environnement/"
timezone = "Europe/Paris"
now = datetime(2026, 11, 28, 15, 0, tzinfo=UTC)  # 16:00 in Paris
next_page = None
alternate_feed = None

_SITE = "https://www.gazette-littoral-exemple.fr"
_NOISE = ["Par ", "il y a", "novembre 2026", "hier à"]

entries = [
    {
        "title": "La dune du Pilat a reculé de huit mètres en un hiver",
        "link": f"{_SITE}/environnement/2026/11/27/"
        "la-dune-du-pilat-a-recule-de-huit-metres-en-un-hiver_88412.html",
        "published": datetime(2026, 11, 27, 17, 5, tzinfo=UTC),  # hier à 18 h 05
        "author": "Anne Martin",
        "summary_contains": ["Les tempêtes de novembre ont emporté une partie du massif"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Ce que la préfecture a décidé le 15 décembre pour les plages",
        "link": f"{_SITE}/environnement/2026/11/28/ce-que-la-prefecture-a-decide-pour-les-plages_88430.html",
        "published": datetime(2026, 11, 28, 12, 0, tzinfo=UTC),  # il y a 3 heures
        "author": None,
        "summary_contains": ["Un arrêté encadre désormais la pêche à pied"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Les ostréiculteurs du bassin inquiets après une nouvelle pollution",
        "link": f"{_SITE}/environnement/2026/11/26/les-ostreiculteurs-du-bassin-inquiets_88390.html",
        "published": datetime(2026, 11, 26, 11, 0, tzinfo=UTC),  # 26 novembre 2026: noon
        "author": "Louis Bernard",
        "summary_contains": ["Les ventes sont suspendues pour deux semaines au moins"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Un nouveau sentier du littoral ouvre entre Lacanau et Carcans",
        "link": f"{_SITE}/environnement/2026/11/25/un-nouveau-sentier-du-littoral-ouvre_88371.html",
        "published": datetime(2026, 11, 25, 8, 40, tzinfo=UTC),  # 25 novembre 2026 à 09h40
        "author": None,
        "summary_contains": ["Douze kilomètres balisés à travers la forêt et les dunes"],
        "summary_excludes": _NOISE,
    },
]
