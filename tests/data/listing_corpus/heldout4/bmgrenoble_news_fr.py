"""Real page: the news list ("Actualités", page 1 of 2) of Grenoble's municipal library
network (bm-grenoble.fr, January 2020), saved by vtourraine/bm-grenoble-ios for its news
parser's tests. French, lang=fr. Inside <div class="paragraphe tpl TPL_ACTUALITELISTE">, under a
search form and "10 résultats sur 15 - Page 1/2", ten <div class=item>s: an optional picture
link, an <h4> headline link (to the news item or to a page of the site), a <p> teaser. No
dates and no bylines on the cards (published and author None; dates in the teasers' text,
such as "Du 19 novembre 2019 au 22 février 2020", are what the items announce, not when they
were posted). Not entries: the header's menus and quick links, the pagers, the right-hand
column and footer blocks. `now` is the fixture's commit (9 January 2020).
"""

from datetime import UTC, datetime

url = "https://www.bm-grenoble.fr/692-actualite.htm"
timezone = "Europe/Paris"
now = datetime(2020, 1, 9, 13, 29, tzinfo=UTC)

entries = [
    {
        "link": "https://www.bm-grenoble.fr/692-actualite.htm?TPL_CODE=TPL_ACTUALITE&PAR_TPL_IDENTIFIANT=1456",
        "title": "La nuit de la lecture les 16, 17 et 18 janvier",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.bm-grenoble.fr/1984-nuit-de-la-lecture.htm",
        "title": "La Nuit de la lecture sous le signe du Partage",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.bm-grenoble.fr/1981-exposition-fabulimagium.htm",
        "title": "Fabulimagium, le fabuleux voyage temporel des livres illustrés jeunesse",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.bm-grenoble.fr/692-actualite.htm?TPL_CODE=TPL_ACTUALITE&PAR_TPL_IDENTIFIANT=1447",
        "title": "Bibliothèque gratuite pour tout le monde",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.bm-grenoble.fr/692-actualite.htm?TPL_CODE=TPL_ACTUALITE&PAR_TPL_IDENTIFIANT=1446",
        "title": "La bibliothèque d'étude et du patrimoine se transforme",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.bm-grenoble.fr/1938-espace-lecture-arts-et-jeunesse.htm",
        "title": "Espace Lecture, Arts et jeunesse",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.bm-grenoble.fr/1780-les-saisons-du-livre.htm",
        "title": "Saisons du livre",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.bm-grenoble.fr/692-actualite.htm?TPL_CODE=TPL_ACTUALITE&PAR_TPL_IDENTIFIANT=1407",
        "title": "Son premier livre en cadeau de naissance en bibliothèque",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.bm-grenoble.fr/1813-numotheque-bibliotheque-numerique-de-grenoble.htm",
        "title": "Numothèque Grenoble-Alpes",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.bm-grenoble.fr/692-actualite.htm?TPL_CODE=TPL_ACTUALITE&PAR_TPL_IDENTIFIANT=1398",
        "title": "La navette = Rapportez où vous voulez",
        "published": None,
        "author": None,
    },
]
