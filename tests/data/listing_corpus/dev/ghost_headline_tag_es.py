"""Written page rendered by hand from Ghost's Headline theme (TryGhost/Headline @
d03fc7bbd743793396627c5cb8dce9b28901f984: tag.hbs, partials/loop-grid.hbs, default.hbs; MIT)
as a Spanish tag page (lang=es) without a tag image: each <article class=gh-card> is one
<a class=gh-card-link> wrapping the picture, an <h3 class=gh-card-title>, the excerpt and a
footer of <span class=gh-card-author> (several authors joined by ", ") and `{{date format="DD
MMM YYYY"}}` in Spanish ("04 dic. 2026", moment's abbreviations with a dot), so the author
and date are inside the card's only link. The post by two authors is left without an author
expectation (the reader keeps one name); the others are scored. No pager on the page (Ghost's
Headline loads more on scroll).
"""

from datetime import UTC, date, datetime

url = "https://cronica-serrana.example.es/tag/montana/"
timezone = "Europe/Madrid"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://cronica-serrana.example.es/nieve-en-la-sierra-de-guadarrama/",
        "title": "Primera nevada en Guadarrama: cierran dos puertos",
        "published": date(2026, 12, 4),
        "author": "Irene Castro",
    },
    {
        "link": "https://cronica-serrana.example.es/rebanos-trashumancia-diciembre/",
        "title": "Los últimos rebaños de la trashumancia llegan a Extremadura",
        "published": date(2026, 12, 3),
        "author": "Pablo Muñoz",
    },
    {
        "link": "https://cronica-serrana.example.es/refugio-de-la-pedriza-reabre/",
        "title": "El refugio Giner de los Ríos reabre tras la reforma",
        "published": date(2026, 12, 1),
    },
    {
        "link": "https://cronica-serrana.example.es/buitres-leonados-censo/",
        "title": "El censo de buitre leonado crece un 12 % en la sierra",
        "published": date(2026, 11, 27),
        "author": "Marta Gil de Biedma",
    },
    {
        "link": "https://cronica-serrana.example.es/ruta-de-los-molinos/",
        "title": "La ruta de los molinos del Lozoya, señalizada de nuevo",
        "published": date(2026, 11, 24),
        "author": "Pablo Muñoz",
    },
    {
        "link": "https://cronica-serrana.example.es/incendio-prevencion-invierno/",
        "title": "Desbroces de invierno para prevenir los incendios de verano",
        "published": date(2026, 11, 20),
        "author": "Irene Castro",
    },
    {
        "link": "https://cronica-serrana.example.es/queseria-artesanal-premio/",
        "title": "Una quesería de Rascafría, premiada en Oviedo",
        "published": date(2026, 11, 16),
        "author": "Marta Gil de Biedma",
    },
    {
        "link": "https://cronica-serrana.example.es/tren-de-cercanias-cotos/",
        "title": "El tren a Cotos volverá a circular en primavera",
        "published": date(2026, 11, 12),
        "author": "Pablo Muñoz",
    },
    {
        "link": "https://cronica-serrana.example.es/castanas-mercado-sierra/",
        "title": "Temporada de castañas: precios y mercados",
        "published": date(2026, 11, 8),
        "author": "Irene Castro",
    },
]
