"""parse/article.py: the rules written from the article corpus's dev pages
(tests/parse/test_article_corpus.py), one failure kind at a time, on pages made for the rule."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from _article import jsonld, page, read

from aggregator.parse.article import read_article


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


def test_a_placeholder_date_is_no_date() -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "H", "datePublished": "0001-01-01T00:00:00Z"})
    body = '<article><h1>H</h1><time datetime="2019-11-19T15:02:00Z">Nov 19</time></article>'

    assert read(page(head, body)).published == datetime(2019, 11, 19, 15, 2, tzinfo=UTC)


def test_a_dateline_naming_its_zone_corrects_a_metadata_time_off_by_whole_hours() -> None:
    # The metadata wrote Eastern local time with a "Z".
    head = jsonld({"@type": "NewsArticle", "headline": "H", "datePublished": "2019-11-18T10:45:00Z"})
    body = (
        '<article><h1>H</h1><div class="byline">Monday November 18, 2019 7:45 am PST by Joe</div></article>'
    )

    assert read(page(head, body, lang="en")).published == datetime(2019, 11, 18, 15, 45, tzinfo=UTC)


def test_a_dateline_that_agrees_or_names_no_zone_leaves_the_metadata_time() -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "H", "datePublished": "2019-11-18T10:45:00Z"})
    for line in ("November 18, 2019 10:45 am UTC", "November 18, 2019 7:45 am"):
        body = f'<article><h1>H</h1><span class="date">{line}</span></article>'
        assert read(page(head, body, lang="en")).published == datetime(2019, 11, 18, 10, 45, tzinfo=UTC)


def test_without_a_declared_date_the_dateline_that_writes_its_year() -> None:
    body = (
        '<article><h1>Meth campaign</h1><div class="publish-date">Published 10:02 AM EST Nov 19, 2019</div>'
        "<p>Text.</p></article>"
    )
    article = read(page("", body, lang="en"), timezone="America/Chicago")

    assert article.published == datetime(2019, 11, 19, 15, 2, tzinfo=UTC)
    assert article.origin["published"] == "article"


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ('<h3 class="byline">by Jeff Foust<br>Monday, November 18, 2019</h3>', ("Jeff Foust",)),
        (
            '<span class="author">Lisa Kaczke and Trevor J. Mitchell</span>',
            ("Lisa Kaczke", "Trevor J. Mitchell"),
        ),
        ('<span class="author">Johnson &amp; Johnson</span>', ("Johnson & Johnson",)),
        ('<span class="author">AP and TOI staff</span>', ("AP and TOI staff",)),
    ],
)
def test_byline_lines_and_joined_names(byline: str, names: tuple[str, ...]) -> None:
    assert read(page("", f"<article><h1>Titre</h1>{byline}</article>")).authors == names


@pytest.mark.parametrize(
    ("declared", "body", "want"),
    [
        # Another headline for readers than for search engines: the displayed one.
        (
            "Disney+ glitches blamed on heavy demand says executive Kevin Mayer",
            "<div><h1>‘We had some issues,’ exec says on Disney+ glitches</h1></div><main><p>T</p></main>",
            "‘We had some issues,’ exec says on Disney+ glitches",
        ),
        # A kicker or a byline inside the <h1>: the declared headline.
        (
            "Wie Firmen ihre Beschäftigten schützen",
            "<article><h1>Abstandsregeln : Wie Firmen ihre Beschäftigten schützen</h1></article>",
            "Wie Firmen ihre Beschäftigten schützen",
        ),
        # The site's logo, a short label: the declared headline.
        (
            "Mark Meadows accused of timing retirement",
            "<article><h1>POLITICO</h1></article>",
            "Mark Meadows accused of timing retirement",
        ),
        (
            "Mark Meadows accused of timing retirement",
            "<article><h1>Latest news</h1></article>",
            "Mark Meadows accused of timing retirement",
        ),
    ],
)
def test_the_displayed_headline_against_the_declared_one(declared: str, body: str, want: str) -> None:
    article = read(page(jsonld({"@type": "NewsArticle", "headline": declared}), body))

    assert article.title == want


def test_a_declared_headline_ending_in_dots_gives_way_to_the_h1_without_them() -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "Singer says ‘I’m trying not to panic’..."})
    body = "<article><h1>Singer says ‘I’m trying not to panic’</h1></article>"

    assert read(page(head, body)).title == "Singer says ‘I’m trying not to panic’"


def test_a_separator_left_by_an_empty_site_name_is_dropped() -> None:
    head = '<meta property="og:title" content="Pferdesport definitiv bei Olympia 2028 dabei -">'

    assert read(page(head, lang="de")).title == "Pferdesport definitiv bei Olympia 2028 dabei"


def test_a_metadata_time_the_page_shows_as_its_update_gives_way_to_the_published_line() -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "H", "datePublished": "2023-11-08T20:14:24.000Z"})
    body = (
        '<article><h1>H</h1><div class="meta"><span class="author">By <a href="/author/jd">Jane Doe</a>'
        '</span><div class="published-date"><span>Published 8th Nov 2023, 18:58 GMT</span></div>'
        '<div class="published-date"><span>Updated 8th Nov 2023, 20:14 GMT</span></div></div>'
        "<p>Text.</p></article>"
    )
    article = read(page(head, body, lang="en"), timezone="Europe/London")

    assert article.published == datetime(2023, 11, 8, 18, 58, tzinfo=UTC)
    assert article.origin["published"] == "article"


def test_a_published_line_apart_from_the_metadata_without_an_update_there_is_not_taken() -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "H", "datePublished": "2023-11-08T20:14:24.000Z"})
    body = (
        '<article><h1>H</h1><div class="published-date"><span>Published 8th Nov 2023, 18:58 GMT'
        "</span></div><p>Text.</p></article>"
    )
    article = read(page(head, body, lang="en"), timezone="Europe/London")

    assert article.published == datetime(2023, 11, 8, 20, 14, 24, tzinfo=UTC)


def test_a_site_name_after_a_single_angle_quote_is_removed() -> None:
    head = (
        '<meta property="og:site_name" content="Meedia">'
        '<meta property="og:title" content="Wie Freenet gewinnen will › Meedia">'
    )

    assert read(page(head, lang="de")).title == "Wie Freenet gewinnen will"


def test_a_local_time_the_metadata_marked_utc_gives_way_to_the_dateline() -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "H", "datePublished": "2016-03-08T15:30:55+00:00"})
    body = '<article><h1>H</h1><div class="date">08.03.2016 um 15:30 Uhr</div><p>Text.</p></article>'
    article = read(page(head, body, lang="de"), timezone="Europe/Berlin")

    assert article.published == datetime(2016, 3, 8, 14, 30, tzinfo=UTC)


def test_a_dateline_an_hour_from_the_metadata_with_another_clock_is_not_taken() -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "H", "datePublished": "2016-03-08T15:30:55+00:00"})
    body = '<article><h1>H</h1><div class="date">08.03.2016 um 17:30 Uhr</div><p>Text.</p></article>'
    article = read(page(head, body, lang="de"), timezone="Europe/Berlin")

    assert article.published == datetime(2016, 3, 8, 15, 30, 55, tzinfo=UTC)
