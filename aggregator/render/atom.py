"""Atom 1.0 (RFC 4287) through feedgen. HTML goes out as type="html" (escaped), never xhtml."""

from __future__ import annotations

from collections.abc import Sequence

from aggregator.render._common import with_stylesheet
from aggregator.render._feedgen import build
from aggregator.types import Entry, FeedMeta


def render_atom(meta: FeedMeta, entries: Sequence[Entry]) -> bytes:
    return with_stylesheet(
        build(meta, entries, "atom").atom_str(pretty=False, encoding="UTF-8"), meta.base_url
    )
