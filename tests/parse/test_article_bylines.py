"""parse/article_byline_bounds.py and the byline rules beside it (branch article10): what looks
like a byline and is none (a news aggregator's link, an invitation to follow the site, an
editor's credit, a widget of recent comments), and bylines the finder missed (a numbered "author-2"
class, a sign-off whose name holds microdata, a name before the date's bar). Each on a page
written for it."""

from __future__ import annotations

from _article import jsonld, page

from aggregator.parse.article import read_article

URL = "https://www.example.org/news/2026/01/20/a-story/"


def authors(body: str, head: str = "", lang: str = "en") -> tuple[str, ...]:
    return read_article(page(head, body, lang), url=URL).authors


def test_a_link_to_a_news_aggregator_is_no_byline() -> None:
    # "di" (Italian's "by") before the link: an invitation to read the site on Google News.
    body = (
        "<article><h1>Harvest festival draws crowds</h1><p>Text of the story.</p>"
        '<div>Baca berita lain di <a href="https://news.google.com/s/CBIwabc">Google News</a></div></article>'
    )
    assert authors(body, lang="id") == ()


def test_a_link_under_an_invitation_to_follow_the_site_is_no_byline() -> None:
    body = (
        "<article><h1>Harvest festival draws crowds</h1><p>Text of the story.</p>"
        '<div>Ikuti kami di <a href="https://chat.example.net/channel/123">Example Channel</a></div>'
        "</article>"
    )
    assert authors(body, lang="id") == ()


def test_a_byline_in_a_long_box_that_invites_to_follow_elsewhere_is_a_byline() -> None:
    text = "Text of the story, long enough to be a paragraph and not a line of its own. " * 3
    body = (
        "<article><h1>Harvest festival draws crowds</h1>"
        f'<div><a href="/author/adi-wibowo">Adi Wibowo</a> {text}'
        "Follow us on our channel.</div></article>"
    )
    assert authors(body) == ("Adi Wibowo",)


def test_a_declared_author_the_page_credits_as_editor_gives_way_to_the_byline() -> None:
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Harvest festival draws crowds",
            "author": {"@type": "Person", "name": "Rina Hartono"},
        }
    )
    body = (
        '<article><h1>Harvest festival draws crowds</h1><p class="byline">By Adi Wibowo</p>'
        "<p>Text of the story.</p>"
        '<div>Editor : <a href="https://www.example.org/author/112/rina-hartono">Rina Hartono</a></div>'
        "</article>"
    )
    assert authors(body, head, lang="id") == ("Adi Wibowo",)


def test_an_editor_s_credit_is_no_byline() -> None:
    for box in ("<div>", '<div class="info-author">'):
        body = (
            "<article><h1>Harvest festival draws crowds</h1><p>Text of the story.</p>"
            f'{box}Editor : <a href="https://www.example.org/author/rina-hartono">Rina Hartono</a></div>'
            "</article>"
        )
        assert authors(body, lang="id") == (), box


def test_a_numbered_byline_class_is_a_byline() -> None:
    body = (
        '<article><h1>Harvest festival draws crowds</h1><div class="author-2">Adi Wibowo</div>'
        "<p>Text of the story.</p></article>"
    )
    assert authors(body, lang="id") == ("Adi Wibowo",)


def test_a_sign_off_whose_name_holds_microdata_names_the_author() -> None:
    body = (
        "<article><h1>Flohmarkt in der Altstadt</h1><p>Text des Berichts.</p>"
        '<p><em>Von <span itemscope itemtype="http://schema.org/Person">'
        '<meta itemprop="name" content="Greta Lindqvist">Greta Lindqvist</span></em></p></article>'
    )
    assert authors(body, lang="de") == ("Greta Lindqvist",)


def test_a_widget_of_recent_comments_is_no_byline() -> None:
    body = (
        '<div id="main"><h2>Ein Abend im Stadion</h2><p>Text des Beitrags.</p>'
        '<div class="entry-footer"><span>Malin Sörensen </span> | 29.07.2006 um 14:26</div></div>'
        '<div class="sidebar"><div class="widget"><ul><li class="recentcomments">'
        '<span class="comment-author-link"><a href="https://blog.example.net">Karl Heinz</a></span>'
        ' bei <a href="https://www.example.org/a/">Ein Beitrag</a></li></ul></div></div>'
    )
    assert authors(body, lang="de") == ("Malin Sörensen",)


def test_a_sidebar_s_byline_that_is_no_recent_comment_is_read() -> None:
    body = (
        '<div id="main"><h1>Ein Abend im Stadion</h1><p>Text des Beitrags.</p></div>'
        '<div class="sidebar"><div class="widget"><span class="author-name">Malin Sörensen</span></div></div>'
    )
    assert authors(body, lang="de") == ("Malin Sörensen",)


def test_a_name_before_the_date_s_bar_after_its_element_names_the_author() -> None:
    body = (
        '<div id="main"><h2>Ein Abend im Stadion</h2><p>Text des Beitrags.</p>'
        '<div class="entry-footer"><span>Malin Sörensen </span> | 29.07.2006 um 14:26</div></div>'
    )
    assert authors(body, lang="de") == ("Malin Sörensen",)


def test_a_comment_in_a_byline_box_is_read_past() -> None:
    body = (
        '<article><h1>Harvest festival draws crowds</h1><div class="author-name"><!-- by -->'
        "<span>Adi Wibowo</span></div><p>Text of the story.</p></article>"
    )
    assert authors(body, lang="id") == ("Adi Wibowo",)


