"""Misfires of issue 12's bare-listing rules on pages they were not written for (review42),
written small: a blog whose posts carry an unlinked heading and link their page by their <time>
alone ("<h2>Title</h2><a href=/p/1><time>Feb 20, 2020</time></a><p>…") was titled by the start
of each post's text (the <time>-linked note's rule, ``time_note``), not by its heading.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2020, 3, 1, 12, 0, tzinfo=UTC)


def _blog() -> bytes:
    posts = "".join(
        f"<article class='post'><h2>Walking the coast, part {i + 1}</h2>"
        f"<a href='/p/{i}'><time datetime='2020-02-{20 - i}'>Feb {20 - i}, 2020</time></a>"
        "<p>Some words about the walk that go on for a while, to read as the post's summary.</p>"
        "</article>"
        for i in range(4)
    )
    return f"<html><body><main>{posts}</main></body></html>".encode()


def test_time_linked_post_keeps_its_unlinked_heading() -> None:
    parsed = parse_document(_blog(), url="https://blog.example/", source_type="html", timezone="UTC", now=NOW)
    assert [e.title for e in parsed.entries] == [f"Walking the coast, part {i + 1}" for i in range(4)]
    assert [e.link for e in parsed.entries] == [f"https://blog.example/p/{i}" for i in range(4)]
    assert [e.published.day if e.published else None for e in parsed.entries] == [20, 19, 18, 17]
