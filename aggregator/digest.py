"""A fetched body, parsed and normalized: the CPU-heavy part of an update, in one call.

Pure, and picklable both ways, so that it can run in a process of its own: ``aggregator
fetch`` hands bodies to a pool of parser processes, so that both cores of a small machine
work (the rest of an update is I/O, and the store, which the main process keeps).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime

from aggregator.config import SelectConfig
from aggregator.normalize import normalize_feed
from aggregator.parse import parse_document
from aggregator.types import EntryData, FeedInfo, ParsedFeed


@dataclass(frozen=True, slots=True)
class Digest:
    #: What the document is, with its links (next page, advertised feed) and hints; its raw
    #: entries are left out (``entries`` holds them normalized).
    parsed: ParsedFeed
    info: FeedInfo
    entries: tuple[EntryData, ...]


def digest(body: bytes, *, url: str, headers: Mapping[str, str], source_type: str,
           source: str | None, select: SelectConfig | None, timezone: str, now: datetime,
           limit: int) -> Digest:
    """Parse and normalize a body (at most ``limit`` entries). Raises ParseError."""
    parsed = parse_document(body, url=url, headers=dict(headers), source_type=source_type,
                            source=source, select=select, timezone=timezone, now=now)
    info, entries = normalize_feed(replace(parsed, entries=parsed.entries[:limit]),
                                   base_url=url)
    return Digest(parsed=replace(parsed, entries=()), info=info, entries=entries)
