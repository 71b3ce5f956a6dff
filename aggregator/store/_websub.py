"""The WebSub rooms of the store: subscribers of our feeds (we are their hub), and our
subscriptions to the hubs of our sources. Rows become dataclasses here; no decision is taken
(aggregator/websub/ decides)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select, update

from aggregator.kinds import FeedFormat, FeedKind, as_feed_format, as_feed_kind
from aggregator.store import models as m
from aggregator.store._base import StoreBase
from aggregator.types import HubSubscription, SourceLease


class WebSubRooms(StoreBase):
    """Hub subscriptions and our leases at hubs."""

    # -- hub: subscribers of our feeds ------------------------------------------------------

    def hub_request(
        self,
        *,
        kind: FeedKind,
        key: str,
        fmt: FeedFormat,
        topic: str,
        callback: str,
        mode: str,
        secret: str | None,
        lease_seconds: int,
        now: datetime,
        limit: int,
    ) -> bool:
        """Record a (un)subscription request, to verify; False when the hub already holds
        ``limit`` subscriptions and this is a new one."""
        with self._writing() as s:
            row = s.scalar(
                select(m.WebSubSubscription).where(
                    m.WebSubSubscription.topic == topic, m.WebSubSubscription.callback == callback
                )
            )
            if row is None:
                if mode == "unsubscribe":
                    return True  # nothing to undo; verification would find nothing either
                if (s.scalar(select(func.count()).select_from(m.WebSubSubscription)) or 0) >= limit:
                    return False
                row = m.WebSubSubscription(
                    kind=kind,
                    key=key,
                    fmt=fmt,
                    topic=topic,
                    callback=callback,
                    active=False,
                    failures=0,
                    next_attempt=now,
                    created=now,
                )
                s.add(row)
            row.pending_mode, row.pending_secret, row.pending_lease = mode, secret, lease_seconds
            row.next_attempt = now
            return True

    def hub_work(self, now: datetime, *, limit: int, lease: timedelta) -> list[HubSubscription]:
        """Claim subscriptions with something to do now: a request to verify, or a delivery
        to check (the caller compares versions), whose retry time has come."""
        with self._writing() as s:
            free = or_(
                m.WebSubSubscription.claimed_until.is_(None), m.WebSubSubscription.claimed_until <= now
            )
            query = (
                select(m.WebSubSubscription)
                .where(
                    m.WebSubSubscription.next_attempt <= now,
                    free,
                    or_(m.WebSubSubscription.active, m.WebSubSubscription.pending_mode.is_not(None)),
                )
                .order_by(m.WebSubSubscription.next_attempt)
                .limit(limit)
            )
            if s.get_bind().dialect.name == "postgresql":
                query = query.with_for_update(skip_locked=True)
            rows = list(s.scalars(query))
            for row in rows:
                row.claimed_until = now + lease
            return [_subscription(r) for r in rows]

    def hub_release(self, ids: Sequence[int], *, until: datetime) -> None:
        """Give back claims that had nothing to do; looked at again ``until`` (or when a
        feed changes: ``hub_wake``)."""
        if ids:
            with self._writing() as s:
                s.execute(
                    update(m.WebSubSubscription)
                    .where(m.WebSubSubscription.id.in_(list(ids)))
                    .values(claimed_until=None, next_attempt=until)
                )

    def hub_wake(self, now: datetime) -> None:
        """Feeds changed: every active subscription not waiting out a failure is due."""
        with self._writing() as s:
            s.execute(
                update(m.WebSubSubscription)
                .where(
                    m.WebSubSubscription.active,
                    m.WebSubSubscription.failures == 0,
                    m.WebSubSubscription.next_attempt > now,
                )
                .values(next_attempt=now)
            )

    def hub_verified(
        self, sub_id: int, *, ok: bool, now: datetime, delivered: str | None, retry_at: datetime | None = None
    ) -> None:
        """The outcome of a verification of intent: the pending request applied (or, when
        refused, dropped); ``retry_at``: the callback could not be reached, try again then."""
        with self._writing() as s:
            row = s.get(m.WebSubSubscription, sub_id)
            if row is None:
                return
            row.claimed_until = None
            if retry_at is not None:
                row.next_attempt = retry_at
                return
            mode, row.pending_mode = row.pending_mode, None
            if ok and mode == "subscribe":
                row.active, row.secret = True, row.pending_secret
                row.lease_expires = now + timedelta(seconds=row.pending_lease or 0)
                row.delivered, row.failures, row.next_attempt = delivered, 0, now
            elif ok and mode == "unsubscribe":
                s.delete(row)
                return
            row.pending_secret = row.pending_lease = None
            if not row.active:
                s.delete(row)

    def hub_delivered(
        self,
        sub_id: int,
        *,
        version: str | None,
        now: datetime,
        retry_at: datetime | None,
        drop: bool = False,
    ) -> None:
        """The outcome of a delivery: done (``version`` delivered), to retry at ``retry_at``,
        or dropped after failing too often."""
        with self._writing() as s:
            row = s.get(m.WebSubSubscription, sub_id)
            if row is None:
                return
            if drop:
                s.delete(row)
                return
            row.claimed_until = None
            if retry_at is None:
                row.delivered, row.failures, row.next_attempt = version, 0, now
            else:
                row.failures += 1
                row.next_attempt = retry_at

    def hub_expire(self, now: datetime) -> int:
        """Remove subscriptions whose lease ended; how many."""
        with self._writing() as s:
            result = s.execute(
                delete(m.WebSubSubscription).where(
                    m.WebSubSubscription.active,
                    m.WebSubSubscription.lease_expires <= now,
                    m.WebSubSubscription.pending_mode.is_(None),
                )
            )
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    # -- subscriber: our leases at sources' hubs --------------------------------------------

    def source_leases(self) -> list[SourceLease]:
        with self._reading() as s:
            return [_lease(r) for r in s.scalars(select(m.WebSubLease).order_by(m.WebSubLease.source))]

    def source_lease(self, *, source: str | None = None, token: str | None = None) -> SourceLease | None:
        with self._reading() as s:
            column = m.WebSubLease.source if source is not None else m.WebSubLease.token
            row = s.scalar(select(m.WebSubLease).where(column == (source or token)))
            return _lease(row) if row is not None else None

    def save_source_lease(self, lease: SourceLease) -> None:
        with self._writing() as s:
            row = s.get(m.WebSubLease, lease.source)
            if row is None:
                row = m.WebSubLease(source=lease.source)
                s.add(row)
            for name in (
                "hub",
                "topic",
                "token",
                "secret",
                "state",
                "lease_expires",
                "requested_at",
                "failures",
                "last_push",
                "error",
            ):
                setattr(row, name, getattr(lease, name))

    def delete_source_lease(self, source: str) -> None:
        with self._writing() as s:
            s.execute(delete(m.WebSubLease).where(m.WebSubLease.source == source))


def _subscription(r: m.WebSubSubscription) -> HubSubscription:
    return HubSubscription(
        id=r.id,
        kind=as_feed_kind(r.kind),
        key=r.key,
        fmt=as_feed_format(r.fmt),
        topic=r.topic,
        callback=r.callback,
        active=r.active,
        secret=r.secret,
        lease_expires=r.lease_expires,
        pending_mode=r.pending_mode,
        pending_secret=r.pending_secret,
        pending_lease=r.pending_lease,
        delivered=r.delivered,
        failures=r.failures,
    )


def _lease(r: m.WebSubLease) -> SourceLease:
    return SourceLease(
        source=r.source,
        hub=r.hub,
        topic=r.topic,
        token=r.token,
        secret=r.secret,
        state=r.state,
        lease_expires=r.lease_expires,
        requested_at=r.requested_at,
        failures=r.failures,
        last_push=r.last_push,
        error=r.error,
    )
