"""parse/article.py: article15's author rules narrowed where they misfired on pages they
were not written for: a name with a tag beside it ("Jane Doe [Reuters]") is a name, an
acronym the page shows as its byline ("By AP") is the author it declares, a related
story's credits block in an aside names nobody of this article."""

from __future__ import annotations

from _article import jsonld, page

from aggregator.parse.article import read_article

URL = "https://www.example.com/news/2022/04/harbour-plan"
HEADLINE = "Council approves the new harbour plan"
TEXT = (
    "<p>The council voted on Tuesday to approve the long-debated harbour plan after a heated "
    "session that ran late into the evening, with the fishing crews watching from the gallery.</p>"
)


def _authors(body: str, head: str = "") -> list[str]:
    article = read_article(page(head=head, body=body, lang="en", title=HEADLINE), url=URL)
    return list(article.authors)  # type: ignore[attr-defined]


def test_a_declared_name_with_an_agency_in_brackets_is_a_name() -> None:
    head = jsonld(
        {
            "@type": "NewsArticle",
            "headline": HEADLINE,
            "author": {"@type": "Person", "name": "Jane Doe [Reuters]"},
        }
    )
    assert _authors(f"<main><h1>{HEADLINE}</h1>{TEXT}</main>", head) == ["Jane Doe [Reuters]"]


def test_a_byline_s_name_with_a_hashtag_is_a_name() -> None:
    byline = "<p class='byline'>By <a rel='author' href='/a/jd'>Jane Doe #OpEd</a></p>"
    body = f"<main><h1>{HEADLINE}</h1>{byline}{TEXT}</main>"
    assert _authors(body) == ["Jane Doe #OpEd"]


def test_a_template_s_field_with_capitals_inside_its_braces_names_nobody() -> None:
    body = f"<main><h1>{HEADLINE}</h1><div class='byline'>By {{{{ Author Name }}}}</div>{TEXT}</main>"
    assert _authors(body) == []


def test_an_acronym_declared_and_shown_as_the_byline_stays_beside_a_person_s_box() -> None:
    # "By AP" under the headline; the box at the foot links a photographer's profile.
    head = '<meta name="author" content="AP">'
    body = (
        f"<main><h1>{HEADLINE}</h1><p class='byline'>By AP</p>{TEXT}<div class='author-bio'>"
        "<a rel='author' href='/a/mark-smith'>Mark Smith</a> is a staff photographer.</div></main>"
    )
    assert _authors(body, head) == ["AP"]


def test_a_related_story_s_credits_block_in_an_aside_names_nobody() -> None:
    body = (
        f"<main><article><h1>{HEADLINE}</h1>{TEXT}</article><aside class='related'><h3>"
        "<a href='/x'>A walk in the hills</a></h3><p>Text: Anna Berg<br>Photos: Carl Holm</p></aside></main>"
    )
    assert _authors(body) == []
