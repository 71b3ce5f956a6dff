"""parse/article_authors.py: the rules for an article's authors written from the grown dev
split of the article corpus (tests/data/article_corpus/README.md), each on a page made for it."""

from __future__ import annotations

import pytest
from _article import jsonld, page, read

from aggregator.parse.article_names import names, split_names

BYLINE = (
    '<article><h1>Headline of the story</h1><p class="byline">By <a rel="author" href="/a/mh">'
    "Michael Hingston</a></p><p>Text.</p></article>"
)


def site_and_author(site: str, author: str, prop: str = 'name="author"') -> str:
    return f'<meta property="og:site_name" content="{site}"><meta {prop} content="{author}">'


def test_an_organization_named_as_the_site_is_the_publisher_not_the_author() -> None:
    head = jsonld(
        {
            "@type": "Article",
            "headline": "Headline of the story",
            "author": {
                "@type": "Organization",
                "@id": "https://www.example.org/",
                "name": "National Geographic",
            },
        }
    ) + site_and_author("National Geographic", "@NatGeoUK", 'property="article:author"')

    assert read(page(head, BYLINE)).authors == ("Michael Hingston",)


def test_a_meta_author_that_is_the_site_s_name_gives_way_to_the_byline() -> None:
    head = site_and_author("Badische Zeitung", "Badische Zeitung")

    assert read(page(head, BYLINE)).authors == ("Michael Hingston",)


def test_the_site_s_name_stays_the_author_when_nothing_names_anyone_else() -> None:
    # A personal site named after its author.
    head = site_and_author("Richard Schneeman", "Richard Schneeman")

    assert read(page(head, "<article><h1>Headline</h1><p>Text.</p></article>")).authors == (
        "Richard Schneeman",
    )


@pytest.mark.parametrize("placeholder", ["No Author", "admin", "Unknown", "@japantimes", "Redaktion"])
def test_a_cms_placeholder_or_a_social_handle_is_no_author(placeholder: str) -> None:
    assert read(page(f'<meta name="author" content="{placeholder}">')).authors == ()


def test_a_node_whose_name_is_a_list_gives_each_name() -> None:
    author = {"@type": "Person", "name": ["Paul Wiseman", "Fatima Hussein, The Associated Press"]}

    assert read(page(jsonld({"@type": "NewsArticle", "author": author}))).authors == (
        "Paul Wiseman",
        "Fatima Hussein",
    )


def test_an_author_given_by_its_bare_id_is_the_node_of_that_id() -> None:
    person = {"@type": "Person", "@id": "https://www.example.org/#/schema/person/1", "name": "Abby Patkin"}
    article = {"@type": "NewsArticle", "headline": "H", "author": "https://www.example.org/#/schema/person/1"}

    assert read(page(jsonld({"@graph": [article, person]}))).authors == ("Abby Patkin",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fatima Hussein, The Associated Press", ["Fatima Hussein"]),
        ("Alice Wu, Reuters", ["Alice Wu"]),
        ("Markus M. Haefliger, London, Beat Bumbacher", ["Markus M. Haefliger", "Beat Bumbacher"]),
        ("Benjamin Fischer und Marcus Theurer", ["Benjamin Fischer", "Marcus Theurer"]),
        ("Johnson & Johnson", ["Johnson & Johnson"]),
        ("Ralph Steiner/Carlo Natter", ["Ralph Steiner", "Carlo Natter"]),
        ("Reuters/AP", ["Reuters/AP"]),
        # A publication is never one of two joined names: the person is the author.
        ("Jane Doe and The Associated Press", ["Jane Doe"]),
        # A job title and its employer after the name ("Posted by Brian Stevens, Vice
        # President, Google Cloud"): neither is a person.
        ("Brian Stevens, Vice President, Google Cloud", ["Brian Stevens"]),
        ("Jane Doe, Chief Technology Officer, Acme Works", ["Jane Doe"]),
        # A surname that is a trade stays a name.
        ("Cyrus Engineer and Sophie Alexander", ["Cyrus Engineer", "Sophie Alexander"]),
        # A broadcaster in capitals after the name ("von David Straub, MDR THÜRINGEN").
        ("David Straub, MDR THÜRINGEN", ["David Straub"]),
        # A description of the author after the name (an affiliation, a chair), then the site.
        (
            "Povilas Aleksandravičius, Mykolo Romerio universiteto fakulteto profesorius, Lrt.lt",
            ["Povilas Aleksandravičius"],
        ),
        ("Jane Doe, professor of history at Example University", ["Jane Doe"]),
        ("JANE DOE, JOHN ROE", ["JANE DOE", "JOHN ROE"]),
    ],
)
def test_split_names(text: str, expected: list[str]) -> None:
    assert split_names(text) == expected


