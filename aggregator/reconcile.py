"""The store made to match the configuration: at start and on every reload.

Sources added, removed or changed, configured tags, entry tags recomputed when the rules
changed (retag.py: at once here, or in the background by a long-running process), intervals
that a reload changed, and claims of processes that died. Called by every process that
fetches (``run``, ``worker``, ``fetch``); fetching itself is update/.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from aggregator.config import Config
from aggregator.retag import retag_if_needed
from aggregator.store import Store, claimer_is_dead

logger = logging.getLogger("aggregator.update")


def apply_configuration(
    config: Config, store: Store, now: datetime | None = None, *, retag: bool = True
) -> None:
    """Make the store match the configuration: sources added, removed or changed (a new
    one is due at once), configured tags, and entry tags recomputed if the rules changed
    (unless ``retag`` is False: a long-running process retags in the background,
    retag.Retagger). At start and on reload, by every process that fetches."""
    store.sync_sources(config.sources, now or datetime.now(UTC))
    store.sync_tags(config.tags, now)
    if retag:
        retag_if_needed(config, store)
    release_dead_claims(store, now or datetime.now(UTC))


def reschedule_changed_intervals(
    old: Config, new: Config, store: Store, now: datetime | None = None
) -> list[str]:
    """After a reload: sources given a new ``interval`` of their own are due at their last
    fetch plus that interval, not when the old one put them (up to a day away). Sources
    without one keep their time: their interval follows their entries' rhythm, which a
    reload does not change (schedule.polling_interval); the next fetch recomputes it.
    Their names."""
    before = {s.name: s for s in old.sources}
    changed = {
        cfg.name: cfg.interval
        for cfg in new.sources
        if cfg.interval is not None and cfg.name in before and cfg.interval != before[cfg.name].interval
    }
    if changed:
        moved = store.reschedule(changed, now or datetime.now(UTC))
        logger.info(
            "polling intervals changed, sources rescheduled sources=%s moved=%d",
            ",".join(sorted(changed)),
            moved,
        )
    return sorted(changed)


def release_dead_claims(store: Store, now: datetime) -> int:
    """Give back the claims of processes of this machine that died holding them (kill -9,
    the OOM killer, a power cut), so that their sources are fetched now rather than when
    the lease ends; returns how many. Claims of other machines are left to their lease."""
    released = 0
    for claimer in store.claim_holders(now):
        if claimer_is_dead(claimer):
            count = store.release_claims(claimer=claimer)
            logger.warning("claims of a process that died released claimer=%s sources=%d", claimer, count)
            released += count
    return released
