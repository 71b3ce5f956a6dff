"""parse/article.py: rules written from the article corpus's dev pages added on branch article4
(tests/parse/test_article_corpus.py), where what the page shows settles what its metadata
leaves open: declared dates that disagree, a site's name written otherwise, an author's name
written whole in the byline, a byline's "By" as a label of its own, other <meta> authors."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import lxml.html
import pytest
from _article import jsonld, page, read

from aggregator.parse.article import read_article
from aggregator.parse.article_authors import fuller
from aggregator.parse.article_dateline import dateline_date


def test_a_site_name_written_otherwise_than_the_page_names_its_site_is_removed() -> None:
    # "La Stampa" on the site "lastampa.it" (its host's label "lastampa"): the same letters.
    head = (
        '<meta property="og:site_name" content="lastampa.it">'
        '<meta property="og:title" content="Perturbazione polare al Centro e al Sud - La Stampa">'
    )
    url = "https://www.lastampa.it/cronaca/2020/02/19/news/temperature-1.38487954"

    assert read_article(page(head, lang="it"), url=url).title == "Perturbazione polare al Centro e al Sud"


def test_a_last_part_that_is_not_the_site_s_name_stays() -> None:
    head = (
        '<meta property="og:site_name" content="lastampa.it">'
        '<meta property="og:title" content="Roma - Lazio">'
    )
    url = "https://www.lastampa.it/sport/2020/02/19/news/derby-1.38487955"

    assert read_article(page(head, lang="it"), url=url).title == "Roma - Lazio"


def test_declared_dates_that_disagree_the_one_the_dateline_shows_wins() -> None:
    # The JSON-LD keeps the draft's date, OpenGraph and the dateline the publication's.
    head = jsonld({"@type": "NewsArticle", "headline": "H", "datePublished": "2023-11-03T10:25:56+00:00"}) + (
        '<meta property="article:published_time" content="2023-11-06T14:25:00+00:00">'
    )
    body = (
        '<article><h1>H</h1><p class="byline">Von Katharina Schmidt <span class="entry-date">'
        "6. November 2023, 15:25 Uhr</span></p></article>"
    )
    article = read(page(head, body, lang="de"), timezone="Europe/Berlin")

    assert article.published == datetime(2023, 11, 6, 14, 25, tzinfo=UTC)


def test_a_zoneless_published_time_the_dateline_shows_wins_over_the_json_ld_s() -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "H", "datePublished": "2022-02-04T11:17:48+0100"}) + (
        '<meta property="og:published_time" content="2022-02-04T11:38:00">'
    )
    body = '<article><h1>H</h1><time class="date">Freitag, 04.02.2022 | 11:38 Uhr</time></article>'
    article = read(page(head, body, lang="de"), timezone="Europe/Berlin")

    assert article.published == datetime(2022, 2, 4, 10, 38, tzinfo=UTC)


def test_a_plain_meta_date_the_dateline_shows_wins_over_another_meta_s() -> None:
    # "pubdate" is the story's first version; "date" and the dateline its current one.
    head = (
        '<meta name="pubdate" content="2021-12-14T15:41:07+01:00">'
        '<meta name="date" content="2022-02-04 15:33">'
    )
    body = '<article><h1>H</h1><div class="author">04.02.2022 | 15:33 Uhr | Dennis Steimels</div></article>'
    article = read(page(head, body, lang="de"), timezone="Europe/Berlin")

    assert article.published == datetime(2022, 2, 4, 14, 33, tzinfo=UTC)


def test_declared_dates_that_disagree_keep_the_first_when_no_dateline_shows_either() -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "H", "datePublished": "2023-11-03T10:25:56+00:00"}) + (
        '<meta property="article:published_time" content="2023-11-06T14:25:00+00:00">'
    )
    body = '<article><h1>H</h1><div class="date">7. November 2023, 09:00 Uhr</div></article>'
    article = read(page(head, body, lang="de"), timezone="Europe/Berlin")

    assert article.published == datetime(2023, 11, 3, 10, 25, 56, tzinfo=UTC)


@pytest.mark.parametrize(
    "meta",
    [
        '<meta name="dc.creator" content="Elizabeth Gibney">',
        '<meta name="DC.Creator" content="Elizabeth Gibney">',
        '<meta name="citation_author" content="Elizabeth Gibney">',
        '<meta name="byl" content="By Elizabeth Gibney">',
    ],
)
def test_dublin_core_citation_and_byl_metas_name_the_author(meta: str) -> None:
    # Before a footer's link to "/authors/editorial_policies/" could pass for a byline.
    body = (
        "<article><h1>H</h1><p>Text.</p></article>"
        '<footer><a href="/authors/editorial_policies/">Editorial policies</a></footer>'
    )

    assert read(page(meta, body, lang="en")).authors == ("Elizabeth Gibney",)


@pytest.mark.parametrize(
    ("declared", "shown", "whole"),
    [
        ("Todd", '<div><p><strong>By</strong></p><p class="full-name">Todd Bates</p></div>', "Todd Bates"),
        (
            "Timothy Nerozzi",
            '<div class="author-byline">By <a href="/person/n/timothy-nerozzi">'
            "Timothy H.J. Nerozzi</a></div>",
            "Timothy H.J. Nerozzi",
        ),
    ],
)
def test_a_declared_name_the_byline_writes_whole_is_taken_whole(
    declared: str, shown: str, whole: str
) -> None:
    # The account's short form ("Todd", no middle initials) of the name under the headline.
    head = jsonld({"@type": "NewsArticle", "headline": "H", "author": {"@type": "Person", "name": declared}})
    body = f"<article><h1>H</h1>{shown}<p>Text.</p></article>"

    assert read(page(head, body, lang="en")).authors == (whole,)


def test_fuller_keeps_a_declared_name_the_byline_does_not_write_whole() -> None:
    assert fuller(["Todd", "Jane Doe"], ["Todd Bates", "Jane Smith"]) == ["Todd Bates", "Jane Doe"]
    assert fuller(["Jane Doe"], ["Jane Doe"]) == ["Jane Doe"]
    assert fuller(["Jane Doe"], ["Jane Q. Public"]) == ["Jane Doe"]


@pytest.mark.parametrize(
    "byline",
    [
        '<div class="full-name-wrapper"><p class="label"><strong>By</strong></p>'
        '<p class="full-name">Todd Bates</p></div>',
        '<div class="dates_calcul">par <span class="who">Didier Roy</span>, 21 juin 2018</div>',
    ],
)
def test_a_byline_s_word_as_a_label_of_its_own_names_what_follows(byline: str) -> None:
    body = f"<article><h1>H</h1>{byline}<p>Text.</p></article>"

    assert read(page("", body, lang="en")).authors[0] in ("Todd Bates", "Didier Roy")


def test_a_by_within_a_sentence_is_no_byline() -> None:
    body = (
        "<article><h1>H</h1><p>Text.</p></article><aside><span>Designers test out a case by"
        " <ins>throwing</ins> phones</span></aside>"
    )

    assert read(page("", body, lang="en")).authors == ()


def test_the_first_words_of_the_site_s_name_are_the_publisher_not_the_author() -> None:
    # A blog's owner named as the author of every post ("Google" of "Google Online Security
    # Blog"): the post's own byline names its authors.
    head = '<meta property="og:site_name" content="Google Online Security Blog">' + jsonld(
        {"@type": "BlogPosting", "headline": "H", "author": {"@type": "Person", "name": "Google"}}
    )
    body = (
        '<article><h1>H</h1><span class="byline-author">Posted by Nathan Parker and Eric Mill'
        " - Chrome Safe Browsing team</span><p>Text.</p></article>"
    )

    assert read(page(head, body, lang="en")).authors == ("Nathan Parker", "Eric Mill")


def test_the_site_s_name_then_the_platform_s_is_removed() -> None:
    # A hosted blog's titles: "Headline @ Blog name :: Platform ::".
    head = (
        '<meta property="og:site_name" content="史蒂文的家_藍天">'
        '<meta property="og:title" content="新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天 :: 痞客邦 PIXNET ::">'
    )

    assert read(page(head, lang="zh-TW")).title == "新竹尖石_美樹營地賞楓 (2)"


def test_a_section_h1_gives_way_to_the_h2_the_title_names() -> None:
    body = (
        "<h1>Allergies Health Center</h1><div><h2>Babies Who Eat Peanuts Early May Avoid Allergy</h2>"
        "<p>Text.</p></div>"
    )
    article = read(page("", body, lang="en", title="Babies Who Eat Peanuts Early May Avoid Allergy"))

    assert article.title == "Babies Who Eat Peanuts Early May Avoid Allergy"


def test_an_h2_that_is_a_short_title_does_not_displace_the_h1() -> None:
    body = "<h1>Babies Who Eat Peanuts Early May Avoid Allergy</h1><h2>WebMD</h2><p>Text.</p>"

    assert (
        read(page("", body, lang="en", title="WebMD")).title
        == "Babies Who Eat Peanuts Early May Avoid Allergy"
    )


def test_a_weekday_inside_a_dateline_does_not_hide_its_time() -> None:
    head = '<meta name="pubdate" content="2013-12-28">'
    body = (
        '<article><ul class="article-head"><li class="publish">Dec 28 Sat 2013 00:28</li></ul>'
        "<h1>H</h1></article>"
    )
    article = read(page(head, body, lang="zh-TW"), timezone="Asia/Taipei")

    assert article.published == datetime(2013, 12, 27, 16, 28, tzinfo=UTC)


def test_a_company_s_legal_form_marks_an_organisation_not_an_author() -> None:
    head = '<meta name="author" content="Süddeutsche.de GmbH, Munich, Germany">'
    body = '<article><h1>H</h1><p>Text.</p><p class="author">Von Markus Balser, Berlin</p></article>'

    assert read(page(head, body, lang="de")).authors == ("Markus Balser",)


def test_a_company_stays_the_author_when_nobody_else_is_named() -> None:
    head = '<meta name="author" content="Example News Ltd">'

    assert read(page(head, "<article><h1>H</h1><p>Text.</p></article>", lang="en")).authors == (
        "Example News Ltd",
    )


def test_a_byline_link_that_names_the_site_gives_way_to_the_post_s_byline() -> None:
    # Blogger: the post's footer links to the account ("Google", rel=author); the post's
    # text opens with its byline.
    head = '<meta property="og:site_name" content="Google Online Security Blog">'
    body = (
        '<article><h1>H</h1><div class="post-body"><span class="byline-author">Posted by Nathan'
        ' Parker and Eric Mill</span><p>Text.</p></div><div class="post-footer">Posted by'
        ' <a rel="author" href="https://www.blogger.com/profile/1">Google</a></div></article>'
    )

    assert read(page(head, body, lang="en")).authors == ("Nathan Parker", "Eric Mill")


def test_a_role_after_the_name_is_no_second_author() -> None:
    # An agency's byline: the name, then the role ("AP Auto Writer"); the type in lower case.
    head = jsonld(
        {
            "@type": "NewsArticle",
            "headline": "H",
            "author": [{"@type": "person", "name": "By TOM KRISHER, AP Auto Writer"}],
        }
    )

    assert read(page(head, "<article><h1>H</h1><p>Text.</p></article>", lang="en")).authors == (
        "TOM KRISHER",
    )


def test_the_affiliation_after_a_bar_is_no_part_of_the_name() -> None:
    head = jsonld(
        {
            "@type": "NewsArticle",
            "headline": "H",
            "author": [{"@type": "Person", "name": "Amy Kuperinsky | NJ Advance Media for NJ.com"}],
        }
    )

    assert read(page(head, "<article><h1>H</h1><p>Text.</p></article>", lang="en")).authors == (
        "Amy Kuperinsky",
    )


def test_a_declared_time_without_an_offset_gives_way_to_the_dateline_of_that_day() -> None:
    # "2019-11-20T06:37:00": a clock in no known zone; the line under the headline says 11:42.
    head = jsonld({"@type": "NewsArticle", "headline": "H", "datePublished": "2019-11-20T06:37:00"})
    body = '<article><h1>H</h1><p class="article-date">Wednesday 20 November 2019 11:42, UK</p></article>'
    article = read(page(head, body, lang="en"), timezone="Europe/London")

    assert article.published == datetime(2019, 11, 20, 11, 42, tzinfo=UTC)


def test_a_declared_time_with_its_offset_keeps_it_beside_a_dateline_in_no_named_zone() -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "H", "datePublished": "2019-11-20T06:37:00+00:00"})
    body = '<article><h1>H</h1><p class="article-date">Wednesday 20 November 2019 11:42</p></article>'
    article = read(page(head, body, lang="en"), timezone="Europe/London")

    assert article.published == datetime(2019, 11, 20, 6, 37, tzinfo=UTC)


@pytest.mark.parametrize(
    "html",
    [
        # A link in a paragraph after "von" (German "of"): prose, not a byline.
        "<p>Die Ausbreitung von <a href='/themen/covid'>COVID-19</a> hat in den letzten Wochen in"
        " vielen Regionen des Landes deutlich zugenommen, wie die Behörden melden.</p>",
        "<footer><p>Proudly powered by <a href='https://wordpress.org/'>WordPress</a></p></footer>",
        "<footer><span>— <a href='/themes/cookely/'>Cookely Theme</a> by"
        " <a href='/'>WPZOOM</a></span></footer>",
        "<aside><h3>Archives</h3><p>By <a href='/2016/12/'>December 2016</a></p></aside>",
        "<table><tr><td>Di</td><td>Dienstag</td></tr></table>",
    ],
)
def test_a_by_that_is_no_byline_names_nobody(html: str) -> None:
    body = f"<article><h1>H</h1><p>Text.</p></article>{html}"

    assert read(page("", body, lang="de")).authors == ()


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ('<a class="author-link" href="/about/">View all posts by Daniel Lemire</a>', "Daniel Lemire"),
        ('<div class="byline">Erstellt von Andri Bryner</div>', "Andri Bryner"),
        ('<div class="byline">Alles von Martin Junker</div>', "Martin Junker"),
        ('<div class="byline">Publié par Jeanne Martin</div>', "Jeanne Martin"),
    ],
)
def test_a_byline_s_opening_words_are_no_part_of_the_name(line: str, name: str) -> None:
    body = f"<article><h1>H</h1>{line}<p>Text.</p></article>"

    assert read(page("", body, lang="de")).authors == (name,)


def test_a_dateline_s_date_and_time_in_elements_of_their_own_are_read_apart() -> None:
    # "<span>28.09.2019</span><span>12:44</span>": text_content() glues "28.09.201912:44".
    doc = lxml.html.document_fromstring(
        '<html lang="de"><body><article><h1>H</h1><div class="date"><span>28.09.2019</span>'
        "<span>12:44</span></div><p>Text.</p></article></body></html>"
    )

    assert dateline_date(doc, ZoneInfo("Europe/Berlin")) == (datetime(2019, 9, 28, 10, 44, tzinfo=UTC), False)


def test_a_clock_and_a_year_alone_are_no_dateline() -> None:
    # "09:34 2021": a date reader fills in 1 January.
    doc = lxml.html.document_fromstring(
        '<html lang="de"><body><article><h1>H</h1><div class="date">09:34 2021</div></article></body></html>'
    )

    assert dateline_date(doc, ZoneInfo("Europe/Berlin")) is None


def test_the_name_the_site_s_address_abbreviates_is_removed() -> None:
    head = (
        '<meta property="og:title" content="Einwanderungsbegrenzung - Wettstreit der Scheinlösungen'
        ' | Preußische Allgemeine Zeitung">'
    )
    url = "https://paz.de/artikel/wettstreit-der-scheinloesungen-a5941.html"

    assert read_article(page(head, lang="de"), url=url).title == (
        "Einwanderungsbegrenzung - Wettstreit der Scheinlösungen"
    )


def test_the_site_s_address_then_its_tagline_is_removed() -> None:
    head = (
        '<meta property="og:title" content="Bielersee-Winterhechte | petri-heil.ch |'
        ' Dein Schweizer Fischereimagazin">'
    )
    url = "https://petri-heil.ch/bielersee-winterhechte"

    assert read_article(page(head, lang="de"), url=url).title == "Bielersee-Winterhechte"


def test_a_page_that_shows_its_modification_s_time_as_its_date_is_dated_then() -> None:
    # The story's first version under another address in datePublished; the page shows
    # the current one's time, with no "updated" beside it.
    head = jsonld(
        {
            "@type": "NewsArticle",
            "headline": "H",
            "datePublished": "2021-03-16T16:16:10Z",
            "dateModified": "2021-03-20T14:00:00Z",
        }
    )
    body = '<article><h1>H</h1><div class="publish-info">20. März 2021 - 15:00 Uhr</div></article>'
    article = read(page(head, body, lang="de"), timezone="Europe/Berlin")

    assert article.published == datetime(2021, 3, 20, 14, 0, tzinfo=UTC)


def test_a_modification_the_page_does_not_show_leaves_the_publication_date() -> None:
    head = jsonld(
        {
            "@type": "NewsArticle",
            "headline": "H",
            "datePublished": "2021-03-16T16:16:10Z",
            "dateModified": "2021-03-20T14:00:00Z",
        }
    )
    body = '<article><h1>H</h1><div class="publish-info">16. März 2021 - 17:16 Uhr</div></article>'
    article = read(page(head, body, lang="de"), timezone="Europe/Berlin")

    assert article.published == datetime(2021, 3, 16, 16, 16, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("declared", "names"),
    [
        ("Текст: Венера Ерофеева", ("Венера Ерофеева",)),  # a label before a colon
        ("Finian Cunningham. Sputnik International", ("Finian Cunningham",)),  # then the publication
        (
            "MEG KINNARD, ERRIN HAINES and Associated Press",
            ("MEG KINNARD", "ERRIN HAINES"),
        ),  # an agency beside
    ],
)
def test_a_declared_author_s_label_publication_and_agency_are_no_names(
    declared: str, names: tuple[str, ...]
) -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "H", "author": {"@type": "Person", "name": declared}})

    assert read(page(head, "<article><h1>H</h1><p>Text.</p></article>", lang="en")).authors == names


def test_a_desk_named_after_the_site_in_capitals_is_no_author() -> None:
    head = jsonld(
        {
            "@type": "NewsArticle",
            "headline": "H",
            "author": [
                {"@type": "Person", "name": "Jill Disis"},
                {"@type": "Person", "name": "CNN Business"},
            ],
        }
    )
    url = "https://www.cnn.com/2019/11/18/investing/asian-market-latest/index.html"

    assert read_article(page(head, lang="en"), url=url).authors == ("Jill Disis",)


def test_a_person_whose_first_name_is_the_blog_s_name_stays_the_author() -> None:
    head = '<meta property="og:site_name" content="Helge">' + jsonld(
        {"@type": "BlogPosting", "headline": "H", "author": {"@type": "Person", "name": "Helge Fahrnberger"}}
    )

    assert read(page(head, "<article><h1>H</h1><p>Text.</p></article>", lang="de")).authors == (
        "Helge Fahrnberger",
    )


@pytest.mark.parametrize(
    "credit",
    [
        '<div class="copyright-area">Crafted with <i class="fa fa-heart"></i> by'
        ' <a href="https://www.templatesyard.com/">TemplatesYard</a></div>',
        '<form><p>Delivered by <a href="https://feedburner.google.com">FeedBurner</a></p></form>',
    ],
)
def test_a_site_s_credits_are_no_byline(credit: str) -> None:
    body = f"<article><h1>H</h1><p>Text.</p></article>{credit}"

    assert read(page("", body, lang="en")).authors == ()


def test_a_sentence_is_no_name() -> None:
    body = (
        '<article><h1>H</h1><div class="byline">Follow the author of this article Telegraph Sport</div>'
        "</article>"
    )

    assert read(page("", body, lang="en")).authors == ()


def test_the_declared_headline_a_heading_shows_wins_over_a_breadcrumb_s_h1() -> None:
    # The breadcrumb ends with the search headline in an <h1> (the JSON-LD's); the page
    # shows og:title's in an <h2>, after its kicker.
    head = jsonld(
        {"@type": "NewsArticle", "headline": "Deutschland und Frankreich: Der enge Partner wird zum Fremden"}
    ) + (
        '<meta property="og:title" content="Grenzschließungen: Deutschland, Frankreich und die'
        ' Rückkehr der Ressentiments">'
    )
    body = (
        '<div class="vhb-breadcrumb"><a href="/">Handelsblatt</a> <a href="/politik">Politik</a>'
        "<h1>Corona: Report von der deutsch-französischen Grenze</h1></div><article><h2>"
        '<em class="vhb-kicker">Grenzschließungen</em> <span class="vhb-headline">Deutschland,'
        " Frankreich und die Rückkehr der Ressentiments</span></h2><p>Text.</p></article>"
    )
    article = read(page(head, body, lang="de"))

    assert article.title == "Grenzschließungen: Deutschland, Frankreich und die Rückkehr der Ressentiments"


def test_declared_headlines_both_shown_keep_the_json_ld_s() -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "Der Gipfel endet ohne Einigung"}) + (
        '<meta property="og:title" content="Gipfel ohne Einigung: Was jetzt kommt">'
    )
    body = (
        "<article><h1>Der Gipfel endet ohne Einigung</h1><aside><h3>Gipfel ohne Einigung: Was jetzt"
        " kommt</h3></aside><p>Text.</p></article>"
    )

    assert read(page(head, body, lang="de")).title == "Der Gipfel endet ohne Einigung"


def test_feature_flags_on_the_body_are_no_breadcrumb() -> None:
    body = "<div><header><h1>The Nationals Are Stuck With Danny Espinosa Tonight</h1></header></div>"
    doc = page("", body, lang="en").replace(b"<body>", b'<body class="f_breadcrumbs_use_schemaorg_on">')

    assert read(doc).title == "The Nationals Are Stuck With Danny Espinosa Tonight"


def test_a_byline_class_in_another_language_marks_the_byline() -> None:
    body = (
        '<article><h1>H</h1><span class="content-left-autor">Clara Löw, Siddharth Prakash &amp;'
        " Klaus Jacob</span><p>Text.</p></article>"
    )

    assert read(page("", body, lang="de")).authors == ("Clara Löw", "Siddharth Prakash", "Klaus Jacob")


def test_a_related_articles_authors_list_is_no_byline() -> None:
    body = (
        '<article><h1>H</h1><p>Text.</p></article><aside><div class="title">Mehr zum Thema</div>'
        '<div class="authors">von Schuhmann</div></aside>'
    )

    assert read(page("", body, lang="de")).authors == ()


def test_a_lower_case_et_is_french_and_not_eastern_time() -> None:
    body = (
        '<article><h1>H</h1><div class="auteur">Par Alexandre Hervaud et Jérémy Piette — 24 novembre'
        " 2017 à 18:42</div><p>Text.</p></article>"
    )
    article = read(page("", body, lang="fr"), timezone="Europe/Paris")

    assert article.published == datetime(2017, 11, 24, 17, 42, tzinfo=UTC)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ('<div class="byline">Pressemitteilung von Katja Kipping</div>', "Katja Kipping"),
        ('<div class="byline">Un documentaire de Kristen Falc\'hon</div>', "Kristen Falc'hon"),
    ],
)
def test_a_byline_s_kind_of_text_before_its_name_is_no_part_of_it(line: str, name: str) -> None:
    body = f"<article><h1>H</h1>{line}<p>Text.</p></article>"

    assert read(page("", body, lang="de")).authors == (name,)


@pytest.mark.parametrize(
    ("declared", "names"),
    [
        ("Jane Doe (@janedoe)", ("Jane Doe",)),  # a handle in parentheses
        ("Jane Doe, Special to The Post", ("Jane Doe",)),  # a contributor's note
        ("Jane Doe Staff Writer", ("Jane Doe",)),  # a role straight after the name
        ("John Writer", ("John Writer",)),  # a name, not a role: one word would be left
        ("Mary-Kate Olsen - Ashley Olsen", ("Mary-Kate Olsen - Ashley Olsen",)),
    ],
)
def test_a_declared_author_s_handle_note_and_role_are_no_part_of_the_name(
    declared: str, names: tuple[str, ...]
) -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "H", "author": {"@type": "Person", "name": declared}})

    assert read(page(head, "<article><h1>H</h1><p>Text.</p></article>", lang="en")).authors == names
