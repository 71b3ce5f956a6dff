"""A link to the form for a reply under a post ("Leave a reply", "Deja una respuesta" to
``#respond``, at an address not quite the post's: "/post//#respond") is card chrome, never a
headline: with it taken for one, the parts of each card
(picture, body with its "read more", metadata line) looked like a list of three titled items
and outscored the cards (met on a Spanish blog added to the development corpus, issue 12)."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2015, 12, 8, 12, 0, tzinfo=UTC)

CARD = """<div class=item><a class=n href="https://blog.example/2015/{slug}/#commentarea">{i}</a>
<h2><a href="https://blog.example/2015/{slug}/">{title}</a></h2>
<p class=when>Publicado el {day} de noviembre de 2015 por Ana Ruiz</p>
<div class=pic><a href="https://blog.example/2015/{slug}/"><img src="/t/{slug}.jpg" alt=""></a></div>
<div class=body><p>{title}: lo que pasó y por qué importa, contado en unas pocas frases para la
portada del blog.</p><a href="https://blog.example/2015/{slug}/"> Sigue leyendo &#8594;</a></div>
<div class=meta>Publicado en <a href="https://blog.example/category/marketing/">Marketing Digital</a>
| Etiquetado como <a href="https://blog.example/tag/{slug}/">{slug}</a>
| <a href="https://blog.example/2015/{slug}//#respond">Deja una respuesta</a></div></div>"""


def test_comment_links_are_no_headlines() -> None:
    titles = ["Novedades en marketing digital", "O te renuevas o morirás", "Los datos en la empresa"]
    cards = "".join(CARD.format(i=i, slug=f"post-{i}", title=t, day=20 + i) for i, t in enumerate(titles))
    body = f"<html lang=es><head><title>Blog</title></head><body><div id=archive>{cards}</div>"
    parsed = parse_document(body.encode(), url="https://blog.example/page/7/", source_type="html", now=NOW)
    assert [(e.link, e.title) for e in parsed.entries] == [
        (f"https://blog.example/2015/post-{i}/", t) for i, t in enumerate(titles)
    ]
