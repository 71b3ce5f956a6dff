"""Bylines known without a class that says so (issue 12; measured by the corpus read with
opaque class names, tests/parse/test_listing_opaque_names.py): a name beside the card's
date, in the date's line, and schema.org's ``itemprop=creator``. A section label beside the
date, a linked kicker and a lone word are not names.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


def authors(card: str, values: list[str]) -> list[str | None]:
    main = "".join(card.format(i=i, v=v) for i, v in enumerate(values))
    body = f"<html lang=en><head><title>News</title></head><body><main><div class=k7>{main}</div></main>"
    parsed = parse_document(body.encode(), url="https://example.com/news/", source_type="html", now=NOW)
    return [e.author for e in parsed.entries]


CARD = (
    "<div class=c1><h2 class=c2><a href='/news/story-{i}-told-here'>A story told in a few words {i}</a></h2>"
    "<p class=c3>What happened, said in a sentence or two for the card's excerpt.</p>"
    "<div class=c4><span class=c5>{v}</span><time datetime='2026-12-0{i}T10:00:00Z'>Dec {i}, 2026</time>"
    "</div></div>"
)


def test_a_name_beside_the_date_is_the_author_whatever_its_class() -> None:
    names = ["Ana Reyes", "Claire Dubois", "Jens Mattern"]
    assert authors(CARD, names) == names


def test_a_name_in_the_line_beside_the_date_wrapper_is_the_author() -> None:
    card = (
        "<article><h3><a href='/news/item-{i}-of-the-day'>Something that happened today {i}</a></h3>"
        "<p>A short excerpt of the story, in a sentence long enough to be one.</p>"
        "<ul class=x1><li class=x2>{v}</li><li class=x3><time>Dec {i}, 2026</time></li></ul></article>"
    )
    names = ["Thomas Schuster", "Peter Mühlbauer", "Thomas Pany"]
    assert authors(card, names) == names


def test_labels_beside_the_date_are_not_authors() -> None:
    # One word (a section), a word with a digit, a linked kicker: none is a byline.
    assert authors(CARD, ["Politik", "Sport", "Kultur"]) == [None, None, None]
    assert authors(CARD, ["Top 10 Picks", "Season 2 Recap", "Part 3 Of 4"]) == [None, None, None]
    linked = CARD.replace("<span class=c5>{v}</span>", "<a class=c5 href='/news/world/'>{v}</a>")
    assert authors(linked, ["Middle East", "Latin America", "South Asia"]) == [None, None, None]


def test_itemprop_creator_names_the_author() -> None:
    card = (
        "<article><h3><a href='/articles/d41586-{i}'>A finding reported in the journal {i}</a></h3>"
        "<p>The study's result, told in a sentence for the reader of the list.</p>"
        "<ul><li itemprop=creator itemscope itemtype='http://schema.org/Person'>"
        "<span itemprop=name>{v}</span></li></ul></article>"
    )
    names = ["Zeeya Merali", "Ewen Callaway", "Holly Else"]
    assert authors(card, names) == names


def test_a_table_cell_beside_the_date_cell_is_another_column() -> None:
    rows = "".join(
        f"<tr><td><a href='/kb/{i}'>Security content of release {i}.4 for phones</a></td>"
        f"<td>{product}</td><td>2{i} Nov 2026</td></tr>"
        for i, product in enumerate(["Apple Vision Pro", "Apple Watch Ultra", "Mac Studio"], 1)
    )
    body = (
        "<html lang=en-GB><head><title>Releases</title></head><body><main><table>"
        f"<tr><th>Name</th><th>Available for</th><th>Release date</th></tr>{rows}</table></main>"
    )
    parsed = parse_document(body.encode(), url="https://example.com/releases", source_type="html", now=NOW)
    assert [e.author for e in parsed.entries] == [None, None, None]
