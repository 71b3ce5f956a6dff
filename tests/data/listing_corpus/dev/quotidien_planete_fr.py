"""Written page imitating a French national daily's section ("Planète"): cards are <section
class=teaser> with one link wrapping the image and an <h3> headline, a description, "Par
<author>" and a date: "il y a 3 heures", "hier à 18 h 05" or "Publié le 26 novembre 2026 à
07 h 30". A "Les plus lus" box sits inside the list, between the third and fourth cards, with
the same card markup: its two stories are not entries. `now` is Friday 27 November 2026, 17:00
in Paris.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.lequotidien-exemple.fr/planete/"
timezone = "Europe/Paris"
now = datetime(2026, 11, 27, 16, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.lequotidien-exemple.fr/planete/article/2026/11/27/cop31-accord-a-l-arrache_6120.html",
        "title": "COP31 : un accord arraché dans la nuit",
        "published": datetime(2026, 11, 27, 13, 0, tzinfo=UTC),
        "author": "Sophie Lemaire",
    },
    {
        "link": "https://www.lequotidien-exemple.fr/planete/article/2026/11/27/loup-alpes-plan_6118.html",
        "title": "Le loup dans les Alpes : le nouveau plan divise les éleveurs",
        "published": datetime(2026, 11, 27, 11, 0, tzinfo=UTC),
        "author": "Antoine Mercier",
    },
    {
        "link": "https://www.lequotidien-exemple.fr/planete/article/2026/11/26/secheresse-bretagne_6101.html",
        "title": "Sécheresse : la Bretagne restreint l’eau en plein automne",
        "published": datetime(2026, 11, 26, 17, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.lequotidien-exemple.fr/planete/article/2026/11/26/glaciers-pyrenees_6095.html",
        "title": "Les derniers glaciers des Pyrénées auront disparu avant 2040",
        "published": datetime(2026, 11, 26, 6, 30, tzinfo=UTC),
        "author": "Sophie Lemaire",
    },
    {
        "link": "https://www.lequotidien-exemple.fr/planete/article/2026/11/25/abeilles-pesticides_6080.html",
        "title": "Abeilles : la justice suspend deux pesticides",
        "published": datetime(2026, 11, 25, 18, 42, tzinfo=UTC),
        "author": "Léa Fontaine",
    },
]
