"""Written page imitating a Hugo blog's tag page in French: <li class=post-item> with an <h2>
link, "<time datetime="2026-01-26">26 janvier 2026</time> · par <author>" and a summary ending
in "Lire la suite →". Dates are days only (a day must stay that day for readers in UTC); a title
mentions "15 décembre", which is not a date of the post.
"""

from datetime import UTC, date, datetime

url = "https://carnets.exemple.fr/tags/patrimoine/"
timezone = "Europe/Paris"
now = datetime(2026, 1, 27, 9, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://carnets.exemple.fr/2026/01/vitraux-de-chartres/",
        "title": "Les vitraux de Chartres, restaurés et contestés",
        "published": date(2026, 1, 26),
        "author": "Claire Dubois",
    },
    {
        "link": "https://carnets.exemple.fr/2026/01/marche-de-noel-bilan/",
        "title": "Marché de Noël du 15 décembre : le bilan des commerçants",
        "published": date(2026, 1, 19),
        "author": "Claire Dubois",
    },
    {
        "link": "https://carnets.exemple.fr/2026/01/bibliotheque-horaires/",
        "title": "La médiathèque ouvre désormais le dimanche",
        "published": date(2026, 1, 8),
        "author": "Paul Garnier",
    },
    {
        "link": "https://carnets.exemple.fr/2025/12/crue-de-l-eure/",
        "title": "Crue de l’Eure : les photos de nos lecteurs",
        "published": date(2025, 12, 29),
        "author": "Paul Garnier",
    },
    {
        "link": "https://carnets.exemple.fr/2025/12/concert-cathedrale/",
        "title": "Un concert d’orgue « pour les 800 ans »",
        "published": date(2025, 12, 14),
        "author": "Claire Dubois",
    },
]
