"""A bare entry with only the fields a matcher reads, for the tag and query tests."""

from __future__ import annotations

from aggregator.types import EntryData


def entry(
    title: str | None = None,
    summary: str | None = None,
    content: str | None = None,
    author: str | None = None,
    categories: tuple[str, ...] = (),
) -> EntryData:
    return EntryData(
        guid="g",
        url=None,
        title=title,
        summary=summary,
        content=content,
        author=author,
        published=None,
        updated=None,
        categories=categories,
    )