def test_names_keeps_a_person_shaped_site_name_only_when_asked() -> None:
    sites = ["Richard Schneeman"]

    assert names("Richard Schneeman", {}, sites, keep_site=False) == []
    assert names("Richard Schneeman", {}, sites, keep_site=True) == ["Richard Schneeman"]
    assert names({"@type": "Organization", "name": "Richard Schneeman"}, {}, sites, keep_site=True) == []


def test_a_desk_beside_a_reporter_is_not_an_author() -> None:
    article = jsonld({"@type": "NewsArticle", "author": ["Michael Rädel", "Redaktion"]})

    assert read(page(article)).authors == ("Michael Rädel",)


@pytest.mark.parametrize(
    ("author", "expected"),
    [
        ({"@type": "Person", "url": "https://www.example.org/author/jane-doe/"}, ("Jane Doe",)),
        ("https://www.example.org/authors/connor-lynch/", ("Connor Lynch",)),
        (
            {"@type": "Person", "url": "https://www.zeit.de/autoren/S/Caspar_Schwietering/index"},
            ("Caspar Schwietering",),
        ),
        ({"@type": "Person", "url": "https://www.example.org/author/no-author/"}, ()),
        ({"@type": "Person", "url": "https://www.example.org/author/12345/"}, ()),
        ({"@type": "Person", "url": "https://www.example.org/2026/11/jane-doe-wins/"}, ()),
    ],
)
def test_a_profile_address_names_the_author_when_nothing_else_does(
    author: object, expected: tuple[str, ...]
) -> None:
    assert read(page(jsonld({"@type": "NewsArticle", "headline": "H", "author": author}))).authors == expected


def test_a_byline_is_preferred_to_a_profile_address() -> None:
    head = jsonld(
        {"@type": "NewsArticle", "author": {"@type": "Person", "url": "https://www.example.org/author/mh/"}}
    )

    assert read(page(head, BYLINE)).authors == ("Michael Hingston",)


def test_a_byline_s_person_comes_before_an_organization_declared_as_the_author() -> None:
    head = jsonld({"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Associated Press"}})

    assert read(page(head, BYLINE)).authors == ("Michael Hingston",)
    assert read(page(head, "<article><h1>H</h1><p>T</p></article>")).authors == ("Associated Press",)


def test_a_desk_declared_as_the_author_gives_way_to_the_names_declared_elsewhere() -> None:
    head = jsonld(
        {"@type": "NewsArticle", "author": {"@type": "Person", "name": "Auswärtige Autoren (AA)"}}
    ) + ('<meta name="author" content="Ralph Steiner/Carlo Natter">')

    assert read(page(head)).authors == ("Ralph Steiner", "Carlo Natter")
    assert read(page(head[: head.index("<meta")])).authors == ("Auswärtige Autoren (AA)",)


def test_a_declared_author_joined_to_the_site_s_name_is_the_person() -> None:
    head = site_and_author("Unocero", "unocero - Alberto Ávila")

    assert read(page(head, "<article><h1>Titular</h1></article>", lang="es")).authors == ("Alberto Ávila",)


def test_names_keeps_a_hyphenated_name_that_is_no_site() -> None:
    assert names("Mary-Jane Watson - Reporter", sites=["Example News"]) == ["Mary-Jane Watson - Reporter"]


