"""Written page imitating a Joomla 3/4 category blog (Protostar-like) in Italian: items with an
<h2> link, an article-info list "Scritto da <author>", "Pubblicato: 25 Novembre 2026" (a day;
the <time>'s datetime says 08:30 UTC), "Visite: 213", the intro text and a "Leggi tutto: <title>"
button. Links are root-relative.
"""

from datetime import UTC, date, datetime

url = "https://www.prolocovalmarina.example.it/eventi"
timezone = "Europe/Rome"
now = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.prolocovalmarina.example.it/eventi/145-presepe-vivente-2026",
        "title": "Presepe vivente 2026: il programma",
        "published": date(2026, 11, 25),
        "author": "Giulia Ferri",
    },
    {
        "link": "https://www.prolocovalmarina.example.it/eventi/144-sagra-della-castagna-bilancio",
        "title": "Sagra della castagna, un bilancio record",
        "published": date(2026, 11, 12),
        "author": "Marco Bellini",
    },
    {
        "link": "https://www.prolocovalmarina.example.it/eventi/142-concerto-banda-santa-cecilia",
        "title": "Concerto della banda per Santa Cecilia",
        "published": date(2026, 11, 2),
        "author": "Giulia Ferri",
    },
    {
        "link": "https://www.prolocovalmarina.example.it/eventi/139-mostra-fotografica-vecchia-valmarina",
        "title": 'Mostra fotografica "La vecchia Valmarina"',
        "published": date(2026, 10, 18),
        "author": "Anna Rossi",
    },
]
