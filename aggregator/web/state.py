"""What the views of one app read: its ``WebState`` (configuration, store, documents,
metrics, and the scheduler when it runs in this process), reached through ``get_state``.

A module of its own so that the views import it, not the package that builds the app and
imports them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from flask import Flask, current_app

from aggregator.config import Config
from aggregator.metrics import Metrics

if TYPE_CHECKING:
    from aggregator.feeds import Documents
    from aggregator.store import Store


class TickHealth(Protocol):
    """The scheduler of this process, as /healthz sees it: read only (the service's web
    processes read it from a file, web.tickshare.SharedTickHealth)."""

    @property
    def last_tick(self) -> datetime | None:
        """When its tick last finished (None: not yet)."""
        ...

    @property
    def consecutive_failures(self) -> int:
        """Ticks failed since the last that succeeded."""
        ...

    def alive(self) -> bool:
        """True while the tick runs on time."""
        ...


@dataclass(frozen=True)
class WebState:
    """What views need: the configuration, the store, the rendered documents, the metrics,
    and the scheduler when it runs in this process (``run``); None when it is another
    process's (``serve``)."""

    config: Config
    store: Store
    documents: Documents
    metrics: Metrics
    scheduler: TickHealth | None = None


def get_state(app: Flask | None = None) -> WebState:
    state: WebState = (app or current_app).extensions["aggregator"]
    return state
