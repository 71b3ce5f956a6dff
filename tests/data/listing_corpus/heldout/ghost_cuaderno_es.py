"""Written page imitating a Ghost blog's home page in Spanish (Source theme, list layout): each card
is one link wrapping the image, an <h3> headline, an excerpt and a footer "Por <author>", a
<time datetime="2026-11-26"> showing "hace 2 días" or "12 nov 2026", and "4 min de lectura".
Links are root-relative. `now` is Saturday 28 November 2026, noon in Mexico City; dates are days.
"""

from datetime import UTC, date, datetime

url = "https://cuadernodecampo-ejemplo.mx/"
timezone = "America/Mexico_City"
now = datetime(2026, 11, 28, 18, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://cuadernodecampo-ejemplo.mx/colibries-en-invierno/",
        "title": "Colibríes en invierno: dónde verlos",
        "published": date(2026, 11, 26),
        "author": "Valeria Ríos",
    },
    {
        "link": "https://cuadernodecampo-ejemplo.mx/guia-de-binoculares/",
        "title": "Guía de binoculares para empezar",
        "published": date(2026, 11, 22),
        "author": "Valeria Ríos",
    },
    {
        "link": "https://cuadernodecampo-ejemplo.mx/censo-de-aves-2026/",
        "title": "Resultados del censo de aves 2026",
        "published": date(2026, 11, 12),
        "author": "Diego Salas",
    },
    {
        "link": "https://cuadernodecampo-ejemplo.mx/cuaderno-de-campo-digital/",
        "title": "Un cuaderno de campo digital, sin perder el papel",
        "published": date(2026, 11, 3),
        "author": "Diego Salas",
    },
]