def test_a_graph_person_given_by_reference_gives_way_to_a_byline_naming_others() -> None:
    graph = {
        "@graph": [
            {"@type": "NewsArticle", "headline": "Headline of the story", "author": {"@id": "#/person/1"}},
            {"@type": "Person", "@id": "#/person/1", "name": "Kathleen Poster"},
        ]
    }

    assert read(page(jsonld(graph), BYLINE)).authors == ("Michael Hingston",)


def test_a_graph_person_given_by_reference_stays_when_the_byline_names_them() -> None:
    graph = {
        "@graph": [
            {"@type": "NewsArticle", "headline": "Headline of the story", "author": {"@id": "#/person/1"}},
            {"@type": "Person", "@id": "#/person/1", "name": "Michael Hingston"},
        ]
    }
    body = BYLINE.replace("</p><p>Text", " and <a rel='author' href='/a/x'>Ann Other</a></p><p>Text")

    assert read(page(jsonld(graph), body)).authors == ("Michael Hingston",)


def test_every_name_a_byline_joins_with_a_comma_is_an_author() -> None:
    # The second name has no "By" before it: it is the first one's like, joined by a comma.
    body = (
        '<article><h1>Headline of the story</h1><p class="meta">Par <span><a class="anchor" href="#a">'
        'Bertille Bayart</a></span>, <span><a class="anchor" href="#a">Marie Visot</a></span></p>'
        '<p>Text <a class="anchor" href="#n">note</a>.</p></article>'
    )

    assert read(page("", body)).authors == ("Bertille Bayart", "Marie Visot")


@pytest.mark.parametrize(
    "line",
    [
        '<p id="author_line"><a href="#">by Rose Orlik</a></p>',
        '<cite class="source"><a href="/j/"><img src="j.jpg" alt=""></a> By Jemele Hill<br>ESPN.com</cite>',
    ],
)
def test_a_byline_written_as_text_names_its_author(line: str) -> None:
    body = f"<div><h1>Headline of the story</h1>{line}<p>Text.</p></div>"

    assert read(page("", body)).authors == (line.split("y ")[1].split("<")[0].strip(),)


def test_a_form_is_no_byline_whatever_its_class() -> None:
    body = (
        '<div><h1>Headline of the story</h1><p><a href="#">by Rose Orlik</a></p>'
        '<div class="send_author"><label>To:</label><input name="to"><label>Subject:</label></div></div>'
    )

    assert read(page("", body)).authors == ("Rose Orlik",)


def test_the_site_s_name_and_magazine_is_the_publisher() -> None:
    head = site_and_author("Glamour", "Glamour Magazine")

    assert read(page(head, BYLINE)).authors == ("Michael Hingston",)


def test_a_meta_author_is_the_first_of_the_byline_s_authors() -> None:
    # One string in a <meta>: the first author; the byline's line names both.
    head = '<meta name="author" content="Cyrus Engineer">'
    body = (
        '<article><h1>Headline of the story</h1><div class="byline">By <a class="author" href="/a/">'
        "Cyrus Engineer & Sophie Alexander</a> / Published 30th December 2014</div><p>Text.</p></article>"
    )

    assert read(page(head, body)).authors == ("Cyrus Engineer", "Sophie Alexander")


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ('<p class="byline">By Jane Doe, Associated Press</p>', ("Jane Doe",)),
        ('<p class="byline">Staff report</p>', ()),
        ('<p class="meta">Words by Jane Doe</p>', ("Jane Doe",)),
    ],
)
def test_an_agency_beside_a_person_a_desk_s_report_and_a_worded_byline(
    line: str, want: tuple[str, ...]
) -> None:
    body = f"<article><h1>Headline of the story</h1>{line}<p>Text.</p></article>"

    assert read(page("", body)).authors == want


