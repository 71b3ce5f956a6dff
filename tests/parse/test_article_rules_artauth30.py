"""parse/article_markup.py and parse/article_names.py: bylines that Czech news pages write
(branch artauth30): the article's authors in a box classed "articleAuthors" after the text
("Jane Roe, Daily"), a sponsored article's label linked beside the writer's name in the
byline ("komerční článek"), and an academic degree before the name ("MUDr. Jana Roe")."""

from __future__ import annotations

from _article import page

from aggregator.parse.article import read_article

URL = "https://news.example.cz/clanek/stavba-mostu-12345"
HEADLINE = "Stavba nového mostu začne na jaře"
TEXT = "<p>Město vybralo dodavatele stavby a práce začnou v březnu, řekl starosta.</p>"


def _authors(body: str, head: str = "") -> list[str]:
    article = read_article(page(head=head, body=body, lang="cs", title=HEADLINE), url=URL)
    return list(article.authors)  # type: ignore[attr-defined]


def test_an_article_authors_box_after_the_text_is_the_byline() -> None:
    # No label: the reporter, a comma, then the paper's link.
    body = (
        f"<div id='content'><h1>{HEADLINE}</h1>{TEXT}"
        "<p class='articleAuthors'>Jana Roe<span>, </span><a href='https://daily.example.cz'>Deník</a></p></div>"
    )
    assert _authors(body) == ["Jana Roe"]


def test_a_list_of_other_articles_authors_is_still_no_byline() -> None:
    body = (
        f"<div id='content'><h1>{HEADLINE}</h1>{TEXT}"
        "<ul class='authors'><li>Jana Roe</li><li>Petr Novák</li></ul></div>"
    )
    assert _authors(body) == []


def test_a_sponsored_label_beside_the_writer_s_name_is_no_author() -> None:
    body = (
        f"<article><h1>{HEADLINE}</h1><div class='author'>"
        "<span class='author__name'>Jana Roe, </span>"
        "<a class='author__name' href='/autori/komercni-clanek/l~1/'>komerční článek</a>"
        f"</div>{TEXT}</article>"
    )
    assert _authors(body) == ["Jana Roe"]


def test_an_academic_degree_before_the_name_is_no_part_of_it() -> None:
    for degree in ("MUDr.", "Ing.", "Mgr.", "PhDr.", "prof. Ing."):
        body = f"<article><h1>{HEADLINE}</h1><div class='byline'>{degree} Jana Roe</div>{TEXT}</article>"
        assert _authors(body) == ["Jana Roe"], degree


SIDEBAR = (
    "<div class='sidebar'><div class='blogger'><a href='https://blogs.example.cz/author/Ion-Popescu/'>"
    "Ion Popescu</a><h3><a href='https://blogs.example.cz/2013/08/02/pamflet/'>Un pamflet de vară</a></h3>"
    "</div></div>"
)


def test_a_labelled_byline_after_the_text_beats_a_sidebar_s_author_link() -> None:
    # Romanian: "Un articol de:" (an article by) and the name in a <span>, at the foot.
    body = (
        f"<div id='content'><h1>{HEADLINE}</h1>{TEXT}"
        "<div class='author'>Un articol de: <span class='bold'>George Damian</span></div></div>"
        f"{SIDEBAR}"
    )
    assert _authors(body) == ["George Damian"]


def test_an_authors_label_before_the_reporter_s_link_is_a_byline() -> None:
    # "Autoři:" (authors) as a heading, the name as a link to the journalist's page.
    body = (
        f"<div id='content'><h1>{HEADLINE}</h1>{TEXT}"
        "<div class='authors'><h3>Autoři:</h3><ul><li><a href='/novinari.asp?idnov=773'>František Dvořák</a>"
        "<br><span class='medium'>Example.cz</span></li></ul></div></div>"
    )
    assert _authors(body) == ["František Dvořák"]


