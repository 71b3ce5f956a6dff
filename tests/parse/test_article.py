"""parse/article.py: what an article page says about itself, one metadata path at a time."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from aggregator.exceptions import ParseError
from aggregator.parse.article import read_article

URL = "https://www.example.org/2026/11/27/article/"


def page(head: str = "", body: str = "", lang: str = "fr") -> bytes:
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>Titre de l’onglet</title>{head}</head><body>{body}</body></html>"
    ).encode()


def jsonld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def read(body: bytes, **kw: object) -> object:
    return read_article(body, url=URL, headers={"content-type": "text/html; charset=utf-8"}, **kw)  # type: ignore[arg-type]


def test_json_ld_news_article_gives_headline_date_and_every_author() -> None:
    article = read(
        page(
            jsonld(
                {
                    "@context": "https://schema.org",
                    "@type": "NewsArticle",
                    "headline": "Le Kremlin répond à Washington",
                    "datePublished": "2026-11-27T18:24:00+01:00",
                    "author": [{"@type": "Person", "name": "Jean Dupont"}, "Marie Curie"],
                }
            )
            + '<meta property="og:title" content="Autre titre">',
            "<article><h1>Encore un autre</h1></article>",
        )
    )

    assert article.title == "Le Kremlin répond à Washington"
    assert article.published == datetime(2026, 11, 27, 17, 24, tzinfo=UTC)
    assert article.day_only is False
    assert article.authors == ("Jean Dupont", "Marie Curie")
    assert dict(article.origin) == {"title": "json-ld", "published": "json-ld", "author": "json-ld"}


def test_json_ld_inside_a_graph_beside_website_and_organization() -> None:
    article = read(
        page(
            jsonld(
                {
                    "@context": "https://schema.org",
                    "@graph": [
                        {"@type": "WebSite", "name": "Le Quotidien"},
                        {"@type": "Organization", "name": "Le Quotidien SA"},
                        {
                            "@type": ["ReportageNewsArticle"],
                            "headline": "Reportage à Moscou",
                            "datePublished": "2026-11-26T08:00:00Z",
                            "author": {"@type": "Person", "name": "Anna Politkovskaïa"},
                        },
                    ],
                }
            )
        )
    )

    assert (article.title, article.authors) == ("Reportage à Moscou", ("Anna Politkovskaïa",))
    assert article.published == datetime(2026, 11, 26, 8, 0, tzinfo=UTC)


def test_json_ld_author_and_publisher_given_by_reference_as_yoast_writes_them() -> None:
    base = "https://www.example.org/"
    article = read(
        page(
            jsonld(
                {
                    "@context": "https://schema.org",
                    "@graph": [
                        {
                            "@type": "Article",
                            "@id": f"{URL}#article",
                            "headline": "Un titre | Le Blog",
                            "author": {"@id": f"{base}#/schema/person/1"},
                            "publisher": {"@id": f"{base}#organization"},
                        },
                        {"@type": "WebPage", "@id": URL, "name": "Un titre | Le Blog"},
                        {"@type": "Organization", "@id": f"{base}#organization", "name": "Le Blog"},
                        {"@type": "Person", "@id": f"{base}#/schema/person/1", "name": "Jeanne Martin"},
                    ],
                }
            )
        )
    )

    assert (article.title, article.authors) == ("Un titre", ("Jeanne Martin",))


def test_opengraph_title_loses_the_site_name_suffix_when_the_page_names_its_site() -> None:
    article = read(
        page(
            '<meta property="og:title" content="Le Kremlin répond – Le Quotidien">'
            '<meta property="og:site_name" content="Le Quotidien">'
            '<meta property="article:published_time" content="2026-11-27T10:00:00+00:00">'
            '<meta property="article:author" content="https://www.example.org/auteurs/jean">'
            '<meta name="author" content="Jean Dupont">'
        )
    )

    assert article.title == "Le Kremlin répond"
    assert article.published == datetime(2026, 11, 27, 10, 0, tzinfo=UTC)
    # article:author is a profile URL here: the <meta name="author"> gives the name.
    assert article.authors == ("Jean Dupont",)
    assert dict(article.origin) == {"title": "opengraph", "published": "opengraph", "author": "article"}


@pytest.mark.parametrize(
    ("og_title", "site", "expected"),
    [
        ("Headline | Site", "Site", "Headline"),
        ("Site: Headline", "Site", "Headline"),
        ("Headline | Site", None, "Headline | Site"),  # the page does not name its site
        ("Moscou - Paris : le vol direct reprend", "Paris", "Moscou - Paris : le vol direct reprend"),
    ],
)
def test_site_suffix_removed_only_when_it_is_the_site_s_name(
    og_title: str, site: str | None, expected: str
) -> None:
    head = f'<meta property="og:title" content="{og_title}">'
    if site:
        head += f'<meta property="og:site_name" content="{site}">'
    assert read(page(head)).title == expected


def test_the_publisher_named_in_json_ld_also_names_the_site() -> None:
    article = read(
        page(
            jsonld(
                {
                    "@context": "https://schema.org",
                    "@type": "WebPage",
                    "publisher": {"@type": "Organization", "name": "El Diario"},
                }
            )
            + '<meta property="og:title" content="Titular de hoy · El Diario">'
        )
    )
    assert article.title == "Titular de hoy"


def test_microdata_blog_posting() -> None:
    article = read(
        page(
            body=(
                '<article itemscope itemtype="https://schema.org/BlogPosting">'
                '<h2 itemprop="headline">Ein Beitrag über Moskau</h2>'
                '<meta itemprop="datePublished" content="2026-11-27T18:24:00+01:00">'
                '<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
                '<span itemprop="name">Karl Schmidt</span></span><p>Text.</p></article>'
            ),
            lang="de",
        )
    )

    assert article.title == "Ein Beitrag über Moskau"
    assert article.published == datetime(2026, 11, 27, 17, 24, tzinfo=UTC)
    assert article.authors == ("Karl Schmidt",)
    assert set(article.origin.values()) == {"microdata"}


def test_without_metadata_the_article_h1_header_time_and_byline() -> None:
    article = read(
        page(
            body=(
                '<header class="site"><h1>Le Quotidien</h1></header><main><article><header>'
                '<h1>Le titre de l’article</h1><p class="byline">Par Jeanne Martin</p>'
                '<time datetime="2026-11-27T18:24">27 novembre</time></header><p>Texte.</p>'
                "</article></main>"
            )
        ),
        timezone="Europe/Paris",
    )

    assert article.title == "Le titre de l’article"
    # No offset: the source's timezone (Paris, UTC+1 in November).
    assert article.published == datetime(2026, 11, 27, 17, 24, tzinfo=UTC)
    assert article.authors == ("Jeanne Martin",)
    assert set(article.origin.values()) == {"article"}


def test_a_day_without_time_is_noon_in_the_source_timezone() -> None:
    article = read(
        page(jsonld({"@type": "Article", "headline": "X", "datePublished": "2026-01-26"})),
        timezone="Europe/Paris",
    )
    assert article.published == datetime(2026, 1, 26, 11, 0, tzinfo=UTC)
    assert article.day_only is True


def test_htmldate_finds_a_date_the_markup_does_not_declare() -> None:
    article = read(
        page(
            body='<article><h1>Titel</h1><p class="meta">Veröffentlicht am '
            "03.11.2026</p><p>Ein langer Text über Moskau.</p></article>",
            lang="de",
        ),
        timezone="Europe/Berlin",
    )
    assert article.published == datetime(2026, 11, 3, 11, 0, tzinfo=UTC)
    assert article.origin["published"] == "htmldate"


@pytest.mark.parametrize(
    "authors",
    [
        "Jean Dupont",
        {"@type": "Person", "name": "Jean Dupont"},
        {"@type": "Person", "givenName": "Jean", "familyName": "Dupont"},
        [{"@type": "Person", "name": "Jean Dupont"}],
        [{"@type": "Organization", "name": "Jean Dupont"}, "https://example.org/about"],
    ],
)
def test_json_ld_author_variants(authors: object) -> None:
    assert read(page(jsonld({"@type": "BlogPosting", "author": authors}))).authors == ("Jean Dupont",)


def test_a_page_that_is_not_html_is_refused() -> None:
    with pytest.raises(ParseError, match="not HTML"):
        read_article(b"%PDF-1.7", url=URL, headers={"content-type": "application/pdf"})


def test_a_page_without_metadata_gives_nothing_rather_than_guessing() -> None:
    article = read(page(body="<div><p>Rien.</p></div>"))
    assert (article.title, article.authors, article.content) == (None, (), None)


# -- rules measured on the article corpus (tests/parse/test_article_corpus.py, dev pages) ------


def test_json_ld_wrapped_in_cdata_is_read_and_a_broken_block_spares_the_others() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "WebPage", "name": oops}</script>'
        '<script type="application/ld+json">\n  <![CDATA[\n  '
        + json.dumps(
            {
                "@context": {"@vocab": "http://schema.org"},
                "@type": "NewsArticle",
                "headline": "Der Gipfel endet ohne Einigung",
                "datePublished": "2026-11-27T18:24:00+01:00",
                "author": [{"@type": "Person", "name": "Anna Beispiel"}],
            }
        )
        + "\n  ]]>\n</script>"
    )
    article = read(page(head, "<article><h1>Der Gipfel</h1></article>"))

    assert article.title == "Der Gipfel endet ohne Einigung"
    assert article.published == datetime(2026, 11, 27, 17, 24, tzinfo=UTC)
    assert article.authors == ("Anna Beispiel",)


def test_json_ld_date_created_yields_to_the_publication_date_given_elsewhere() -> None:
    article = read(
        page(
            jsonld({"@type": "NewsArticle", "headline": "H", "dateCreated": "2026-11-28T10:41:09Z"}),
            '<article><header><time datetime="2026-11-27T14:15:00Z">27 November</time></header></article>',
        )
    )

    assert article.published == datetime(2026, 11, 27, 14, 15, tzinfo=UTC)


def test_json_ld_date_created_when_nothing_else_dates_the_page() -> None:
    article = read(
        page(jsonld({"@type": "NewsArticle", "headline": "H", "dateCreated": "2026-11-28T10:41:09Z"}))
    )

    assert article.published == datetime(2026, 11, 28, 10, 41, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    "meta",
    [
        '<meta name="date" content="2026-11-27 18:24:49">',
        '<meta name="DC.date.issued" content="2026-11-27T18:24:49">',
        '<meta itemprop="datePublished" content="2026-11-27T18:24:49">',
    ],
)
def test_a_publication_date_in_plain_meta_is_read_in_the_source_timezone(meta: str) -> None:
    article = read(page(meta, "<article><h1>Titre</h1></article>"), timezone="Europe/Paris")

    assert article.published == datetime(2026, 11, 27, 17, 24, 49, tzinfo=UTC)
    assert article.origin["published"] == "article"


def test_article_author_in_a_meta_name_rather_than_property() -> None:
    article = read(
        page('<meta name="article:author" content="Laurie Oakes">', "<article><h1>T</h1></article>")
    )

    assert article.authors == ("Laurie Oakes",)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ('<p class="byline">by: Laurie Oakes</p>', ("Laurie Oakes",)),
        ('<div class="byline">James Akinaka • 8h</div>', ("James Akinaka",)),
        ('<p class="byline">by Lucas Nolan<span>22 Dec 2016</span><span>651</span></p>', ("Lucas Nolan",)),
        ('<span class="ArticleHeader__byline">by Laura June Topolsky</span>', ("Laura June Topolsky",)),
        (
            '<div class="byline"><a class="byline__author">Mark Di Stefano</a>'
            '<div class="byline__title">News Reporter</div></div>',
            ("Mark Di Stefano",),
        ),
        (
            '<div class="article-byline">By <span class="byline-name">Stella Kim</span> and '
            '<span class="byline-name">Jennifer Jett</span></div>',
            ("Stella Kim", "Jennifer Jett"),
        ),
    ],
)
def test_a_byline_gives_the_names_without_by_dates_or_roles(byline: str, names: tuple[str, ...]) -> None:
    article = read(page("", f"<article><h1>Titre</h1>{byline}<p>Texte.</p></article>"))

    assert article.authors == names


def test_a_byline_outside_the_article_element_under_the_headline() -> None:
    body = (
        '<article class="promo"><p>Ailleurs</p></article>'
        '<h1>Attack stokes fears</h1><span class="pb-byline">By Erin Cunningham</span>'
        '<div class="comments"><span class="author-name">A commenter</span></div>'
    )

    assert read(page("", body)).authors == ("Erin Cunningham",)


def test_comment_authors_are_never_the_byline() -> None:
    body = (
        '<article><h1>T</h1><p>Text.</p><ol class="commentlist"><cite class="author">Jo</cite></ol></article>'
    )

    assert read(page("", body)).authors == ()


def test_a_headline_cut_at_the_search_engine_limit_is_completed_from_the_h1() -> None:
    whole = (
        "Sanna Marin tapasi Angela Merkelin: Saksa haluaa pitää kiinni maataloustuista"
        " – nettomaksajan näkemyksiä ei ole otettu huomioon"
    )
    cut = whole[:110].rsplit(" ", 1)[0]
    article = read(
        page(jsonld({"@type": "NewsArticle", "headline": cut}), f"<article><h1>{whole}</h1></article>")
    )

    assert article.title == whole


def test_a_short_headline_is_kept_when_the_h1_adds_to_it() -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "Kaeser verarscht Neubauer"})
    article = read(page(head, "<article><h1>Kaeser verarscht Neubauer: ein Kommentar</h1></article>"))

    assert article.title == "Kaeser verarscht Neubauer"


def test_a_site_name_with_its_tagline_is_removed_by_its_first_part() -> None:
    head = (
        '<meta property="og:site_name" content="Aktuálně.cz - Víte, co se právě děje">'
        '<meta property="og:title" content="West Ham hrozí gigantům | Aktuálně.cz">'
    )

    assert read(page(head)).title == "West Ham hrozí gigantům"


def test_a_day_from_metadata_gets_its_time_from_the_dateline_in_the_zone_it_names() -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "H", "datePublished": "2017-01-18"})
    body = '<article><h1>H</h1><time class="timeStamp">January 18, 2017 11:00 PM PST</time></article>'
    article = read(page(head, body, lang="en"), timezone="America/Los_Angeles")

    assert article.published == datetime(2017, 1, 19, 7, 0, tzinfo=UTC)
    assert article.day_only is False
    assert article.origin["published"] == "article"


@pytest.mark.parametrize(
    ("dateline", "lang", "timezone", "want"),
    [
        # In a byline's block, an update after it.
        (
            '<div><span class="author">Desk</span> on December 27, 2014 at 12:06 PM, updated '
            '<span class="updated">December 27, 2014 at 12:10 PM</span></div>',
            "en",
            "America/New_York",
            datetime(2014, 12, 27, 17, 6, tzinfo=UTC),
        ),
        # A short word between the date and a dotted clock.
        (
            '<span class="article__date">19.2.2020 klo 14.00</span>',
            "fi",
            "Europe/Helsinki",
            datetime(2020, 2, 19, 12, 0, tzinfo=UTC),
        ),
    ],
)
def test_dateline_forms(dateline: str, lang: str, timezone: str, want: datetime) -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "H", "datePublished": want.date().isoformat()})
    article = read(page(head, f"<article><h1>H</h1>{dateline}</article>", lang=lang), timezone=timezone)

    assert article.published == want


def test_a_dateline_of_another_day_or_an_update_does_not_change_the_day() -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "H", "datePublished": "2026-11-27"})
    body = (
        '<article><h1>H</h1><span class="date-updated">November 27, 2026 8:15 PM</span>'
        "<aside><time>November 25, 2026 9:00 AM</time></aside></article>"
    )
    article = read(page(head, body, lang="en"), timezone="UTC")

    assert article.published == datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
    assert article.day_only is True


def test_the_site_s_address_is_a_site_name_too() -> None:
    head = (
        '<meta property="og:site_name" content="Example">'
        '<meta property="og:title" content="Le titre - Example.org">'
    )

    assert read_article(page(head), url="https://www.example.org/le-titre/").title == "Le titre"


def test_an_address_is_never_an_author() -> None:
    head = (
        '<meta property="article:author" content="facebook.com/example">'
        '<meta name="author" content="Jane Doe">'
    )

    assert read(page(head, "<article><h1>T</h1></article>")).authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("title", "body", "want"),
    [
        ("Le titre | Site", "<h1>Site</h1><div><h1>Le titre</h1></div>", "Le titre"),
        ("Site | Le titre", "<h1>Site</h1><main><h1>Le titre</h1></main>", "Le titre"),
        ("Titre de l’onglet", "<h1>Site</h1><article><h1>Le titre</h1></article>", "Le titre"),
    ],
)
def test_without_metadata_the_h1_the_document_title_repeats(title: str, body: str, want: str) -> None:
    doc = (
        f'<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body>{body}</body></html>"
    )

    assert read(doc.encode()).title == want
