"""History follows the rules: stored entries retagged after the tag rules change.

    fingerprint  tagging_fingerprint(config)      -> what the stored tags were computed with
    retag        retag_if_needed(config, store)   -> batches of entries, one short write each
    background   Retagger.request(config)         -> the same, on a thread of its own

A long-running process retags on its "retag" thread (``Retagger``), so that it serves
from the first second of a start or a reload while a million entries are retagged: readers
see each entry with its old tags until its batch is written. One-shot commands (``fetch``,
``export``) retag before they go on (``update.apply_configuration``). Decides nothing about
tags itself: the tagger (tag.py) does; the store numbers what joins and drops what leaves
(store/_links.py).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable

from aggregator.config import Config
from aggregator.store import Store
from aggregator.tag import TAGGING_SETTING as TAGGING_SETTING
from aggregator.tag import Tagger, category_tags, category_titles
from aggregator.tag import tagging_fingerprint as tagging_fingerprint
from aggregator.types import EntryData

logger = logging.getLogger(__name__)

#: Seconds between two progress lines of a retag (a million entries take minutes).
RETAG_PROGRESS_SECONDS = 10.0


def tagger_for(config: Config) -> Tagger:
    """The tagger of a configuration's keyword rules and queries."""
    return Tagger(
        {t.slug: t.keywords for t in config.tags}, {t.slug: t.query for t in config.tags if t.query}
    )


def tag_titles(config: Config, entries: Iterable[EntryData], *, categories: bool = True) -> dict[str, str]:
    """Display titles for tags: configured titles first, then the entries' categories
    (unless ``categories`` is False: the source's categories are not tags, and reading
    them is most of this function's cost on a large pass)."""
    titles = {t.slug: t.title for t in config.tags}
    if not categories:
        return titles
    for entry in entries:
        for slug, title in category_titles(entry.categories).items():
            titles.setdefault(slug, title)
    return titles


def retag_if_needed(config: Config, store: Store, *, stopped: Callable[[], bool] = lambda: False) -> int:
    """Recompute the stored entries' tags when the tag rules or source tags changed since
    they were computed; returns how many entries changed tags.

    Works in batches of ``store.BATCH`` entries, one short write transaction each, so the
    server goes on answering from the entries as they are; logs its progress every
    ``RETAG_PROGRESS_SECONDS``. Entries that join a tag are numbered after its existing
    ones (store/_links.py), so its archive pages keep their entries and the newcomers reach
    subscribers in the current document; entries that leave it leave every document.
    Entries of sources no longer in the configuration keep the tags they have.

    ``stopped`` is asked between batches: when it says so, the retag ends there, without
    recording the fingerprint, so that the next one (the next start, or the retag of a newer
    configuration) does the whole history again.
    """
    fingerprint = tagging_fingerprint(config)
    if store.get_setting(TAGGING_SETTING) == fingerprint:
        return 0
    tagger = tagger_for(config)
    sources = {s.name: s for s in config.sources}
    total, seen, changed = store.entry_count(), 0, 0
    started = last_report = time.monotonic()
    logger.info("retag started after a rule change entries=%d", total)
    for batch in store.iter_entries_for_tagging():
        if stopped():
            logger.info("retag stopped entries=%d of=%d changed=%d", seen, total, changed)
            return changed
        tags: dict[int, frozenset[str]] = {}
        capped: set[str] = set()
        for entry_id, name, data in batch:
            if name in sources:
                cfg = sources[name]
                allowed = category_tags([data], cfg.category_tags, limit=None)
                tags[entry_id] = tagger.tags_for(data, cfg.tags, allowed, source=name)
                capped |= allowed - set(cfg.tags)
        if tags:
            changed += store.replace_tags(
                tags, tag_titles(config, (d for *_, d in batch)), category_tags=frozenset(capped)
            )
        seen += len(batch)
        if time.monotonic() - last_report >= RETAG_PROGRESS_SECONDS:
            last_report = time.monotonic()
            logger.info("retag progress entries=%d of=%d changed=%d", seen, total, changed)
    store.set_setting(TAGGING_SETTING, fingerprint)
    logger.info("retag done entries=%d changed=%d ms=%d", seen, changed, (time.monotonic() - started) * 1000)
    return changed


class Retagger:
    """Retags on a thread of its own ("retag"), one configuration at a time.

    A request while a retag runs stops that one after its current batch and starts over
    with the newer configuration: the entries it had done are redone by the new rules, and
    no entry is left with tags of rules no longer in force. A failure is logged; the next
    request (a reload, a start) tries again, since the fingerprint was not recorded.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._pending: Config | None = None
        #: Fingerprint of the rules being applied (a reload that keeps them goes on with it).
        self._applying: str | None = None
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._closed = False

    def request(self, config: Config) -> None:
        """Retag the history for ``config`` in the background, if its rules changed."""
        with self._lock:
            if self._closed:
                return
            if (
                self._thread is not None
                and self._pending is None
                and self._applying == tagging_fingerprint(config)
            ):
                return
            self._pending = config
            self._stop.set()  # a retag under way gives way to this one
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="retag", daemon=True)
                self._thread.start()

    def running(self) -> bool:
        with self._lock:
            return self._thread is not None

    def join(self, timeout: float) -> bool:
        """Wait up to ``timeout`` seconds for the retags requested so far; True when done."""
        with self._lock:
            thread = self._thread
        if thread is not None:
            thread.join(timeout)
            return not thread.is_alive()
        return True

    def close(self, timeout: float) -> bool:
        """Stop after the current batch (the rest is done at the next start); True when
        the thread ended within ``timeout`` seconds."""
        with self._lock:
            self._closed, self._pending = True, None
            self._stop.set()
        return self.join(timeout)

    def _run(self) -> None:
        while True:
            with self._lock:
                config, self._pending = self._pending, None
                if config is None:
                    self._thread, self._applying = None, None
                    return
                self._stop.clear()
                self._applying = tagging_fingerprint(config)
            try:
                retag_if_needed(config, self.store, stopped=self._stop.is_set)
            except Exception:
                logger.error("retag failed, tried again at the next reload or start", exc_info=True)