def test_an_author_s_label_and_name_in_a_search_form_beats_the_publisher_s_meta() -> None:
    # "Autor/ři:" (author/s) inside the form that searches the author's articles; the
    # <meta name=author> names the publishing company ("a.s.", a joint-stock company).
    head = '<meta name="author" content="all: Example Media, a.s.">'
    body = (
        f"<div id='content'><h1>{HEADLINE}</h1>{TEXT}"
        "<div class='d-autor'><form action='/index.php'><span>Autor/ři:\u00a0Miroslava\u00a0Jirsová</span>"
        "<input type='submit' value='Vyhledat články autora'></form></div></div>"
    )
    assert _authors(body, head) == ["Miroslava Jirsová"]


def test_a_company_s_czech_legal_form_marks_it_no_person() -> None:
    head = '<meta name="author" content="Example Media, a.s.">'
    body = (
        f"<div id='content'><h1>{HEADLINE}</h1>{TEXT}<p>Autor: Jana Roe</p></div>"
        "<div id='copy'>© 2010 Example Media, a.s.</div>"
    )
    assert _authors(body, head) == ["Jana Roe"]
    # Alone, it names no author either: a company, as an Organization node would.
    assert _authors(f"<div id='content'><h1>{HEADLINE}</h1>{TEXT}</div>", head) == []


def test_a_comment_form_s_author_field_label_gives_no_author() -> None:
    body = (
        f"<div id='content'><h1>{HEADLINE}</h1>{TEXT}<div id='comm-new'><table>"
        "<tr><td>Autor:</td><td><input name='comment[autor]'></td></tr>"
        "<tr><td>E-mail:</td><td><input name='comment[email]'></td></tr></table></div></div>"
    )
    assert _authors(body) == []


def test_an_author_label_in_a_photograph_s_caption_names_no_author() -> None:
    # "Autor:" under the cover image names its photographer; the byline links the reporter.
    body = (
        f"<article><h1>{HEADLINE}</h1><h5 class='img-footer'><span>Delegáti na oslavě.</span>"
        "<strong>Autor: </strong><span>Petr Novák</span></h5>"
        "<div class='info-author'><a href='https://news.example.cz/autores/jana-roe'>Jana Roe</a></div>"
        f"{TEXT}</article>"
    )
    assert _authors(body) == ["Jana Roe"]


def test_a_name_its_bearer_writes_in_lower_case_stays_beside_another() -> None:
    # review32: the sponsored label's rule took any lower-case name of two words for a
    # label ("Kate Crawford and danah boyd" lost its second author); a paid-for label's
    # words are what mark one.
    body = (
        f"<article><h1>{HEADLINE}</h1><p class='byline'>By <a href='/author/kc'>Kate Crawford</a>"
        f" and <a href='/author/db'>danah boyd</a></p>{TEXT}</article>"
    )
    assert _authors(body) == ["Kate Crawford", "danah boyd"]


def test_an_author_label_before_the_newsroom_names_no_person() -> None:
    # review32: "Autor: Redakce" (the newsroom) became an author once "Autor:" opened a
    # byline, where "Von Redaktion" names none.
    for desk in ("Redakce", "Redakcja", "Редакция"):
        byline = f"<p>Autor: <a href='/autori/redakce'>{desk}</a></p>"
        body = f"<article><h1>{HEADLINE}</h1>{byline}{TEXT}</article>"
        assert _authors(body) == [], desk


def test_an_author_label_in_a_gallery_post_s_wrapper_is_the_byline() -> None:
    # review32: a wrapper classed for pictures around the whole article ("format-gallery",
    # a WordPress gallery post's; "gallery-article") is no caption: its "Autor:" names the writer.
    for wrapper in ("post format-gallery", "gallery-article"):
        text = TEXT * 4  # an article's text, longer than a caption's
        article = f"<article><h1>{HEADLINE}</h1>{text}<p>Autor: Jan Novák</p></article>"
        body = f"<div class='{wrapper}'>{article}</div>"
        assert _authors(body) == ["Jan Novák"], wrapper
