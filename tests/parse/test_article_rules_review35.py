"""parse/_byline_words.py (review35): English "in" after a reporter's name puts the reporter in a
place; it is no "and" between two authors, though Slovenian writes "and" so."""

from __future__ import annotations

from _article import jsonld, page

from aggregator.parse.article import read_article

URL = "https://news.example.org/2024/05/01/the-mayor-opens-the-new-bridge"
HEADLINE = "The mayor opens the new bridge over the river"
TEXT = "<p>The bridge, three years in the building, carries two lanes and a cycle path.</p>"


def _authors(head: str, body: str) -> list[str]:
    article = read_article(page(head=head, body=body, lang="en", title=HEADLINE), url=URL)
    return list(article.authors)  # type: ignore[attr-defined]


def test_a_linked_place_after_in_is_no_second_author() -> None:
    byline = (
        '<div class="byline">By <a href="/author/peter-foster">Peter Foster</a>'
        ' in <a href="/world/europe">Central Europe</a></div>'
    )
    assert _authors("", f"<article><h1>{HEADLINE}</h1>{byline}{TEXT}</article>") == ["Peter Foster"]


def test_a_declared_name_with_its_place_is_not_split_into_a_place() -> None:
    head = jsonld(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": HEADLINE,
            "author": {"@type": "Person", "name": "Peter Foster in New York"},
        }
    )
    assert "New York" not in _authors(head, f"<article><h1>{HEADLINE}</h1>{TEXT}</article>")
