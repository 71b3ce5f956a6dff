"""The claims room: which worker fetches which source now, and when each is due.

Claiming goes through the database so that several worker processes can share a
PostgreSQL database without fetching a source twice."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update

from aggregator.schedule import claim_token as claim_token
from aggregator.store import models as m
from aggregator.store._base import StoreBase
from aggregator.store._rows import chunks, source_state_of
from aggregator.types import SourceState

#: What a claim reads of each source: a SourceState's fields.
_STATE_COLUMNS = (
    m.Source.id,
    m.Source.name,
    m.Source.url,
    m.Source.type,
    m.Source.etag,
    m.Source.last_modified,
    m.Source.failures,
    m.Source.last_success_at,
    m.Source.next_fetch_at,
    m.Source.via,
    m.Source.created_at,
    m.Source.feed_ttl,
    m.Source.body_hash,
)


class ClaimRooms(StoreBase):
    """Claims on sources: taken, given back, rescheduled."""

    def claim_due_sources(
        self,
        now: datetime,
        *,
        limit: int,
        lease: timedelta,
        names: Iterable[str] | None = None,
        due_only: bool = True,
        claimer: str | None = None,
    ) -> list[SourceState]:
        """Claim up to ``limit`` sources for fetching, for ``lease``, and return them.

        A claimed source is not handed out again until ``apply_update`` releases it or the
        lease expires (its worker died). ``names`` restricts the claim to those sources;
        ``due_only=False`` claims them whatever their next fetch time (``aggregator fetch``).
        ``claimer`` identifies the worker (``claim_token()``; a new one when None): the
        result of the fetch is applied only while the claim is still its own.

        On PostgreSQL, ``FOR UPDATE SKIP LOCKED``: concurrent claimers pass over each
        other's rows instead of waiting for them or taking them twice. On SQLite the write
        transaction (BEGIN IMMEDIATE) serializes claimers.
        """
        claimer = claimer or claim_token()
        until = now + lease
        with self._writing() as s:
            # Core rows of the columns a SourceState needs, not ORM objects: a pass claiming
            # 10,000 sources held them all at once (about 3 KB each), its peak memory.
            query = (
                select(*_STATE_COLUMNS)
                .where(
                    m.Source.active,
                    ~m.Source.disabled,
                    (m.Source.claimed_until.is_(None)) | (m.Source.claimed_until <= now),
                )
                .order_by(m.Source.next_fetch_at, m.Source.id)
                .limit(limit)
            )
            if due_only:
                query = query.where(m.Source.next_fetch_at <= now)
            if names is not None:
                query = query.where(m.Source.name.in_(list(names)))
            if self.dialect == "postgresql":
                query = query.with_for_update(skip_locked=True)
            rows = s.execute(query).all()
            for chunk in chunks([row.id for row in rows]):
                s.execute(
                    update(m.Source)
                    .where(m.Source.id.in_(chunk))
                    .values(claimed_until=until, claimed_by=claimer)
                    .execution_options(synchronize_session=False)
                )
            return [source_state_of(row, claimed_by=claimer) for row in rows]

    def requeue(self, names: Iterable[str], until: datetime, claimer: str | None = None) -> None:
        """Release claims taken but not started (their host is busy), due again ``until``:
        behind the sources due now, so that others get their turn."""
        self.release_claims(names, claimer=claimer, until=until)

    def release_claims(
        self, names: Iterable[str] | None = None, *, claimer: str | None = None, until: datetime | None = None
    ) -> int:
        """Give back claims: on the named sources, or on every source ``claimer`` holds (a
        worker stopping), so that they are fetched again at once rather than after the
        lease. With ``claimer``, only its own claims are touched. Their next fetch time is
        left as it was, or set to ``until``. Returns how many claims were released."""
        if names is None and claimer is None:
            raise ValueError("release_claims needs names or a claimer")
        values: dict[str, Any] = {"claimed_by": None, "claimed_until": None}
        if until is not None:
            values["next_fetch_at"] = until
        released = 0
        with self._writing() as s:
            groups: Iterable[Sequence[str] | None] = [None] if names is None else chunks(list(names))
            for chunk in groups:
                query = update(m.Source)
                if chunk is not None:
                    query = query.where(m.Source.name.in_(chunk))
                if claimer is not None:
                    query = query.where(m.Source.claimed_by == claimer)
                result = s.execute(query.values(**values))
                released += int(getattr(result, "rowcount", 0) or 0)
        return released

    def reschedule(self, intervals: Mapping[str, timedelta], now: datetime) -> int:
        """Move the next fetch of each named source to its last fetch plus its new polling
        interval (now, if that is past), after a reload changed the interval: the fetch
        scheduled with the old one may be a day away. Left alone: sources never fetched
        (due already), failing ones (their backoff decides), claimed ones (their fetch sets
        the next time), and a time the feed itself asked for (its ``<ttl>``) that is later.
        Returns how many moved."""
        moved = 0
        with self._writing() as s:
            for chunk in chunks(sorted(intervals)):
                rows = s.scalars(
                    select(m.Source).where(
                        m.Source.name.in_(chunk),
                        m.Source.active.is_(True),
                        m.Source.failures == 0,
                        m.Source.claimed_by.is_(None),
                        m.Source.last_fetch_at.is_not(None),
                    )
                )
                for row in rows:
                    last = row.last_fetch_at
                    assert last is not None
                    when = last + intervals[row.name]
                    if row.feed_ttl:
                        when = max(when, last + timedelta(seconds=row.feed_ttl))
                    when = max(when, now)
                    if row.next_fetch_at != when:
                        row.next_fetch_at = when
                        moved += 1
        return moved

    def claim_holders(self, now: datetime) -> dict[str, int]:
        """Who holds claims that have not expired: claimer -> number of sources."""
        with self._reading() as s:
            return {
                claimer: count
                for claimer, count in s.execute(
                    select(m.Source.claimed_by, func.count())
                    .where(m.Source.claimed_by.is_not(None), m.Source.claimed_until > now)
                    .group_by(m.Source.claimed_by)
                )
                if claimer is not None
            }


def claimer_is_dead(claimer: str) -> bool:
    """True when ``claimer`` (a ``claim_token()``) was a process of this machine that no
    longer exists: killed (SIGKILL, the OOM killer) or gone with a power cut, its claims
    would otherwise hold its sources until their lease ends. False when it may be alive,
    or is another machine's (only its lease tells then)."""
    host, _, rest = claimer.partition(":")
    pid_text, _, _ = rest.partition(":")
    if host != socket.gethostname()[:80] or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # PermissionError: it exists, as another user's
        return False
    # A process with that number exists: the claimer, or a newer process that reused its
    # number (then the lease decides). A zombie is dead: it runs no code any more.
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().rpartition(b")")[2].split()[0] == b"Z"
    except (OSError, IndexError):
        return False
