"""parse/article_title.py: the headline chosen by agreement among the page's places, each
rule on a page made for it (a fixed order of places gets each of them wrong)."""

from __future__ import annotations

from _article import jsonld, page

from aggregator.parse.article import read_article
from aggregator.parse.article_title import reads_as_headline, without_site

REAL = "City council approves the new tram line after long debate"


def title_of(
    head: str, body: str = "", title: str = "Titre de l’onglet", url: str = "https://example.org/a/"
) -> str:
    return read_article(page(head, body, "en", title), url=url).title  # type: ignore[return-value]


def test_the_headline_most_places_write_beats_the_json_ld_s_variant() -> None:
    # JSON-LD first would give the social line; OpenGraph, Twitter and the <h1> agree on another.
    head = (
        jsonld({"@type": "NewsArticle", "headline": "You won't believe what the council did"})
        + f'<meta property="og:title" content="{REAL}"><meta name="twitter:title" content="{REAL}">'
    )
    assert title_of(head) == REAL


def test_the_displayed_headline_wins_over_a_declared_seo_variant_that_shares_its_words() -> None:
    # Declared: the search engine's shorter form; shown: the reader's, most of the same words.
    head = jsonld({"@type": "NewsArticle", "headline": "Council approves tram line"})
    head += '<meta property="og:title" content="Council approves tram line">'
    assert title_of(head, f"<article><h1>{REAL}</h1></article>") == REAL


def test_an_h2_that_agrees_with_the_declared_headline_is_the_displayed_one_when_the_h1_is_a_breadcrumb() -> (
    None
):
    head = jsonld({"@type": "NewsArticle", "headline": "Tram line approved after long debate"})
    body = (
        '<div class="breadcrumb"><h1>Tram line approved after long debate</h1></div>'
        f"<article><h2>{REAL}</h2></article>"
    )
    assert title_of(head, body) == REAL


def test_the_address_is_a_witness_between_two_declared_headlines() -> None:
    head = (
        jsonld({"@type": "NewsArticle", "headline": "Trams, at last"})
        + f'<meta property="og:title" content="{REAL}">'
    )
    url = "https://example.org/2026/11/city-council-approves-new-tram-line/"
    assert title_of(head, url=url) == REAL


def test_a_short_h1_inside_the_declared_headline_is_no_headline_of_its_own() -> None:
    head = jsonld({"@type": "NewsArticle", "headline": REAL})
    assert title_of(head, "<article><h1>City council</h1></article>") == REAL


def test_a_cut_headline_is_not_completed_with_the_site_s_name() -> None:
    long = "A" + " very long headline" * 6
    head = jsonld({"@type": "NewsArticle", "headline": long + "…"})
    head += f'<meta property="og:title" content="{long} — Example World News">'
    assert title_of(head) == long + "…"


def test_the_title_element_alone_is_a_witness_not_a_headline() -> None:
    assert read_article(page("", "<p>Rien.</p>", "en", REAL), url="https://example.org/a/").title is None


def test_headline_shapes() -> None:
    assert reads_as_headline(REAL) and not reads_as_headline("City council")
    assert reads_as_headline("新しい路面電車の路線が承認された")
    assert without_site("Tram line approved | Example News", "Example News") == "Tram line approved"


def test_what_follows_the_displayed_headline_in_a_declared_one_is_an_affix() -> None:
    # The blog's and the site's names after the headline, which no site name matches whole;
    # the <title> repeats the og:title (one SEO field).
    declared = f"{REAL}: The Tram Blog: Example on Transport: EX"
    head = f'<meta property="og:title" content="{declared}">'
    assert title_of(head, f"<article><h2>{REAL}</h2></article>", title=declared) == REAL


def test_a_section_s_h3_with_common_words_gives_way_to_the_heading_the_declared_one_holds() -> None:
    head = f'<meta property="og:title" content="{REAL} | The Council Index">'
    menu = "".join(f"<h3>Menu entry number {i} here</h3>" for i in range(15))
    body = f"<nav>{menu}</nav><h3>The Council Index</h3><div><h2>{REAL}</h2></div>"
    assert title_of(head, body) == REAL


def test_a_hidden_h1_is_no_displayed_headline() -> None:
    # A search box's "No matches for your search", hidden until a search is made.
    head = jsonld({"@type": "NewsArticle", "headline": REAL})
    body = (
        '<div class="section hidden" id="search"><h1>No matches for your search</h1></div>'
        f'<div class="title">{REAL}</div>'
    )
    assert title_of(head, body) == REAL


