"""Written page imitating a Spanish newspaper's section ("Economía"): <div class=noticia> with an
<h2> link, an entradilla ending in "Leer más", and a signature line "Por <author> | <date> |
N comentarios" where the date is "hace 3 horas", "ayer, 18:24" or "24 nov. 2026 - 09:41";
"Redacción" is the desk, not a person: that card's author is not scored. Links are
root-relative. "Lo más visto" is a sidebar.
`now` is Thursday 26 November 2026, 20:00 in Madrid.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://www.diariodelsur-ejemplo.es/economia/"
timezone = "Europe/Madrid"
now = datetime(2026, 11, 26, 19, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.diariodelsur-ejemplo.es/economia/2026/11/26/precio-luz-diciembre.html",
        "title": "El precio de la luz bajará un 12 % en diciembre",
        "published": datetime(2026, 11, 26, 16, 0, tzinfo=UTC),
        "author": "Lucía Ferrer",
    },
    {
        "link": "https://www.diariodelsur-ejemplo.es/economia/2026/11/26/paro-noviembre-andalucia.html",
        "title": "El paro baja en Andalucía por tercer mes consecutivo",
        "published": datetime(2026, 11, 26, 14, 0, tzinfo=UTC),
        "author": "Javier Ortega",
    },
    {
        "link": "https://www.diariodelsur-ejemplo.es/economia/2026/11/25/vivienda-alquiler-ley.html",
        "title": "La nueva ley de alquiler entra en vigor el 1 de enero",
        "published": datetime(2026, 11, 25, 17, 24, tzinfo=UTC),
        "author": "Lucía Ferrer",
    },
    {
        "link": "https://www.diariodelsur-ejemplo.es/economia/2026/11/24/puerto-algeciras-record.html",
        "title": "El puerto de Algeciras bate su récord de contenedores",
        "published": datetime(2026, 11, 24, 8, 41, tzinfo=UTC),
    },
    {
        "link": "https://www.diariodelsur-ejemplo.es/economia/2026/11/23/aceite-oliva-cosecha.html",
        "title": "La cosecha de aceite de oliva será la mayor en cinco años",
        "published": datetime(2026, 11, 23, 19, 5, tzinfo=UTC),
        "author": "Marta Gil",
    },
]
