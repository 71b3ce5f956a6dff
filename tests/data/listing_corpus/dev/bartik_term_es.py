"""Written page rendered by hand from Drupal's Bartik theme (drupal/drupal @
9ae84ac45906d2f6a343174d413f89fad06c4ab1: core/themes/bartik/templates/node.html.twig; GPL-2.0-or-later)
as a Spanish taxonomy term page (views' taxonomy_term display, Drupal 9, lang=es) that keeps
Drupal's default "medium" date format, "D, m/d/Y - H:i", month first whatever the language:
"Enviado por <span property=schema:name>Ana Ruiz</span> el Vie, 12/04/2026 - 18:30" (the
Spanish translation of "Submitted by … on …", weekday abbreviations translated). Four of the
eight dates have a day above 12 and settle the order; on the other four (12/04, 11/05, 10/08,
10/02) only the order shared with the others and the weekday tell 4 December from 12 April.
Dates are expected to the minute, as shown. Then the body summary and the links "Leer más"
and "Añadir nuevo comentario". The sidebar "Contenido reciente" repeats two posts and adds two.
"""

from datetime import UTC, datetime

url = "https://huertoscomunitarios.example.es/taxonomy/term/4"
timezone = "Europe/Madrid"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://huertoscomunitarios.example.es/node/412",
        "title": "Reparto de semillas de habas y guisantes",
        "published": datetime(2026, 12, 4, 17, 30, tzinfo=UTC),
        "author": "Ana Ruiz",
    },
    {
        "link": "https://huertoscomunitarios.example.es/node/409",
        "title": "Taller de compostaje en el huerto de Lavapiés",
        "published": datetime(2026, 11, 27, 13, 5, tzinfo=UTC),
        "author": "Jorge Sanz",
    },
    {
        "link": "https://huertoscomunitarios.example.es/node/405",
        "title": "Poda de los frutales: calendario de invierno",
        "published": datetime(2026, 11, 19, 9, 45, tzinfo=UTC),
        "author": "Ana Ruiz",
    },
    {
        "link": "https://huertoscomunitarios.example.es/node/401",
        "title": "Asamblea de hortelanas y hortelanos",
        "published": datetime(2026, 11, 12, 19, 0, tzinfo=UTC),
        "author": "Lucía Ferrer",
    },
    {
        "link": "https://huertoscomunitarios.example.es/node/398",
        "title": "Resultados del análisis del suelo",
        "published": datetime(2026, 11, 5, 8, 20, tzinfo=UTC),
        "author": "Jorge Sanz",
    },
    {
        "link": "https://huertoscomunitarios.example.es/node/394",
        "title": "Nuevas parcelas para personas mayores",
        "published": datetime(2026, 10, 29, 11, 15, tzinfo=UTC),
        "author": "Lucía Ferrer",
    },
    {
        "link": "https://huertoscomunitarios.example.es/node/390",
        "title": "Cómo proteger las lechugas de los caracoles",
        "published": datetime(2026, 10, 8, 17, 40, tzinfo=UTC),
        "author": "Ana Ruiz",
    },
    {
        "link": "https://huertoscomunitarios.example.es/node/386",
        "title": "Cosecha de calabazas: récord del huerto",
        "published": datetime(2026, 10, 2, 15, 25, tzinfo=UTC),
        "author": "Jorge Sanz",
    },
]