def test_an_h1_that_links_to_another_page_is_another_article_s_card() -> None:
    head = '<meta property="og:title" content="Council approves tram line">'
    body = (
        '<article><a href="/2026/11/other-story/"><h1>The genes behind a rare disease</h1></a></article>'
        f'<article><h1><a href="/a/">{REAL}</a></h1></article>'
    )
    assert title_of(head, body) == REAL


def test_short_headlines_sharing_two_words_are_no_variants_of_each_other() -> None:
    # "Titre OG 2" and the <h1> "Titre h1 2" share two of three words by chance: the JSON-LD's
    # headline stays first.
    head = (
        jsonld({"@type": "NewsArticle", "headline": REAL}) + '<meta property="og:title" content="Titre OG 2">'
    )
    assert title_of(head, "<article><h1>Titre h1 2</h1></article>") == REAL


def test_the_displayed_headline_s_quotation_marks_left_out_of_the_declared_one_are_kept() -> None:
    # JSON-LD drops the quotation marks the <h1> shows around a quoted phrase.
    shown = "\"Why fight over regions\"... the candidate's 'national unity' call"
    head = jsonld({"@type": "NewsArticle", "headline": shown.replace('"', "")})
    assert title_of(head, f"<article><h1>{shown}</h1></article>") == shown


def test_a_kicker_s_spacing_in_the_h1_does_not_replace_the_declared_headline() -> None:
    # "Kicker : Headline" as the <h1>'s spans join: the same words, no quotation mark lost.
    head = jsonld({"@type": "NewsArticle", "headline": "Nutzerbasierte Abrechnung: Musik-Stars fordern mehr"})
    body = (
        "<article><h1><span>Nutzerbasierte Abrechnung</span> : <span>Musik-Stars fordern mehr</span>"
        "</h1></article>"
    )
    assert title_of(head, body) == "Nutzerbasierte Abrechnung: Musik-Stars fordern mehr"


def test_without_metadata_a_short_h2_the_title_names_is_the_headline_under_a_blog_s_linked_name() -> None:
    # The <h1> is the blog's name, a link to its front page; the post's three-word title is
    # an <h2> that the <title> joins to the blog's name.
    body = (
        '<h1><a href="https://example.org/filmgang/">The Film Gang</a></h1>'
        '<div class="post"><div class="post-date">February 8th, 2013</div>'
        '<h2><a href="/filmgang/2013/02/08/stand-up-guys/" rel="bookmark">Stand Up Guys</a></h2>'
        "<p>Listen to the review.</p></div>"
    )
    url = "https://example.org/filmgang/2013/02/08/stand-up-guys/"
    title = "The Film Gang » Blog Archive » Stand Up Guys"
    assert read_article(page("", body, "en", title), url=url).title == "Stand Up Guys"


def test_a_blog_that_puts_its_name_first_in_the_title_keeps_its_plain_h1() -> None:
    # "Blog Name - Headline": the shorter last part is the post's <h1>, not a logo (plain
    # text, and the address spells it); the blog's name also heads the sidebar, in an <h2>.
    body = (
        "<nav><a href='/'>Home</a></nav><div class='title'><h1> Tiny servers </h1>"
        "<h2>Notes on a weekend project</h2><h2>March 02, 2019</h2></div><p>Text.</p>"
        "<h1>The first board</h1><p>More.</p>"
        "<aside><h1><a href='#'>Jo Example</a></h1><h2><a href='#'>Hacker's idle notes</a></h2></aside>"
    )
    url = "https://jo.example.org/tiny-servers.html"
    assert title_of("", body, title="Hacker's idle notes - Tiny servers", url=url) == "Tiny servers"


def test_a_logo_h1_that_is_the_title_s_last_part_stays_the_site_s_name() -> None:
    body = f"<header><h1><a href='/'>Daily Tram</a></h1></header><h2>{REAL}</h2><p>Text.</p>"
    assert title_of("", body, title=f"{REAL} - Daily Tram") == REAL


def test_soft_hyphens_in_the_h1_are_no_part_of_the_headline() -> None:
    # The <h1> marks where long words may break (U+00AD); a reader sees the words whole.
    shown = "Stadt\u00adrat be\u00adschließt die neue Stra\u00adßen\u00adbahn\u00adlinie"
    head = '<meta property="og:title" content="Stadtrat beschließt Straßenbahn">'
    assert title_of(head, f"<article><h1>{shown}</h1></article>") == (
        "Stadtrat beschließt die neue Straßenbahnlinie"
    )


