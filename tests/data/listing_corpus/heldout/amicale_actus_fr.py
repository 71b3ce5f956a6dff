"""Written page imitating a small French association's news page: cards with an image, an <h3>
link, one sentence and an "En savoir plus" button. No card shows a date; the first title
mentions "le 15 décembre", which is the event's date, not the post's: no entry has a date.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.amicale-laique-exemple.fr/actualites"
timezone = "Europe/Paris"
now = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.amicale-laique-exemple.fr/actualites/loto-du-15-decembre",
        "title": "Grand loto le 15 décembre à la salle des fêtes",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.amicale-laique-exemple.fr/actualites/inscriptions-judo",
        "title": "Judo : les inscriptions restent ouvertes",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.amicale-laique-exemple.fr/actualites/bourse-aux-jouets",
        "title": "Bourse aux jouets : merci aux 40 exposants !",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.amicale-laique-exemple.fr/actualites/assemblee-generale-2026",
        "title": "Compte rendu de l’assemblée générale 2026",
        "published": None,
        "author": None,
    },
]
