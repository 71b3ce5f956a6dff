"""We, as the WebSub hub of our own feeds (``[websub] hub = true``).

The web app records requests (``parse_request`` + ``Store.hub_request``) and answers 202;
this process's ``Hub.run_once`` verifies intent (W3C WebSub 5.3), delivers each new version
of a current document to its subscribers (7), signed when they gave a secret (8), retries
with backoff and drops subscribers that keep failing or whose lease ended. Does not render
(feeds.Documents does) nor schedule (the scheduler's tick calls it).
"""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from aggregator.config import Config
from aggregator.exceptions import NotFoundError, WebSubRequestError
from aggregator.feeds import Documents
from aggregator.kinds import FeedFormat, FeedKind, as_feed_format, feed_kind_at
from aggregator.metrics import Metrics
from aggregator.store import Store
from aggregator.types import HubSubscription
from aggregator.websub import hub_url, request_errors, send, signature

if TYPE_CHECKING:
    import httpx

logger = logging.getLogger(__name__)

#: Leases we grant, in seconds: asked for, else the default, always within the bounds.
LEASE_DEFAULT = 10 * 24 * 3600
LEASE_MIN = 3600
LEASE_MAX = 30 * 24 * 3600
#: WebSub 5.1: "hub.secret ... MUST be less than 200 bytes in length".
SECRET_MAX = 199
#: Subscriptions the hub keeps at most (requests for more are refused with 400).
MAX_SUBSCRIPTIONS = 10_000
#: Deliveries that fail in a row before the subscription is dropped; the waits between
#: them double from a minute (1, 2, 4 … 128 min: about four hours in all).
MAX_FAILURES = 8
#: How often ended leases are looked for (leases last an hour at the least).
EXPIRE_EVERY = timedelta(minutes=1)
#: Subscriptions handled per run; the rest wait for the next tick.
BATCH = 50
#: How long a process holds a subscription it works on (a dead worker's comes back then).
CLAIM = timedelta(minutes=5)
#: An active subscription with nothing new is looked at again after this long (a feed's
#: change wakes them all at once: ``Store.hub_wake``).
IDLE = timedelta(hours=1)

_TOPIC = re.compile(r"^/(feeds|sources)/([a-z0-9][a-z0-9_-]{0,63})\.(atom|rss|json)$")


@dataclass(frozen=True, slots=True)
class HubRequest:
    mode: str
    kind: FeedKind
    key: str
    fmt: FeedFormat
    topic: str
    callback: str
    secret: str | None
    lease_seconds: int


def parse_request(form: Mapping[str, str], config: Config, store: Store) -> HubRequest:
    """A subscription request (WebSub 5.1) checked: our own topic, an http(s) callback, a
    short secret, a lease within our bounds. Raises WebSubRequestError saying what is wrong."""
    mode = form.get("hub.mode", "")
    if mode not in ("subscribe", "unsubscribe"):
        raise WebSubRequestError("hub.mode must be subscribe or unsubscribe")
    topic = form.get("hub.topic", "")
    base = config.server.base_url
    path = topic[len(base) :] if topic.startswith(base + "/") else ""
    match = _TOPIC.match(path)
    if match is None:
        raise WebSubRequestError(
            f"hub.topic must be one of this server's feeds "
            f"({base}/feeds/<tag>.atom, .rss, .json or "
            f"{base}/sources/<name>.<fmt>)"
        )
    folder, key, suffix = match.groups()
    kind, fmt = feed_kind_at(folder, key), as_feed_format(suffix)
    try:
        store.feed_version(kind, key)
    except NotFoundError as e:
        raise WebSubRequestError(f"hub.topic: {e}") from e
    callback = form.get("hub.callback", "")
    parts = urlsplit(callback)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.fragment or len(callback) > 2000:
        raise WebSubRequestError("hub.callback must be an absolute http(s) URL without a fragment")
    secret = form.get("hub.secret") or None
    if secret is not None and len(secret.encode("utf-8")) > SECRET_MAX:
        raise WebSubRequestError(f"hub.secret must be less than {SECRET_MAX + 1} bytes")
    if secret is not None and not callback.startswith("https://"):
        # WebSub 5.1 asks hubs to refuse secrets over plain HTTP unless the callback is ours
        # to trust: a secret sent in the clear protects nothing. Allowed networks are trusted.
        logger.info("websub secret over http callback=%s", _safe(callback))
    lease = form.get("hub.lease_seconds", "")
    seconds = int(lease) if lease.isdigit() else LEASE_DEFAULT
    return HubRequest(
        mode=mode,
        kind=kind,
        key=key,
        fmt=fmt,
        topic=topic,
        callback=callback,
        secret=secret,
        lease_seconds=min(max(seconds, LEASE_MIN), LEASE_MAX),
    )


def feed_version(store: Store, kind: FeedKind, key: str) -> str:
    """A feed's version as a short string (what subscribers were last sent)."""
    return hashlib.sha256(repr(store.feed_version(kind, key)).encode()).hexdigest()[:32]