def test_a_link_to_an_author_s_page_by_a_handle_names_the_author() -> None:
    # No metadata; the profile's address writes the account's handle, not the name.
    body = (
        '<div class="header"><h1>Streik bei der Bahn</h1><ul class="metaList"><li>'
        '<a href="https://www.example.org/author/wladekhansen/">Nathalie Hansen</a></li></ul>'
        "<div>06.01.2026</div></div><p>Text des Beitrags.</p>"
    )
    assert authors(body, lang="de") == ("Nathalie Hansen",)


def test_a_link_in_the_site_s_menu_is_no_byline() -> None:
    # A column named after its author in the menu, linked to the author's page; no <h1>
    # but the logo's, no <article>: the menu comes first in the document.
    body = (
        "<h1>Example Daily</h1><nav><ul><li class='menu-item-object-autor'><a href='/autor/tomas-vidal/'>"
        "Columna de Tomas</a></li>"
        "<li><a href='/seccion/deportes/'>Deportes</a></li></ul></nav>"
        "<div class='post'><h2 class='title'>Sesiona el pleno</h2>"
        "<p><strong>Por: </strong><a href='/autor/lucia-mora/'>Lucía Mora</a></p><p>Texto.</p></div>"
    )
    assert authors(body, lang="es") == ("Lucía Mora",)


def test_a_link_in_a_menu_block_of_the_header_is_no_byline() -> None:
    # No <nav>: the header's drop-down menu is a <div class=menu> whose columnists' entries
    # link their authors' pages; the byline is a label and a name in the article.
    body = (
        "<div class='header'><div class='menu'><ul><li><a href='/opinii/'>Opinii</a><ul>"
        "<li><a href='/autori/95/constantin-tanase'>Constantin Tănase</a></li>"
        "<li><a href='/autori/12/ion-popescu'>Ion Popescu</a></li></ul></li></ul></div></div>"
        "<div class='content'><h1>Românii sunt țigani</h1><div class='text'>"
        "<p>Primul paragraf al articolului, "
        "destul de lung pentru a fi citit ca text.</p><div class='author'>Un articol de: "
        "<a href='/autori/4065/george-damian'>George Damian</a></div></div></div>"
    )
    assert authors(body, lang="ro") == ("George Damian",)


def test_a_byline_in_a_block_named_nav_that_is_no_list_of_links_is_read() -> None:
    body = (
        "<h1>Council passes the budget</h1><div class='article-nav'>By <a href='/author/ana-pop'>Ana Pop</a>"
        "</div><p>The council passed the budget on Tuesday after a long debate about the roads.</p>"
    )
    assert authors(body) == ("Ana Pop",)


def test_a_link_to_an_author_s_page_numbered_before_the_name_is_a_byline() -> None:
    body = (
        "<article><h1>Le prix du carburant</h1><p>Texte.</p>"
        "<p><a href='/auteur/79/marie-joseph'>Marie Joseph</a></p></article>"
    )
    assert authors(body, lang="fr") == ("Marie Joseph",)


def test_with_no_h1_the_author_s_box_beside_an_article_that_holds_the_text_alone_is_read() -> None:
    body = (
        "<div class='content'><h2>Le prix du carburant</h2><p>Publié le 2022-04-26</p>"
        "<article><p>Texte de l'article.</p></article>"
        "<div class='box'><a href='/auteur/marie-joseph'><h5>Marie Joseph</h5></a><span>Auteur</span></div>"
        "</div>"
    )
    assert authors(body, lang="fr") == ("Marie Joseph",)


def test_two_names_joined_by_a_slash_in_a_byline_are_both_authors() -> None:
    body = (
        "<article><h1>Fiscal pide ampliar el régimen</h1><p class='news-author'><span>Por</span>"
        "<span>Laura Medina / Javier Ortiz</span></p><p>Texto.</p></article>"
    )
    assert authors(body, lang="es") == ("Laura Medina", "Javier Ortiz")


def test_a_publication_after_a_slash_in_a_byline_is_no_second_author() -> None:
    for byline, person in [
        ("By Jane Doe / Houston Chronicle", "Jane Doe"),
        ("By John Smith / Bloomberg News", "John Smith"),
        ("Jane Doe / Kyiv Independent", "Jane Doe"),
    ]:
        body = (
            f"<article><h1>Council approves budget</h1><p class='byline'>{byline}</p><p>Text.</p></article>"
        )
        assert authors(body) == (person,)


def test_with_no_h1_the_author_s_box_listing_the_author_s_latest_articles_is_read() -> None:
    latest = "".join(
        f"<li><a href='/article/{n}/story-{n}'>Une autre histoire du même auteur numéro {n}</a></li>"
        for n in range(3)
    )
    body = (
        "<div class='content'><h2>Le prix du carburant</h2><p>Publié le 2022-04-26</p>"
        "<article><p>Texte de l'article.</p></article>"
        "<div class='box'><div><a href='/auteur/marie-joseph'><h5>Marie Joseph</h5></a></div>"
        f"<ul>{latest}</ul></div></div>"
    )
    assert authors(body, lang="fr") == ("Marie Joseph",)


def test_with_no_h1_other_stories_after_the_article_give_no_author() -> None:
    for cards in [
        "<div class='box'><h3>You may also like</h3><p><a href='/2026/02/compost'>A compost heap"
        " that heats up</a> by <a href='/author/tom-reed'>Tom Reed</a></p></div>",
        "<div class='box'><h3>More</h3><div><h4><a href='/2026/02/compost'>A compost heap that heats"
        " up</a></h4><p class='byline'>By Tom Reed</p></div></div>",
    ]:
        body = (
            "<div class='content'><h2>Pruning roses in winter</h2>"
            f"<article><p>Cut back to an outward-facing bud.</p></article>{cards}</div>"
        )
        assert authors(body) == ()
