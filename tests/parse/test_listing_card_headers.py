"""A list of cards written with a header each (dev/github_releases_en: a release's header
holds its title link and "alice released this", its notes hold headings of their own): the
title is the header's link, not a heading of the card's body; the author is the link before
"released this"; a block holding most of <main>'s links is the content whatever its class
says ("… experiment-repo-nav")."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.parse.listing._document import read_document
from aggregator.parse.listing._title import title_element
from aggregator.types import RawEntry

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def entries(body: str) -> tuple[RawEntry, ...]:
    return parse_document(
        body.encode(),
        url="https://code.example/acme/tool/releases",
        source_type="html",
        timezone="UTC",
        now=NOW,
    ).entries


def release(n: int) -> str:
    return (
        '<div class="release-entry"><div class="release-meta"><ul>'
        f'<li><a href="/acme/tool/tree/v1.{n}.0">v1.{n}.0</a></li></ul></div>'
        '<div class="release-main"><div class="release-header">'
        f'<div class="f1"><a href="/acme/tool/releases/tag/v1.{n}.0">v1.{n}.0</a></div>'
        f'<p><a href="/alice">alice</a> released this <time datetime="2026-10-{10 + n}T08:15:00Z">'
        f"Oct {10 + n}, 2026</time> · 3 commits to main since this release</p></div>"
        '<div class="markdown-body"><h3>🐛 Bug fixes</h3><ul><li>Fix the parser on empty input '
        f'<a href="/acme/tool/pull/{100 + n}">#{100 + n}</a></li><li>Keep the cache warm</li></ul>'
        "<h3>✨ Features</h3><ul><li>A new option for the command line tool, with its docs</li></ul></div>"
        f'<a href="/acme/tool/archive/v1.{n}.0.tar.gz">Source code (tar.gz)</a></div></div>'
    )


PAGE = (
    '<html><body><header><nav><a href="/">Home</a><a href="/explore">Explore</a></nav></header>'
    '<main><div class="pagehead"><h1><a href="/acme">acme</a> / <a href="/acme/tool">tool</a></h1>'
    '<a href="/acme/tool/issues">Issues</a><a href="/acme/tool/pulls">Pull requests</a></div>'
    '<div class="container experiment-repo-nav"><div class="releases">'
    + "".join(release(n) for n in range(4, 0, -1))
    + "</div></div></main></body></html>"
)


def test_the_title_is_the_header_link_not_a_heading_of_the_notes() -> None:
    found = entries(PAGE)
    assert [e.link for e in found] == [
        f"https://code.example/acme/tool/releases/tag/v1.{n}.0" for n in range(4, 0, -1)
    ]
    assert [e.title for e in found] == ["v1.4.0", "v1.3.0", "v1.2.0", "v1.1.0"]
    assert found[0].published == datetime(2026, 10, 14, 8, 15, tzinfo=UTC)


def test_the_author_is_the_link_before_released_this() -> None:
    assert {e.author for e in entries(PAGE)} == {"alice"}


def test_a_header_of_metadata_alone_does_not_hold_the_title() -> None:
    doc = read_document(
        '<html><body><article class="post"><header class="post-header"><span class="author">'
        '<a href="/people/jane">Jane Doe</a></span></header>'
        "<h2>An unlinked headline of the post</h2><p>The first words of the post.</p>"
        '<a href="/2026/11/1/post/">Read the whole post</a></article></body></html>'
    )
    assert title_element(doc.find(".//article")).tag == "h2"


def test_a_heading_linked_below_the_header_stays_the_title() -> None:
    doc = read_document(
        '<html><body><div class="card"><div class="card__header"><a href="/topics/tools">Tools</a>'
        '</div><h2><a href="/2026/11/1/post/">A linked headline</a></h2></div></body></html>'
    )
    assert title_element(doc.find(".//div")).tag == "h2"


def test_a_name_in_prose_before_a_verb_is_not_a_byline() -> None:
    prose = " ".join(["word"] * 20)
    card = (
        '<article><h2><a href="/2026/11/{n}/essay-{n}/">An essay about the tools we use every day</a></h2>'
        f'<p>{prose} as <a href="/bob">Bob</a> wrote in his letter {prose}</p></article>'
    )
    found = entries(
        "<html><body><main>" + "".join(card.format(n=n) for n in range(1, 4)) + "</main></body></html>"
    )
    assert len(found) == 3
    assert {e.author for e in found} == {None}
