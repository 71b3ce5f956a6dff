"""The store made to match the configuration: at start and on every reload.

Sources added, removed or changed, configured tags, entry tags recomputed when the rules
changed (retag), intervals that a reload changed, and claims of processes that died. Called
by every process that fetches (``run``, ``worker``, ``fetch``); fetching itself is update.py.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Iterable
from datetime import UTC, datetime

from aggregator.config import Config
from aggregator.store import Store, claimer_is_dead
from aggregator.tag import Tagger, category_tags, category_titles
from aggregator.types import EntryData

logger = logging.getLogger(__name__)

#: Setting under which the store remembers which tag rules its entry tags were computed with.
TAGGING_SETTING = "tagging_fingerprint"
#: Seconds between two progress lines of a retag (a million entries take minutes).
RETAG_PROGRESS_SECONDS = 10.0


def apply_configuration(config: Config, store: Store, now: datetime | None = None) -> None:
    """Make the store match the configuration: sources added, removed or changed (a new
    one is due at once), configured tags, and entry tags recomputed if the rules changed.
    At start and on reload, by every process that fetches."""
    store.sync_sources(config.sources, now or datetime.now(UTC))
    store.sync_tags(config.tags, now)
    retag_if_needed(config, store)
    release_dead_claims(store, now or datetime.now(UTC))


def reschedule_changed_intervals(old: Config, new: Config, store: Store,
                                 now: datetime | None = None) -> list[str]:
    """After a reload: sources given a new ``interval`` of their own are due at their last
    fetch plus that interval, not when the old one put them (up to a day away). Sources
    without one keep their time: their interval follows their entries' rhythm, which a
    reload does not change (schedule.polling_interval); the next fetch recomputes it.
    Their names."""
    before = {s.name: s for s in old.sources}
    changed = {cfg.name: cfg.interval for cfg in new.sources
               if cfg.interval is not None and cfg.name in before
               and cfg.interval != before[cfg.name].interval}
    if changed:
        moved = store.reschedule(changed, now or datetime.now(UTC))
        logger.info("polling intervals changed, sources rescheduled sources=%s moved=%d",
                    ",".join(sorted(changed)), moved)
    return sorted(changed)


def release_dead_claims(store: Store, now: datetime) -> int:
    """Give back the claims of processes of this machine that died holding them (kill -9,
    the OOM killer, a power cut), so that their sources are fetched now rather than when
    the lease ends; returns how many. Claims of other machines are left to their lease."""
    released = 0
    for claimer in store.claim_holders(now):
        if claimer_is_dead(claimer):
            count = store.release_claims(claimer=claimer)
            logger.warning("claims of a process that died released claimer=%s sources=%d",
                           claimer, count)
            released += count
    return released


def tagging_fingerprint(config: Config) -> str:
    """Identifies the tag rules and source tags that stored entry tags were computed with."""
    rules: dict[str, object] = {
        "tags": {t.slug: sorted(t.keywords) for t in config.tags},
        "sources": {s.name: sorted(s.tags) for s in config.sources},
        "category_tags": sorted(s.name for s in config.sources if s.category_tags)}
    if queries := {t.slug: t.query.text for t in config.tags if t.query}:
        rules["queries"] = queries  # only when some: no retag on upgrade without queries
    return hashlib.sha256(json.dumps(rules, sort_keys=True).encode()).hexdigest()


def retag_if_needed(config: Config, store: Store) -> int:
    """Recompute the stored entries' tags when the tag rules or source tags changed since
    they were computed; returns how many entries changed tags.

    Works in batches of ``Store.BATCH`` entries, one short write transaction each, so the
    server goes on answering from the entries as they are; logs its progress every
    ``RETAG_PROGRESS_SECONDS``. Entries that join a tag are numbered after its existing
    ones (store/_links.py), so its archive pages keep their entries and the newcomers reach
    subscribers in the current document; entries that leave it leave every document.
    Entries of sources no longer in the configuration keep the tags they have.
    """
    fingerprint = tagging_fingerprint(config)
    if store.get_setting(TAGGING_SETTING) == fingerprint:
        return 0
    tagger = make_tagger(config)
    sources = {s.name: s for s in config.sources}
    total, seen, changed = store.entry_count(), 0, 0
    started = last_report = time.monotonic()
    logger.info("retag started after a rule change entries=%d", total)
    for batch in store.iter_entries_for_tagging():
        tags: dict[int, frozenset[str]] = {}
        capped: set[str] = set()
        for entry_id, name, data in batch:
            if name in sources:
                cfg = sources[name]
                allowed = category_tags([data], cfg.category_tags, limit=None)
                tags[entry_id] = tagger.tags_for(data, cfg.tags, allowed, source=name)
                capped |= allowed - set(cfg.tags)
        if tags:
            changed += store.replace_tags(tags, tag_titles(config, (d for *_, d in batch)),
                                          category_tags=frozenset(capped))
        seen += len(batch)
        if time.monotonic() - last_report >= RETAG_PROGRESS_SECONDS:
            last_report = time.monotonic()
            logger.info("retag progress entries=%d of=%d changed=%d", seen, total, changed)
    store.set_setting(TAGGING_SETTING, fingerprint)
    logger.info("retag done entries=%d changed=%d ms=%d", seen, changed,
                (time.monotonic() - started) * 1000)
    return changed


def tag_titles(config: Config, entries: Iterable[EntryData]) -> dict[str, str]:
    """Display titles for tags: configured titles first, then the entries' categories."""
    titles = {t.slug: t.title for t in config.tags}
    for entry in entries:
        for slug, title in category_titles(entry.categories).items():
            titles.setdefault(slug, title)
    return titles



def make_tagger(config: Config) -> Tagger:
    """The tagger of the configured tag rules."""
    return Tagger({t.slug: t.keywords for t in config.tags},
                  {t.slug: t.query for t in config.tags if t.query})