@pytest.mark.parametrize(
    ("head", "line"),
    [
        (jsonld({"@type": "NewsArticle", "author": "Jane Doe (Reuters)"}), ""),
        ("", '<p class="byline">By Jane Doe Updated 3:00 PM</p>'),
        (
            "",
            '<p>By <span itemprop="author" itemscope itemtype="https://schema.org/Person">'
            '<span itemprop="name">Jane Doe</span></span></p>',
        ),
    ],
)
def test_an_affiliation_an_update_and_a_microdata_author_outside_the_article_s_item(
    head: str, line: str
) -> None:
    body = f"<article><h1>Headline of the story</h1>{line}<p>Text.</p></article>"

    assert read(page(head, body)).authors == ("Jane Doe",)


def test_a_declared_name_written_as_its_profile_s_link_is_the_link_s_text() -> None:
    linked = '<a href="/experts/jan-nowak" hreflang="pl">Jan Nowak</a>'
    people = {"@type": "Person", "name": [linked, "Ewa Lis"]}
    head = jsonld({"@type": "Article", "headline": "Analiza", "author": people})
    body = "<article><h1>Analiza</h1><p>Tekst.</p></article>"

    assert read(page(head, body, "pl")).authors == ("Jan Nowak", "Ewa Lis")


def test_a_declared_author_in_lower_case_gives_way_to_a_person_s_name() -> None:
    # A regional desk named after its city, written in lower case as no person's name is.
    head = (
        jsonld(
            {"@type": "NewsArticle", "headline": "Debate", "author": {"@type": "Person", "name": "bogotá"}}
        )
        + '<meta property="article:author" content="Ana María Gómez">'
    )
    body = "<article><h1>Debate</h1><p>Texto.</p></article>"

    assert read(page(head, body, "es")).authors == ("Ana María Gómez",)


def test_a_meta_author_naming_the_site_s_publishing_house_gives_way_to_the_person() -> None:
    # article:author as a <meta name=…>, which OpenGraph readers skip: read after <meta name=author>.
    head = site_and_author("El Diario", "Casa Editorial El Diario") + (
        '<meta name="article:author" content="Ana María Gómez">'
    )
    body = "<article><h1>Debate</h1><p>Texto.</p></article>"

    assert read(page(head, body, "es")).authors == ("Ana María Gómez",)


def test_a_declared_login_is_written_as_the_page_signs_the_name() -> None:
    author = {"@type": "Person", "name": "maria.keller"}
    head = jsonld({"@type": "NewsArticle", "headline": "Die Wahl", "author": author})
    body = (
        "<article><h1>Die Wahl</h1><p>Text des Kommentars.</p>"
        "<p>Die Lage bleibt spannend. (Maria T. Keller)</p></article>"
    )

    assert read(page(head, body, "de")).authors == ("Maria T. Keller",)


def test_a_declared_name_joined_by_hyphens_is_written_as_the_byline_writes_it() -> None:
    author = {"@type": "Person", "name": "Lucia-Ferreira"}
    head = jsonld({"@type": "NewsArticle", "headline": "Precios", "author": author})
    body = '<article><h1>Precios</h1><p class="byline">Lucia Ferreira</p><p>Texto.</p></article>'

    assert read(page(head, body, "es")).authors == ("Lucia Ferreira",)


def test_an_author_box_s_heading_is_no_name() -> None:
    # The graph's author by "@id"; the box below the text is headed "Über den Autor".
    graph = {
        "@graph": [
            {"@type": "Article", "headline": "Fische", "author": {"@id": "https://example.org/#/person/1"}},
            {"@type": "Person", "@id": "https://example.org/#/person/1", "name": "Jonas Weber"},
        ]
    }
    body = (
        "<article><h1>Fische</h1><p>Text.</p></article>"
        "<div class='post-author'><p><strong>Über den Autor</strong></p><p>Angler seit 1990.</p></div>"
    )

    assert read(page(jsonld(graph), body, "de")).authors == ("Jonas Weber",)