def test_an_h1_deep_in_a_nav_is_a_breadcrumb_s_not_the_headline() -> None:
    # The breadcrumb's last item, an <h1> with the search headline, three containers inside
    # the <nav>; the article shows its headline, kicker first, in an <h2>.
    head = jsonld({"@type": "NewsArticle", "headline": "Tram line approved after long debate"})
    head += f'<meta property="og:title" content="Transport: {REAL}">'
    body = (
        '<nav aria-label="Breadcrumb"><div class="slider"><ol><li><a href="/">Home</a></li>'
        "<li><h1>Tram line approved after long debate</h1></li></ol></div></nav>"
        f"<article><header><h2><span>Transport</span> <span>{REAL}</span></h2></header></article>"
    )
    assert title_of(head, body) == f"Transport: {REAL}"


def test_a_bar_without_spaces_joins_the_site_s_name_to_the_headline() -> None:
    # Japanese and Chinese titles: "Headline|Site", and og:site_name "Site|Tagline".
    headline = "市議会が新しい路面電車の路線を長い議論の末に承認"
    head = (
        '<meta property="og:site_name" content="まちWebニュース|地域の最新情報をお届け">'
        f'<meta property="og:title" content="{headline}|まちWebニュース">'
        f'<meta name="twitter:title" content="{headline}|まちWebニュース">'
    )
    assert title_of(head, f"<article><h1>{headline}</h1></article>") == headline


def test_a_declared_headline_cut_at_its_unescaped_quotation_mark_is_completed() -> None:
    # content="… of "theft"" ends at the second quotation mark: the declared copies read
    # "Mayor accuses the rival council of", the heading shows it whole.
    whole = 'Mayor accuses the rival council of "theft"'
    declared = jsonld({"@type": "NewsArticle", "headline": whole[:35]})
    head = f'<meta property="og:title" content="{whole}">' + declared
    body = f'<h1><img src="/logo.png" alt=""></h1><article><h2 class="title">{whole}</h2><p>T.</p></article>'
    assert title_of(head, body, title=whole) == whole


def test_a_closing_guillemet_of_a_quoted_headline_is_no_dangling_separator() -> None:
    quoted = "« Les privatisations profitent aux multinationales »"
    head = f'<meta property="og:title" content="{quoted}">'
    assert title_of(head, f"<article><h1>{quoted}</h1><p>Texte.</p></article>") == quoted


def test_a_short_headline_the_title_writes_first_is_the_headline_of_a_longer_declared_one() -> None:
    # Three words read as a section's name, but the <title> begins with them too; the section
    # and the site follow the declared one after slashes.
    head = '<meta property="og:title" content="Winda w chmurach / Obyczaje / example.org">'
    body = "<h1>Example - strona kultury</h1><article><h1>Winda w chmurach</h1><p>Tekst.</p></article>"
    assert title_of(head, body, title="Winda w chmurach | Obyczaje | Example") == "Winda w chmurach"


def test_a_short_headline_the_title_writes_whole_is_the_headline_of_a_declared_one_with_a_trail() -> None:
    # Seven characters and a name read as no headline, but the <title> writes them whole: the
    # og:title's " · 平台" after them is the platform's name, which the page names nowhere else.
    short = "读《如何学习》—Madlife"
    head = f'<meta property="og:title" content="{short} · 平台">'
    body = f"<article><h1>{short}</h1><p>正文。</p></article>"
    assert title_of(head, body, title=short, url="https://example.org/u1/a/b") == short


def test_a_series_label_the_title_writes_first_does_not_cut_the_declared_headline() -> None:
    # "Letters" is shown big above the headline; what follows it in the declared one is the
    # rest of a headline, longer than the label, not a section's or site's name.
    for whole, label, rest in [
        ("Letters: Readers on the new bike lanes", "Letters", "Readers on the new bike lanes"),
        ("Covid / flu season starts early", "Covid", "Covid / flu season starts early"),
    ]:
        head = f'<meta property="og:title" content="{whole}">'
        body = f"<article><header><h1>{label}</h1><h2>{rest}</h2></header><p>Text.</p></article>"
        assert title_of(head, body, title=f"{whole} | Health | Example Times") == whole


def test_a_bracketed_search_phrase_the_declared_copies_add_is_not_the_headline() -> None:
    # JSON-LD, OpenGraph and the <title> write "… [Json Ld Code]"; the page shows the <h1>.
    declared = "A Guide to JSON-LD for Beginners [Json Ld Code]"
    head = jsonld({"@type": "Article", "headline": declared})
    head += f'<meta property="og:title" content="{declared}">'
    body = "<article><h1>A Guide to JSON-LD for Beginners</h1></article>"
    assert title_of(head, body, title=f"{declared} - Moz") == "A Guide to JSON-LD for Beginners"