class Hub:
    """Verifies and delivers, in the process that runs the scheduler."""

    def __init__(
        self, config: Config, store: Store, client: httpx.Client, metrics: Metrics | None = None
    ) -> None:
        self.config = config
        self.store = store
        self.client = client
        self.metrics = metrics
        self.documents = Documents(store, config, size=16)
        #: When ended leases were last removed (``now`` of that run).
        self._expired_at: datetime | None = None

    def run_once(self, now: datetime) -> int:
        """Handle what is due; how many subscriptions needed work."""
        if self._expired_at is None or now - self._expired_at >= EXPIRE_EVERY:
            # A DELETE is a write transaction: once a minute, not at every tick.
            self._expired_at = now
            expired = self.store.hub_expire(now)
            if expired:
                logger.info("websub leases ended subscriptions=%d", expired)
        work = self.store.hub_work(now, limit=BATCH, lease=CLAIM)
        idle: list[int] = []
        busy = 0
        versions: dict[tuple[str, str], str | None] = {}
        for sub in work:
            if (sub.kind, sub.key) not in versions:
                try:
                    versions[(sub.kind, sub.key)] = feed_version(self.store, sub.kind, sub.key)
                except NotFoundError:
                    versions[(sub.kind, sub.key)] = None
            version = versions[(sub.kind, sub.key)]
            if sub.pending_mode is not None:
                busy += 1
                self._verify(sub, version, now)
            elif version is None:
                busy += 1  # the tag or source is gone: so is the subscription
                self.store.hub_delivered(sub.id, version=None, now=now, retry_at=None, drop=True)
            elif version != sub.delivered:
                busy += 1
                self._deliver(sub, version, now)
            else:
                idle.append(sub.id)
        self.store.hub_release(idle, until=now + IDLE)
        if self.metrics is not None:
            self.metrics.websub_queue.set(busy)
        return busy

    def _verify(self, sub: HubSubscription, version: str | None, now: datetime) -> None:
        """WebSub 5.3: GET the callback with a challenge it must echo."""
        challenge = secrets.token_urlsafe(24)
        params = {"hub.mode": sub.pending_mode or "", "hub.topic": sub.topic, "hub.challenge": challenge}
        if sub.pending_mode == "subscribe":
            params["hub.lease_seconds"] = str(sub.pending_lease or LEASE_DEFAULT)
        ok, why = False, ""
        try:
            status, answer = send(self.client, "GET", _with_query(sub.callback, params))
            ok = 200 <= status < 300 and answer.decode("utf-8", "replace") == challenge
            if not ok:
                why = "the challenge was not echoed" if 200 <= status < 300 else f"HTTP {status}"
        except request_errors() as e:
            why = f"{type(e).__name__}: {e}"
        logger.info(
            "websub verification %s mode=%s topic=%s callback=%s%s",
            "confirmed" if ok else "refused",
            sub.pending_mode,
            sub.topic,
            _safe(sub.callback),
            f" reason={why}" if why else "",
        )
        self.store.hub_verified(sub.id, ok=ok, now=now, delivered=version)

    def _deliver(self, sub: HubSubscription, version: str, now: datetime) -> None:
        """WebSub 7: POST the current document to the callback (the whole feed, which holds
        the new entries), signed with the subscriber's secret."""
        doc = self.documents.get(sub.kind, sub.key, sub.fmt)
        headers = {
            "Content-Type": doc.content_type,
            "Link": f'<{hub_url(self.config.server.base_url)}>; rel="hub", <{sub.topic}>; rel="self"',
        }
        if sub.secret:
            headers["X-Hub-Signature"] = signature(sub.secret, doc.body)
        status: int | None = None
        try:
            status, _ = send(self.client, "POST", sub.callback, content=doc.body, headers=headers)
        except request_errors() as e:
            logger.warning(
                "websub delivery failed topic=%s callback=%s error=%s",
                sub.topic,
                _safe(sub.callback),
                f"{type(e).__name__}: {e}",
            )
        if status is not None and 200 <= status < 300:
            logger.info(
                "websub delivered topic=%s callback=%s bytes=%d",
                sub.topic,
                _safe(sub.callback),
                len(doc.body),
            )
            self.store.hub_delivered(sub.id, version=version, now=now, retry_at=None)
            return
        failures = sub.failures + 1
        drop = status == 410 or failures >= MAX_FAILURES  # WebSub 7: 410 ends it
        if status is not None:
            logger.warning(
                "websub delivery refused topic=%s callback=%s status=%d%s",
                sub.topic,
                _safe(sub.callback),
                status,
                " (subscription dropped)" if drop else "",
            )
        elif drop:
            logger.warning(
                "websub subscription dropped after %d failures topic=%s callback=%s",
                failures,
                sub.topic,
                _safe(sub.callback),
            )
        self.store.hub_delivered(
            sub.id, version=None, now=now, drop=drop, retry_at=now + timedelta(minutes=2 ** (failures - 1))
        )


def _with_query(url: str, params: Mapping[str, str]) -> str:
    """``url`` with ``params`` added to its own query (WebSub 5.3 keeps the callback's)."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True) + list(params.items())
    return urlunsplit(parts._replace(query=urlencode(query)))


def _safe(url: str) -> str:
    """A callback URL for the log: without its userinfo and query (often a token)."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit(parts._replace(netloc=netloc, query="…" if parts.query else ""))
