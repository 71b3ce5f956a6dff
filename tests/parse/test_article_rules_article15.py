"""parse/article.py: rules written from the article corpus's dev pages added on branch
article15 (Latin American and Caribbean papers, a Finnish company magazine, a Cuban daily):
a declared date that is the UTC time marked with the site's offset, byline labels in other
words and languages, a credits block's writer, a byline template left unfilled, several
authors each in a line of their own."""

from __future__ import annotations

from datetime import UTC, datetime

from _article import jsonld, page

from aggregator.parse.article import read_article

URL = "https://www.example.com.pa/panama/continuan-protestas-campesinos-guatemala/24199433"
HEADLINE = "Continúan las protestas de campesinos en Guatemala"
TEXT = (
    "<p>La organización social Comité de Desarrollo Campesino bloqueó este martes, por segundo día "
    "consecutivo, más de 17 carreteras en toda Guatemala como medida de protesta contra el Gobierno.</p>"
)


def _read(body: str, head: str = "", lang: str = "es", timezone: str = "America/Panama") -> object:
    return read_article(page(head=head, body=body, lang=lang, title=HEADLINE), url=URL, timezone=timezone)


def test_a_declared_time_that_is_the_shown_time_in_utc_marked_with_the_site_s_offset() -> None:
    # 9:10 p.m. in Panama (UTC-5) is 02:10 UTC the next day; the JSON-LD wrote 02:10-05:00.
    head = jsonld({"@type": "NewsArticle", "headline": HEADLINE, "datePublished": "2022-04-27T02:10-05:00"})
    body = (
        f"<main><h1>{HEADLINE}</h1><div class='publishedOn'>martes 26 de abril de 2022 - 9:10 p.m.</div>"
        f"{TEXT}</main>"
    )
    article = _read(body, head)
    assert article.published == datetime(2022, 4, 27, 2, 10, tzinfo=UTC)  # type: ignore[attr-defined]


def test_a_declared_time_an_hour_off_the_shown_one_is_kept() -> None:
    # Not the UTC clock: the declared time stands (the line is an hour before it, no offset's error).
    head = jsonld({"@type": "NewsArticle", "headline": HEADLINE, "datePublished": "2022-04-26T22:10-05:00"})
    body = (
        f"<main><h1>{HEADLINE}</h1><div class='publishedOn'>martes 26 de abril de 2022 - 9:10 p.m.</div>"
        f"{TEXT}</main>"
    )
    article = _read(body, head)
    assert article.published == datetime(2022, 4, 27, 3, 10, tzinfo=UTC)  # type: ignore[attr-defined]


def _authors(body: str, lang: str = "es") -> list[str]:
    return list(_read(body, lang=lang).authors)  # type: ignore[attr-defined]


def test_written_by_in_spanish_as_the_byline_s_text() -> None:
    body = (
        f"<main><h2>{HEADLINE}</h2><dl class='article-info'><dd class='published'>Publicado: Jueves, "
        "21 Abril 2022 04:45</dd><dd class='createdby'>Escrito por Jose Pablo Segura Vargas</dd></dl>"
        f"{TEXT}</main>"
    )
    assert _authors(body) == ["Jose Pablo Segura Vargas"]


def test_article_by_as_a_label_of_its_own_before_the_name() -> None:
    body = (
        f"<main><h1>{HEADLINE}</h1><div><span class='label'>Article by</span><br>"
        f"<span class='name'>Barry Alleyne </span></div>{TEXT}</main>"
    )
    assert _authors(body, lang="en") == ["Barry Alleyne"]


def test_the_writer_of_a_credits_block_at_the_foot() -> None:
    body = (
        f"<main><article><h1>{HEADLINE}</h1>{TEXT}{TEXT}"
        "<h6>Teksti: Petteri Harjula<br>Kuvat: Tommi Tuomi<br>Graafi: Tuija Siekkinen</h6></article></main>"
    )
    assert _authors(body, lang="fi") == ["Petteri Harjula"]


def test_a_byline_template_left_unfilled_names_nobody() -> None:
    body = f"<main><h1>{HEADLINE}</h1><div class='byline'>by#meta[ag-author]</div>{TEXT}</main>"
    assert _authors(body, lang="en") == []


def test_several_authors_each_in_a_line_of_their_own_beside_their_addresses() -> None:
    # Each line "Autor: <a rel=author><span class=byline-author>Name</span></a> | address": the
    # addresses make the box of lines longer than a byline, not its names.
    lines = "".join(
        f"<p><span class='story-author'>Autor: <a href='/archivo?a={n}' rel='author'>"
        f"<span class='byline-author'>{name}</span></a> | "
        f"<a href='mailto:{mail}@example.cu'>{mail}@example.cu</a></span></p>"
        for n, (name, mail) in enumerate(
            (
                ("Alina Perera Robbio", "alina.perera.robbio"),
                ("Yaima Puig Meneses", "yaima.puig.meneses"),
                ("René Tamayo León", "rene.tamayo.leon"),
            )
        )
    )
    dateline = "<p><time class='dateline'>26 de abril de 2022 23:04:54</time></p>"
    body = f"<main><h1>{HEADLINE}</h1><div class='story-meta'>{lines}{dateline}</div>{TEXT}</main>"
    assert _authors(body) == ["Alina Perera Robbio", "Yaima Puig Meneses", "René Tamayo León"]


def test_text_with_no_picture_credit_beside_it_is_no_writer_s_credit() -> None:
    body = f"<main><article><h1>{HEADLINE}</h1>{TEXT}<p>Texto: Constitución Política</p></article></main>"
    assert _authors(body) == []


def test_an_acronym_declared_as_the_author_gives_way_to_the_person_the_byline_names() -> None:
    # The <meta> names the company that owns the paper ("GESE - La Estrella de Panamá"), which
    # its pages mention elsewhere; the byline names the reporter.
    head = (
        '<meta name="author" content="GESE - La Estrella de Panamá">'
        '<meta property="og:site_name" content="La Estrella de Panamá">'
    )
    body = (
        f"<nav><a href='/tarifario'>Tarifario GESE 2022</a></nav><main><h1>{HEADLINE}</h1>"
        "<div class='publish-info'><div class='author'><ul class='list-authors'><li><span>Por</span>"
        "<strong class='author-name'>María Alejandra Carrasquilla Reina</strong></li></ul></div></div>"
        f"{TEXT}</main>"
    )
    assert list(_read(body, head).authors) == ["María Alejandra Carrasquilla Reina"]  # type: ignore[attr-defined]


def test_an_acronym_declared_and_shown_as_the_byline_stays() -> None:
    head = '<meta name="author" content="AFP">'
    body = f"<main><h1>{HEADLINE}</h1><div class='byline'>AFP</div>{TEXT}</main>"
    assert list(_read(body, head).authors) == ["AFP"]  # type: ignore[attr-defined]
