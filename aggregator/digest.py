"""A fetched body, parsed and normalized: the CPU-heavy part of an update, in one call.

Pure, and picklable both ways, so that it can run in a process of its own: ``aggregator
fetch`` hands bodies to a pool of parser processes, so that both cores of a small machine
work (the rest of an update is I/O, and the store, which the main process keeps).
``start_parser_process`` is that pool's initializer: its processes yield the processor to the
process they serve, and end with it.
"""

from __future__ import annotations

import contextlib
import os
import select
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import BrokenExecutor, Executor
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from aggregator.config import SelectConfig
from aggregator.exceptions import ParseError
from aggregator.normalize import normalize_feed
from aggregator.parse import parse_document
from aggregator.redact import DEFAULT_SECRET_PARAMS, redact_url
from aggregator.types import EntryData, FeedInfo, ParsedFeed
from aggregator.words import search_text


@dataclass(frozen=True, slots=True)
class Digest:
    #: What the document is, with its links (next page, advertised feed) and hints; its raw
    #: entries are left out (``entries`` holds them normalized).
    parsed: ParsedFeed
    info: FeedInfo
    entries: tuple[EntryData, ...]
    #: Each entry's words as the search index holds them (words.search_text), in the order
    #: of ``entries``: folded here, in the parser process, not by the process that writes.
    search_texts: tuple[str, ...] = ()

    def search_texts_of(self) -> Callable[[EntryData], str | None]:
        """A lookup of the search text of an entry: found when the entry is one of
        ``entries`` itself, not a copy changed since (by its article page, say); None
        otherwise (the store then computes it)."""
        by_id = {id(e): (e, t) for e, t in zip(self.entries, self.search_texts, strict=False)}

        def lookup(entry: EntryData) -> str | None:
            found = by_id.get(id(entry))
            return found[1] if found is not None and found[0] is entry else None

        return lookup


def digest(
    body: bytes,
    *,
    url: str,
    headers: Mapping[str, str],
    source_type: str,
    source: str | None,
    select: SelectConfig | None,
    timezone: str,
    now: datetime,
    limit: int,
    secret_params: frozenset[str] = DEFAULT_SECRET_PARAMS,
) -> Digest:
    """Parse and normalize a body (at most ``limit`` entries). Raises ParseError.

    Read against ``url`` redacted (redact.py): a relative link in an entry resolved against
    ``https://user:pass@host/?api_key=…`` would publish the credentials with the entry.
    """
    public = redact_url(url, secret_params)
    parsed = parse_document(
        body,
        url=public,
        headers=dict(headers),
        source_type=source_type,
        source=source,
        select=select,
        timezone=timezone,
        now=now,
        limit=limit,
    )
    info, entries = normalize_feed(replace(parsed, entries=parsed.entries[:limit]), base_url=public)
    return Digest(
        parsed=replace(parsed, entries=()),
        info=info,
        entries=entries,
        search_texts=tuple(search_text(e.title, e.summary, e.content) for e in entries),
    )


def digest_in(parsers: Executor, body: bytes, **args: Any) -> Digest:
    """``digest`` in a parser process of ``parsers``. Raises ParseError.

    A parser process that dies (the OOM killer, a signal) fails the tasks of its pool, and
    the pool is replaced (cli/ingest.py): the body is read once more there. A body that
    kills it again is its source's error, not every source's.
    """
    try:
        return parsers.submit(digest, body, **args).result()
    except BrokenExecutor:
        pass  # the next submit replaces the pool
    try:
        return parsers.submit(digest, body, **args).result()
    except BrokenExecutor as e:
        raise ParseError(
            "the parser process ended abruptly while reading this document (killed, or "
            "out of memory); it is read again at the next fetch",
            source=args.get("source"),
        ) from e


#: How much nicer than the process it serves a parser process is (``os.nice``). That process
#: is the pass's one line that cannot be split (fetching, and the writer with the GIL it
#: shares with its threads); parsing is throughput work that two processes share. On two
#: cores the three compete, and the kernel shared time alike: the writer then waited behind
#: parsing it had no use for yet. Nicer parsers made a cold pass of 300 feeds 13 % shorter
#: (2.95 s to 2.56 s; no further gain past 10), the same work in less time.
PARSER_NICENESS = 10


def start_parser_process(parent: int) -> None:
    """Initializer of a parser process: lower its priority (``PARSER_NICENESS``) and
    ``exit_with`` process ``parent``."""
    with contextlib.suppress(OSError):  # refused (a sandbox): parse at the same priority
        os.nice(PARSER_NICENESS)
    exit_with(parent)


def exit_with(parent: int) -> None:
    """Exit as soon as process ``parent`` has.

    A process pool's workers hold both ends of their own task queue, so when the process
    that feeds them is killed (kill -9, the OOM killer) no end-of-file ever reaches them:
    they would wait for work forever, and keep their forkserver alive with them.
    """
    threading.Thread(target=_exit_after, args=(parent,), name="parent-watch", daemon=True).start()


def _exit_after(pid: int) -> None:
    try:
        handle = os.pidfd_open(pid)  # Linux 5.3+: readable once the process has exited
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):
        while _alive(pid):
            time.sleep(1.0)
    else:
        select.select([handle], [], [])
    os._exit(1)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
