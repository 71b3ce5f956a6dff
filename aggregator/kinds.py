"""Closed sets of names that cross module boundaries: the kinds of feed we publish and the
formats they come in, as Literal types (so mypy checks every use), their members as tuples,
and the functions through which text from a URL or a database row enters them.

Configuration's own closed sets (source types, enrich modes, log levels) are defined with
the keys that take them, in ``aggregator.config.definitions``.
"""

from __future__ import annotations

from typing import Literal, get_args

#: What a published feed lists: a tag's entries, every entry, one source's, or a search's.
FeedKind = Literal["tag", "all", "source", "search"]
#: The formats every feed is published in (the suffix of its URL: /feeds/kremlin.atom).
FeedFormat = Literal["atom", "rss", "json"]
FEED_FORMATS: tuple[FeedFormat, ...] = get_args(FeedFormat)
FEED_KINDS: tuple[FeedKind, ...] = get_args(FeedKind)


def as_feed_format(text: str) -> FeedFormat:
    """``text`` (a URL's suffix, a stored row) as a FeedFormat; ValueError when it is none."""
    for fmt in FEED_FORMATS:
        if text == fmt:
            return fmt
    raise ValueError(f"unknown feed format {text!r}; expected one of {', '.join(FEED_FORMATS)}")


def as_feed_kind(text: str) -> FeedKind:
    """``text`` (a stored row) as a FeedKind; ValueError when it is none."""
    for kind in FEED_KINDS:
        if text == kind:
            return kind
    raise ValueError(f"unknown feed kind {text!r}; expected one of {', '.join(FEED_KINDS)}")


def feed_kind_at(folder: str, key: str) -> FeedKind:
    """The kind of the feed at ``/<folder>/<key>.<fmt>`` (folder "feeds" or "sources")."""
    return "source" if folder == "sources" else ("all" if key == "all" else "tag")
