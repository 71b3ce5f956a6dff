"""parse/article.py: the article18 rules narrowed where a review's probe pages found them
firing wrongly: an author <meta> repeating the publisher's on a personal blog with no byline,
a "dont-miss" class on a wrapper around the article itself, a two-digit year that would date
the page in the future, and a team named in a joint credits line."""

from __future__ import annotations

from _article import page

from aggregator.parse._date_words import full_year
from aggregator.parse.article import read_article

URL = "https://blog.example.org/2013/08/08/design-goals/"
HEADLINE = "Design Goals of a Small Language"
TEXT = "<p>During the last year we spoke at many conferences about the language.</p>"


def _authors(body: str, head: str = "") -> list[str]:
    article = read_article(page(head=head, body=body, lang="en", title=HEADLINE), url=URL)
    return list(article.authors)  # type: ignore[attr-defined]


def test_a_personal_blog_s_author_meta_equal_to_its_publisher_names_the_writer() -> None:
    # Jane Roe publishes her own blog: both <meta>s name her and no byline is shown.
    head = '<meta name="author" content="Jane Roe"><meta name="publisher" content="Jane Roe">'
    body = f"<article><h1>{HEADLINE}</h1><div class='entry-content'>{TEXT}</div></article>"
    assert _authors(body, head) == ["Jane Roe"]


def test_a_dont_miss_class_on_the_article_s_own_wrapper_keeps_its_byline() -> None:
    # A layout wrapper classed "dont-miss-layout" holds the headline and the byline.
    body = (
        f"<div class='dont-miss-layout'><article><h1>{HEADLINE}</h1>"
        f"<div class='byline'>By Jane Roe</div><div class='entry-content'>{TEXT}</div></article></div>"
    )
    assert _authors(body) == ["Jane Roe"]


def test_a_two_digit_year_after_this_one_is_of_the_last_century() -> None:
    assert full_year("Posted 10/16/12 at 1:13 PM", this_year=2026) == "Posted 10/16/2012 at 1:13 PM"
    assert full_year("Posted 10/16/26 at 1:13 PM", this_year=2026) == "Posted 10/16/2026 at 1:13 PM"
    # strptime's %y reads 68 as 2068: no page is dated 42 years ahead.
    assert full_year("Posted 10/16/68 at 1:13 PM", this_year=2026) == "Posted 10/16/1968 at 1:13 PM"
    assert full_year("Posted 10/16/27 at 1:13 PM", this_year=2026) == "Posted 10/16/1927 at 1:13 PM"


def test_a_team_in_a_joint_credits_line_is_no_author() -> None:
    body = f"<article><h1>{HEADLINE}</h1><p>Reporting by The Team, Images by Getty</p>{TEXT}</article>"
    assert _authors(body) == []
