"""Review of the rules merged after 85edaa1, each narrowing on a small written page where the
rule misfired: an <article> card whose one text link is a category's or an author's page (its
headline unlinked) is no teaser; a heading that is a sentence ("What to read today on the web")
is no day heading because its short words were taken for a date's joiners; a "read more"
label's quotes stay when they do not wrap the whole title."""

from __future__ import annotations

import html
from datetime import UTC, datetime

import lxml.html
import pytest

from aggregator.exceptions import ParseError
from aggregator.parse import parse_document
from aggregator.parse.listing._link_title import link_title

NOW = datetime(2026, 12, 6, 19, tzinfo=UTC)
TITLES = (
    "Council votes on the new budget plan",
    "Storm brings floods to the coast",
    "Interview with the new mayor of town",
    "Highlights of the weekend football games",
)


def _parse(body: str) -> list[tuple[str | None, str | None, datetime | None]]:
    page = f"<html lang='en'><head><title>Site</title></head><body><main>{body}</main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://news.example.com/", source_type="html", timezone="Europe/Madrid", now=NOW
    )
    return [(e.title, e.link, e.published) for e in parsed.entries]


@pytest.mark.parametrize(
    "meta",
    [
        '<div class="meta"><a href="/category/{slug}">{words} and More News</a></div>',
        '<div class="byline"><a href="/author/{slug}">Ann {words} Lee</a></div>',
    ],
)
def test_an_article_card_whose_one_link_is_its_category_or_author_is_no_teaser(meta: str) -> None:
    """The headline is unlinked text (the card clickable by a script); the one text link is
    the card's metadata: not a headline, so no entry is read from it."""
    cards = "".join(
        f'<article class="card"><img src="/i{i}.jpg" alt=""><h3>{t}</h3><p>An excerpt of the story.</p>'
        + meta.format(slug=f"s{i}", words=t.split()[0])
        + "</article>"
        for i, t in enumerate(TITLES)
    )
    try:
        entries = _parse(f'<section class="stream">{cards}</section>')
    except ParseError:
        entries = []
    assert not any("/category/" in (link or "") or "/author/" in (link or "") for _, link, _ in entries)


def test_a_sentence_heading_with_short_words_is_no_day_heading() -> None:
    """ "What to read today on the web": seven words, "to" and "on" no date's joiners (the
    heading shows no number), so its "today" dates none of the links under it."""
    items = "".join(f'<li><a href="/2024/06/n{i}.html">{t}</a></li>' for i, t in enumerate(TITLES))
    others = "".join(f'<li><a href="/2023/01/m{i}.html">Another story number {i}</a></li>' for i in range(3))
    body = (
        f'<div class="box"><h2>What to read today on the web</h2><ul>{items}</ul></div>'
        f'<div class="box"><h2>More</h2><ul>{others}</ul></div>'
    )
    entries = _parse(body)
    assert [t for t, _, _ in entries][:4] == list(TITLES)
    assert all(published is None for _, _, published in entries)


def test_a_read_more_label_keeps_quotes_that_do_not_wrap_the_whole_title() -> None:
    """ "Read more about "Hamlet" and "Macbeth"": the quotes mark two names, not the title,
    and stay; one pair around the whole goes, an apostrophe inside it no quote."""
    labels = {
        'Read more about "Hamlet" and "Macbeth"': '"Hamlet" and "Macbeth"',
        "Read more about 'It's here at last'": "It's here at last",
        "Read more about 'Grid Resiliency Plans'": "Grid Resiliency Plans",
    }
    for label, title in labels.items():
        link = lxml.html.fromstring(f'<a href="/s" aria-label="{html.escape(label)}"><img src="/x.jpg"></a>')
        assert link_title(link, lambda _: None)[0] == title