def test_a_link_whose_address_urlsplit_refuses_does_not_stop_the_read() -> None:
    body = (
        '<article><h1><a href="http://[http://www.example.org/film">Headline of the story</a></h1>'
        '<p class="byline">By <a rel="author" href="http://[http://www.example.org/p/mh">'
        "Michael Hingston</a></p><p>Text.</p></article>"
    )

    article = read(page("", body))

    assert article.title == "Headline of the story"
    assert article.authors == ("Michael Hingston",)


AUTHOR_BOX = (
    '<article><h1>Headline of the story</h1><p>Text.</p></article><div class="follow_author">'
    '<div class="author_desc"><h4><b>AUTHOR</b> <span>/</span> Sierra Kilpatrick '
    '<span class="for_brd">&nbsp;</span> </h4>\n<p>\nI write about adoption.</p></div></div>'
)


def test_parsely_s_declared_author_is_read() -> None:
    head = '<meta name="parsely-author" content="Andrew Ramsey">'
    body = (
        "<article><h1>Headline of the story</h1><p>Andrew Ramsey, Melbourne Cricket Ground</p>"
        "<p>Text.</p></article>"
    )

    assert read(page(head, body)).authors == ("Andrew Ramsey",)


def test_parsely_page_json_declares_the_author() -> None:
    head = (
        '<meta name=\'parsely-page\' content=\'{"title":"Headline of the story",'
        '"author":"Ann Coulter","pub_date":"2014-12-25T16:57:37Z"}\'>'
    )
    body = (
        '<article><h1>Headline of the story</h1><div class="name">Ann Coulter</div>'
        '<a href="/author/acoulter/">See All Articles</a><p>Text.</p></article>'
    )

    assert read(page(head, body)).authors == ("Ann Coulter",)


def test_the_word_author_before_a_separator_is_a_label_not_a_name() -> None:
    assert read(page("", AUTHOR_BOX)).authors == ("Sierra Kilpatrick",)


def test_a_link_to_a_profile_page_in_lower_case_is_an_action_not_a_name() -> None:
    body = (
        '<ul><li class="login"><a href="/common/profile/login1.jsp" title="Log in">'
        '<div class="loginWrapper">log in</div></a></li></ul><h1>Headline of the story</h1>'
        '<section class="byline">By Kelly Roberson</section><p>Text.</p>'
    )

    assert read(page("", body)).authors == ("Kelly Roberson",)


def test_a_photographer_s_and_a_producer_s_credit_beside_the_writer_s_are_no_authors() -> None:
    body = (
        '<article><h1>Headline of the story</h1><div class="byline">'
        '<span class="contributor"><label>Text by</label> <span class="name">'
        '<a href="/contributors/mayer-rus">Mayer Rus</a></span> | </span>'
        '<span class="contributor"><label>Photography by</label> <span class="name">'
        '<a href="/contributors/scott-frances">Scott Frances</a></span> | </span>'
        '<span class="contributor"><label>Produced by</label> <span class="name">'
        '<a href="/contributors/howard-christian">Howard Christian</a></span></span>'
        "</div><p>Text.</p></article>"
    )

    assert read(page("", body)).authors == ("Mayer Rus",)


@pytest.mark.parametrize("written", ["Lynne Eldridge MD", "Lynne Eldridge, M.D.", "Lynne Eldridge, MD, MPH"])
def test_degrees_after_a_name_are_no_part_of_it(written: str) -> None:
    head = f'<meta name="author" content="{written}">'

    assert read(page(head, "<article><h1>Headline of the story</h1><p>Text.</p></article>")).authors == (
        "Lynne Eldridge",
    )


def test_a_declared_name_in_lower_case_the_byline_writes_so_is_the_author() -> None:
    # Someone who writes her name in lower case, declared and shown that way; the site-wide
    # <meta name=author> is the owner's.
    head = (
        jsonld(
            {"@type": "Article", "headline": "On agency", "author": {"@type": "Person", "name": "danah boyd"}}
        )
        + '<meta name="author" content="Jane Roe">'
    )
    body = '<article><h1>On agency</h1><p class="byline">By danah boyd</p><p>Text.</p></article>'

    assert read(page(head, body)).authors == ("danah boyd",)
