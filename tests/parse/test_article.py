"""parse/article.py: what an article page says about itself, one metadata path at a time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from _article import URL, jsonld, page, read

from aggregator.exceptions import ParseError
from aggregator.parse.article import read_article


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
            # after the text: no dateline of the article's head (parse/article_head.py)
            body='<article><h1>Titel</h1><p>Ein langer Text über Moskau.</p><p class="meta">'
            "Veröffentlicht am 03.11.2026</p></article>",
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
