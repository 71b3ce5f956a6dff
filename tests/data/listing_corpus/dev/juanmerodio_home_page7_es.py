"""Real page: page 7 of a Spanish marketing consultant's blog home (juanmerodio.com,
WordPress, custom theme, 2015 posts), saved by TeamHG-Memex/autopager for its pagination
data. Five <div class=item> in <div id=archive>: a comment count link ("5", to the post's
comments), an <h2> link, "<p class=publicado>Publicado el 30 de noviembre de 2015 por Juan
Merodio</p>" (published on … by …: a Spanish day without a time, dates are the local day in
Madrid; the byline is the name after "por"), a picture link and the post's beginning. Not
entries: the sidebar's books ("Mis Libros", seven <h3> links to books), newsletter,
WhatsApp and "Lo más visto" (most viewed) boxes, the pager. `now` is the save (March
2016).
"""

from datetime import UTC, date, datetime

url = "http://www.juanmerodio.com/page/7/"
timezone = "Europe/Madrid"
now = datetime(2016, 3, 11, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.juanmerodio.com/2015/novedades-marketing-digital-redes-sociales-diciembre-2015/",
        "title": "Novedades en Marketing Digital y Redes Sociales (Diciembre 2015)",
        "published": date(2015, 12, 7),
        "author": "Juan Merodio",
    },
    {
        "link": "http://www.juanmerodio.com/2015/renovarse-o-morir/",
        "title": "Artículo: “¡O te renuevas o morirás!",
        "published": date(2015, 12, 3),
        "author": "Juan Merodio",
    },
    {
        "link": "http://www.juanmerodio.com/2015/facebook-beacons/",
        "title": "Facebook Beacons, el dispositivo para conectar con tu cliente en el punto de venta",
        "published": date(2015, 11, 30),
        "author": "Juan Merodio",
    },
    {
        "link": "http://www.juanmerodio.com/2015/marketing-politico-hoy-gaspar-llamazares-y-fernando-del-paramo/",
        "title": "“El marketing político de hoy vs el de años atrás” con Gaspar Llamazares y Fernando del Páramo",
        "published": date(2015, 11, 27),
        "author": "Juan Merodio",
    },
    {
        "link": "http://www.juanmerodio.com/2015/datos-empresa-potenciadores-estrategia-marketing/",
        "title": "Artículo: “Los datos en la empresa como potenciadores de la estrategia de marketing”",
        "published": date(2015, 11, 25),
        "author": "Juan Merodio",
    },
]
