"""A list whose every entry links its document in several forms (a preprint server's recent
submissions: "arXiv:2012.00001 [pdf, other]", the abstract's page, the PDF, other formats) in
lists under day headings: each entry is one paper, not a container of several articles, and
every entry of each day's list is read, dated by its day.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2020, 12, 4, 12, 0, tzinfo=UTC)


def _paper(n: int) -> str:
    aid = f"2012.{n:05d}"
    return (
        f"<dt><a name='item{n}'>[{n}]</a> <span class='list-identifier'><a href='/abs/{aid}' "
        f"title='Abstract'>arXiv:{aid}</a> [<a href='/pdf/{aid}' title='Download PDF'>pdf</a>, "
        f"<a href='/format/{aid}' title='Other formats'>other</a>]</span></dt><dd><div class='meta'>"
        f"<div class='list-title'><span class='descriptor'>Title:</span> A study of things number {n} in "
        f"deep networks</div><div class='list-authors'><span class='descriptor'>Authors:</span> "
        f"<a href='/a/a_{n}'>Ann Author</a>, <a href='/a/b_{n}'>Bob Writer</a></div></div></dd>"
    )


def test_each_paper_of_each_day_is_one_entry() -> None:
    days = [("Fri, 4 Dec 2020", range(1, 4)), ("Thu, 3 Dec 2020", range(4, 7))]
    lists = "".join(
        f"<h3>{day} (showing {len(ns)} of {len(ns)} entries)</h3><dl>{''.join(_paper(n) for n in ns)}</dl>"
        for day, ns in days
    )
    body = (
        "<html lang='en'><head><title>Recent submissions</title></head><body><div id='dlpage'>"
        f"<h1>Machine Learning</h1><h2>Authors and titles for recent submissions</h2>{lists}"
        "</div></body></html>"
    )
    parsed = parse_document(
        body.encode(),
        url="https://preprints.example/list/cs.LG/recent",
        source_type="html",
        timezone="America/New_York",
        now=NOW,
    )
    assert [(e.link, e.published) for e in parsed.entries] == [
        (f"https://preprints.example/abs/2012.{n:05d}", datetime(2020, 12, 4 if n < 4 else 3, 17, tzinfo=UTC))
        for n in range(1, 7)
    ]
    assert parsed.entries[0].title == "A study of things number 1 in deep networks"
