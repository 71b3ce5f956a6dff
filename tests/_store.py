"""Reads of the store that only tests make: kept out of the Store's API so that it holds
what the application uses (issue 16)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from aggregator.store import Store
from aggregator.store import models as m
from aggregator.store._websub import _subscription
from aggregator.types import HubSubscription


def next_due(store: Store) -> datetime | None:
    """When the next active source is due (None when there is none)."""
    with store._reading() as s:
        return s.scalar(select(func.min(m.Source.next_fetch_at)).where(m.Source.active, ~m.Source.disabled))


def hub_subscriptions(store: Store) -> list[HubSubscription]:
    """Every subscription to our feeds, in the order they were made."""
    with store._reading() as s:
        return [
            _subscription(r)
            for r in s.scalars(select(m.WebSubSubscription).order_by(m.WebSubSubscription.id))
        ]
