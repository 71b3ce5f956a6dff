"""Telling the external hubs of ``[websub] hubs`` that a feed changed.

WebSub leaves the publisher-to-hub notification to each hub; the common form, which the
public hubs accept, is a POST of ``hub.mode=publish&hub.url=<topic>``. The version each
feed had when last announced is kept in the database, so a restart or another worker does
not announce it again, and a failed ping is tried at the next run.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import datetime
from typing import TYPE_CHECKING

from aggregator.config import Config
from aggregator.exceptions import NotFoundError
from aggregator.kinds import FEED_FORMATS, FeedKind
from aggregator.store import Store
from aggregator.types import FeedMeta
from aggregator.websub import request_errors, send
from aggregator.websub.hub import feed_version

if TYPE_CHECKING:
    import httpx

logger = logging.getLogger(__name__)

#: Feeds announced per run at most (each costs a request per format and hub).
BATCH = 100


def feeds_of(store: Store) -> list[tuple[FeedKind, str]]:
    """Every feed that has a current document: all, each tag, each source."""
    feeds: list[tuple[FeedKind, str]] = [("all", "all")]
    feeds += [("tag", t.slug) for t in store.list_tags()]
    feeds += [("source", s.name) for s in store.list_sources()]
    return feeds


def topic_urls(config: Config, kind: FeedKind, key: str) -> list[str]:
    """The self URLs of a feed's current documents, one per format."""
    meta = FeedMeta(kind=kind, key=key, title="", base_url=config.server.base_url, updated=datetime.min)
    return [meta.url(fmt) for fmt in FEED_FORMATS]


class Publisher:
    """Pings the configured hubs for the feeds whose version moved since the last ping."""

    def __init__(self, config: Config, store: Store, client: httpx.Client) -> None:
        self.config = config
        self.store = store
        self.client = client

    def run_once(self) -> int:
        """Announce what changed; how many feeds were announced."""
        if not self.config.websub.hubs:
            return 0
        announced = 0
        for kind, key in feeds_of(self.store):
            if announced >= BATCH:
                break
            try:
                version = feed_version(self.store, kind, key)
            except NotFoundError:
                continue
            setting = "websub-ping:" + hashlib.sha256(f"{kind}:{key}".encode()).hexdigest()[:40]
            if self.store.get_setting(setting) == version:
                continue
            if self._ping(topic_urls(self.config, kind, key)):
                self.store.set_setting(setting, version)
                announced += 1
        return announced

    def _ping(self, topics: list[str]) -> bool:
        ok = True
        for hub in self.config.websub.hubs:
            for topic in topics:
                try:
                    status, _ = send(self.client, "POST", hub, data={"hub.mode": "publish", "hub.url": topic})
                except request_errors() as e:
                    logger.warning(
                        "websub ping failed hub=%s topic=%s error=%s", hub, topic, f"{type(e).__name__}: {e}"
                    )
                    ok = False
                    continue
                if not 200 <= status < 300:
                    logger.warning("websub ping refused hub=%s topic=%s status=%d", hub, topic, status)
                    ok = False
        return ok
