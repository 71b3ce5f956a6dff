"""The sources room: the sources table as the configuration and the fetches left it,
read for listings, health and the publishing rhythm."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Row, bindparam, func, insert, select, update

from aggregator.config import SourceConfig
from aggregator.exceptions import SourceNotFoundError
from aggregator.store import models as m
from aggregator.store._base import StoreBase
from aggregator.store._rows import ENTRIES, SOURCES, chunks, source_info_of, source_state_of
from aggregator.store.engine import lock_keys
from aggregator.types import SourceHealth, SourceInfo, SourceState

logger = logging.getLogger(__name__)


_ENTRY_DATE = func.coalesce(ENTRIES.c.published, ENTRIES.c.updated)

_RECENT_DATES = (
    select(_ENTRY_DATE)
    .where(
        ENTRIES.c.source_id
        == select(m.Source.id).where(m.Source.name == bindparam("name")).scalar_subquery(),
        _ENTRY_DATE.is_not(None),
    )
    .order_by(ENTRIES.c.sort_date.desc(), ENTRIES.c.id.desc())
    .limit(bindparam("limit"))
)
# The same for many sources in one statement. On SQLite, each source's newest dated
# entries are found by a correlated subquery that walks the (source_id, sort_date) index
# from its top and stops at ``limit``: ranking every entry of the sources with row_number()
# sorted them all, most of a 304 pass's claim with 16,000 entries. PostgreSQL would run
# that subquery for every row of the join: it ranks them (a LATERAL join would do better).
_RANKED = (
    select(
        m.Source.name.label("name"),
        _ENTRY_DATE.label("date"),
        func.row_number()
        .over(partition_by=ENTRIES.c.source_id, order_by=(ENTRIES.c.sort_date.desc(), ENTRIES.c.id.desc()))
        .label("n"),
    )
    .join_from(ENTRIES, m.Source, ENTRIES.c.source_id == m.Source.id)
    .where(m.Source.name.in_(bindparam("names", expanding=True)), _ENTRY_DATE.is_not(None))
    .subquery()
)
_RANKED_DATES_OF = (
    select(_RANKED.c.name, _RANKED.c.date)
    .where(_RANKED.c.n <= bindparam("limit"))
    .order_by(_RANKED.c.name, _RANKED.c.n)
)
_NEWEST = ENTRIES.alias("newest")
_NEWEST_IDS = (
    select(_NEWEST.c.id)
    .where(
        _NEWEST.c.source_id == m.Source.id,
        func.coalesce(_NEWEST.c.published, _NEWEST.c.updated).is_not(None),
    )
    .order_by(_NEWEST.c.sort_date.desc(), _NEWEST.c.id.desc())
    .limit(bindparam("limit"))
    .correlate(m.Source)
)
_RECENT_DATES_OF = (
    select(m.Source.name, _ENTRY_DATE)
    # The subquery in the ON clause, alone: with "source_id = sources.id" beside it, SQLite
    # walks every entry of the source and runs the subquery for each.
    .join_from(m.Source, ENTRIES, ENTRIES.c.id.in_(_NEWEST_IDS))
    .where(m.Source.name.in_(bindparam("names", expanding=True)))
    .order_by(m.Source.name, ENTRIES.c.sort_date.desc(), ENTRIES.c.id.desc())
)


def _changes(row: Row[str, str, str, bool], cfg: SourceConfig, now: datetime) -> dict[str, Any]:
    """What a stored source's row must change to match its configuration: a new URL in the
    config replaces the stored one (even one learned from a permanent redirect), a new type
    starts its reading afresh, a source back in the config is polled again; each is due now."""
    changes: dict[str, Any] = {}
    if row.config_url != cfg.url:
        logger.info("source url changed in config source=%s url=%s", cfg.name, cfg.url)
        changes.update(url=cfg.url, config_url=cfg.url, disabled=False)
    if row.type != cfg.type:
        changes["type"] = cfg.type
    if changes:
        changes.update(etag=None, last_modified=None, via=None, body_hash=None)
    if changes or not row.active:
        changes.update(active=True, next_fetch_at=now)
    return changes


class SourceRooms(StoreBase):
    """Sources: configured, listed, their state and health."""

    def sync_sources(self, sources: Sequence[SourceConfig], now: datetime) -> None:
        """Make the sources table match the configuration, keyed by name.

        A new source is due at once. A changed URL in the config replaces the stored one (even
        one learned from a permanent redirect) and keeps the entries. Sources no longer in the
        config stop being polled; their entries stay.
        """
        # Core statements over the few columns compared, not ORM objects: a first pass
        # over 10,000 sources held them all at once, about 3 KB each, the pass's peak memory.
        with self._writing() as s:
            # Workers starting together all sync the same configuration: one at a time, so
            # the next finds the sources the first inserted.
            lock_keys(s, ["sync-sources"])
            existing = {
                r.name: r
                for r in s.execute(select(m.Source.name, m.Source.config_url, m.Source.type, m.Source.active))
            }
            new = []
            for cfg in sources:
                row = existing.pop(cfg.name, None)
                if row is None:
                    new.append(
                        {
                            "name": cfg.name,
                            "url": cfg.url,
                            "config_url": cfg.url,
                            "type": cfg.type,
                            "active": True,
                            "disabled": False,
                            "failures": 0,
                            "next_fetch_at": now,
                            "created_at": now,
                        }
                    )
                elif changes := _changes(row, cfg, now):
                    s.execute(update(SOURCES).where(SOURCES.c.name == cfg.name).values(changes))
            for batch in chunks(new):
                s.execute(insert(SOURCES), list(batch))
            gone = [name for name, row in existing.items() if row.active]
            for batch in chunks(gone):
                s.execute(update(SOURCES).where(SOURCES.c.name.in_(batch)).values(active=False))

    def list_sources(self, *, active_only: bool = True) -> list[SourceInfo]:
        with self._reading() as s:
            query = select(m.Source).order_by(m.Source.name)
            if active_only:
                query = query.where(m.Source.active)
            return [source_info_of(row, row.entry_count, self.secret_params) for row in s.scalars(query)]

    def source_health(self) -> list[SourceHealth]:
        """Failures and last success of the sources being polled, by name."""
        with self._reading() as s:
            rows = s.execute(
                select(
                    m.Source.name,
                    m.Source.failures,
                    m.Source.last_success_at,
                    m.Source.created_at,
                    m.Source.warning,
                )
                .where(m.Source.active, ~m.Source.disabled)
                .order_by(m.Source.name)
            ).all()
            return [
                SourceHealth(
                    name=r.name,
                    failures=r.failures,
                    last_success=r.last_success_at,
                    created=r.created_at,
                    warned=r.warning is not None,
                )
                for r in rows
            ]

    def source(self, name: str) -> SourceInfo:
        with self._reading() as s:
            row = s.scalar(select(m.Source).where(m.Source.name == name))
            if row is None:
                raise SourceNotFoundError(f"no source named {name!r}")
            return source_info_of(row, row.entry_count, self.secret_params)

    def source_state(self, name: str) -> SourceState:
        with self._reading() as s:
            row = s.scalar(select(m.Source).where(m.Source.name == name))
            if row is None:
                raise SourceNotFoundError(f"no source named {name!r}")
            return source_state_of(row)

    def enable_source(self, name: str, now: datetime) -> bool:
        """Poll a disabled source again, from ``now``; False when it was not disabled.

        Raises SourceNotFoundError for a name the store does not know.
        """
        with self._writing() as s:
            row = s.scalar(select(m.Source).where(m.Source.name == name))
            if row is None:
                raise SourceNotFoundError(f"no source named {name!r}")
            if not row.disabled:
                return False
            row.disabled = False
            row.failures = 0
            row.next_fetch_at = now
            logger.info("source enabled source=%s url=%s", name, row.url)
            return True

    def recent_entry_dates(self, name: str, limit: int) -> list[datetime]:
        """The published (else updated) dates of the source's newest dated entries, newest
        first: what its publishing rhythm is read from."""
        with self._reading() as s:
            return list(s.connection().scalars(_RECENT_DATES, {"name": name, "limit": limit}))

    def recent_entry_dates_of(self, names: Sequence[str], limit: int) -> dict[str, list[datetime]]:
        """``recent_entry_dates`` of many sources, by name, in one query per ``BATCH`` of
        them: a pass over many sources reads their rhythms at once rather than with a
        query each (about a millisecond a source, most of a 304's cost)."""
        found: dict[str, list[datetime]] = {name: [] for name in names}
        statement = _RANKED_DATES_OF if self.dialect == "postgresql" else _RECENT_DATES_OF
        with self._reading() as s:
            conn = s.connection()
            for chunk in chunks(list(names)):
                for name, date in conn.execute(statement, {"names": list(chunk), "limit": limit}):
                    found[name].append(date)
        return found
