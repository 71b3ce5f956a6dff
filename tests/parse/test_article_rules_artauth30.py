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
