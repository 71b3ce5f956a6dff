"""A head start for the first pass over a database yet to be made.

Making the store (importing SQLAlchemy and the models, creating the schema, applying the
configuration) is about half a second of one core before the first source can be claimed,
while the parser processes have already booted and wait. On a database that does not exist
yet no source has validators, a stored body or a claim, so what the first fetch of each source
asks for is known from the configuration alone: ``HeadStart`` fetches the sources and hands
their bodies to the parser processes meanwhile, through the same ``HostLimiter`` the pass
uses next (one host's requests stay as many and as far apart as configured), until the store
is made, never more than ``MAX_PARSING`` bodies ahead of the parsers, and for the first
``MAX_AHEAD`` sources only. The pass then claims the sources as usual and takes each one's
fetch and parse from here (update.Updater.ahead): nothing is requested twice. A source the
pass does not claim (another process made the database and took it first) leaves its head
start unused.

Imports nothing of the store: this runs while the store is being imported.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from concurrent.futures import BrokenExecutor, Executor, Future
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from aggregator.exceptions import FetchError
from aggregator.politeness import HostLimiter, host_of
from aggregator.types import Fetched, NotModified

if TYPE_CHECKING:
    from aggregator.config import Config, SourceConfig
    from aggregator.digest import Digest
    from aggregator.fetch import Fetcher

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Ahead:
    """A source's first fetch, done ahead of its claim, and its body's parse under way."""

    #: The URL asked for (without validators: a new database has none).
    url: str
    #: When it was fetched: the update's ``now`` (fetched_at, and the parse's reference time).
    now: datetime
    response: Fetched | NotModified | FetchError
    #: How the body was read (``digest``'s ``source_type``), and the parse in a parser
    #: process; None when there was no body to parse.
    source_type: str | None = None
    digest: Future[Digest] | None = None


def digest_args(
    config: Config, cfg: SourceConfig, name: str, response: Fetched, now: datetime, source_type: str
) -> dict[str, Any]:
    """``digest``'s arguments but the body, for a source's response: the same whether the
    parse is started ahead (here) or by the update (update.Updater)."""
    return {
        "url": response.url,
        "headers": dict(response.headers),
        "source_type": source_type,
        "source": name,
        "select": cfg.select,
        "timezone": cfg.timezone,
        "now": now,
        "limit": config.fetch.max_entries,
        "secret_params": config.fetch.secret_params,
    }


#: Bodies handed to the parser processes ahead and not parsed yet, at most: past it, the
#: next sources are left to the pass (what a head start holds in memory stays small).
MAX_PARSING = 16
#: Sources given a head start, at most: the first ones of the pass. Half a second of two
#: parser processes reads about a hundred feeds; more would only hold a future each.
MAX_AHEAD = 256


class HeadStart:
    """The first fetches of a new database's sources, under way until ``stop``: the sources
    not fetched by then are left to the pass, as if there had been no head start."""

    def __init__(self, config: Config, fetcher: Fetcher, parsers: Executor) -> None:
        self.config = config
        self.fetcher = fetcher
        self.parsers = parsers
        #: By source name: what was fetched ahead, or None (left to the pass).
        self.futures: dict[str, Future[Ahead | None]] = {}
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self._parsing = 0

    def start(self, names: Sequence[str], limiter: HostLimiter) -> None:
        """Fetch the first ``MAX_AHEAD`` of ``names``, in that order and host by host through
        ``limiter``, and start parsing their bodies; returns at once."""
        for name in names[:MAX_AHEAD]:
            cfg = self.config.source(name)
            if cfg is not None:
                self.futures[name] = limiter.submit(host_of(cfg.url), self._fetch, cfg)
        logger.info("new database: fetching while the store is made sources=%d", len(self.futures))

    def handed_over(self) -> dict[str, Future[Ahead | None]]:
        """The futures, given to the pass, which drops each one it uses: kept here too, they
        would hold every parse done ahead until the pass ends."""
        futures, self.futures = self.futures, {}
        return futures

    def stop(self) -> None:
        """The store is made: the sources whose fetch has not started are left to the pass."""
        self._stopped.set()

    def _fetch(self, cfg: SourceConfig) -> Ahead | None:
        from aggregator.digest import digest

        with self._lock:
            if self._stopped.is_set() or self._parsing >= MAX_PARSING:
                return None
            self._parsing += 1
        now = datetime.now(UTC)
        try:
            response = self.fetcher.fetch(cfg.url)
        except FetchError as e:
            self._parsed()
            return Ahead(url=cfg.url, now=now, response=e)
        if not isinstance(response, Fetched):
            self._parsed()
            return Ahead(url=cfg.url, now=now, response=response)
        # A new source has no feed found through its page yet ("via"): read as configured.
        args = digest_args(self.config, cfg, cfg.name, response, now, cfg.type)
        try:
            parse = self.parsers.submit(digest, response.body, **args)
        except BrokenExecutor:  # parser processes that keep dying: the update parses it
            self._parsed()
            return Ahead(url=cfg.url, now=now, response=response)
        parse.add_done_callback(lambda _: self._parsed())
        return Ahead(url=cfg.url, now=now, response=response, source_type=cfg.type, digest=parse)

    def _parsed(self) -> None:
        with self._lock:
            self._parsing -= 1
