"""parse/article_headline.py and parse/article_title.py: titles on pages nobody tuned for
(branch artauth): a kicker in a block of its own inside the ``<h1>`` is a word apart from the
headline, and the site's name after other separators ("::", "«", "~", "│") is cut."""

from __future__ import annotations

import pytest
from _article import jsonld, page

from aggregator.parse.article import read_article

URL = "https://news.example.org/2024/05/01/the-mayor-opens-the-new-bridge"
HEADLINE = "The mayor opens the new bridge over the river"
TEXT = "<p>The bridge, three years in the building, carries two lanes and a cycle path.</p>"


def _title(head: str, body: str, title: str = HEADLINE) -> str | None:
    article = read_article(page(head=head, body=body, lang="de", title=title), url=URL)
    return article.title  # type: ignore[attr-defined,no-any-return]


def test_a_kicker_in_a_block_of_its_own_inside_the_headline() -> None:
    # og:title confirms the headline without the kicker.
    head = f"<meta property='og:title' content='{HEADLINE}'>"
    body = f"<article><h1><div class='kicker'>Verkehr</div><div>{HEADLINE}</div></h1>{TEXT}</article>"
    assert _title(head, body, title=f"{HEADLINE} - Tagblatt") == HEADLINE


def test_the_blocks_of_a_headline_are_words_apart() -> None:
    # Nothing declared: the <h1> is the headline, its kicker's block a word of its own, not run
    # into the headline's first ("VerkehrThe mayor…").
    body = f"<article><h1><div class='kicker'>Verkehr</div><div>{HEADLINE}</div></h1>{TEXT}</article>"
    assert _title("", body, title="Tagblatt") == f"Verkehr {HEADLINE}"


@pytest.mark.parametrize("separator", ["::", "«", "~", "│"])
def test_the_site_s_name_after_another_separator(separator: str) -> None:
    head = jsonld(
        {
            "@type": "NewsArticle",
            "headline": f"{HEADLINE} {separator} Tagblatt Online",
            "publisher": {"@type": "Organization", "name": "Tagblatt Online"},
        }
    )
    tab = f"{HEADLINE} {separator} Tagblatt Online"
    assert _title(head, f"<article>{TEXT}</article>", title=tab) == HEADLINE
