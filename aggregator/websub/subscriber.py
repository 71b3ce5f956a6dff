"""We, as a WebSub subscriber of the sources whose feeds advertise a hub
(``[websub] subscribe = true``).

``Subscriber.run_once`` (beside the scheduler's tick) discovers hubs (WebSub 4: ``Link``
headers, then ``<link rel="hub">`` in the document), asks them for a lease with a callback
URL carrying an unguessable token and a secret of its own, renews leases before they end
and unsubscribes sources removed from the configuration. The web app answers the hub's
verification (``verify``) and takes pushed content (``receive``), which the Updater stores
at once. Polling goes on at ``scheduler.max_interval`` as a safety net.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
import secrets
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from aggregator.config import Config
from aggregator.fetch import AddressPolicy
from aggregator.store import Store
from aggregator.types import SourceLease
from aggregator.websub import request_errors, send, signature_valid

if TYPE_CHECKING:
    import httpx

logger = logging.getLogger(__name__)

#: The lease we ask hubs for; they may grant another.
LEASE_REQUEST = 7 * 24 * 3600
#: A lease is renewed when less than this is left of it.
RENEW_BEFORE = timedelta(days=1)
#: A source without a hub is looked at again after this long; so is a request the hub
#: never verified, or one it denied.
RECHECK = timedelta(days=1)
RETRY_REQUEST = timedelta(hours=1)
#: Sources handled per run at most (each costs a discovery GET and a request to a hub).
BATCH = 20
#: Bytes of a source's document read to find its hub.
DISCOVERY_BYTES = 1 << 20
#: Largest pushed body accepted (a feed document).
MAX_PUSH = 10 * 10**6

_LINK_HEADER = re.compile(r"<([^>]*)>\s*;([^,]*(?:,(?!\s*<)[^,]*)*)")
_LINK_TAG = re.compile(rb"<(?:[a-z]+:)?link\b[^>]*>", re.I)
_ATTR = re.compile(rb"""([a-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)


def cannot_receive(config: Config) -> str | None:
    """Why hubs could not reach our callbacks, or None: ``server.base_url`` must name a
    public host, or one that ``fetch.allow_private`` allows (a test or an intranet hub)."""
    host = urlsplit(config.server.base_url).hostname or ""
    policy = AddressPolicy(config.fetch.allow_private)
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        private = host == "localhost" or host.endswith((".localhost", ".local", ".internal"))
        if private and not policy.allows(host, "0.0.0.0"):
            return f"server.base_url names a private host ({host})"
        return None
    return None if policy.allows(host, str(ip)) else f"server.base_url names a non-public address ({host})"


def discover(response_headers: Mapping[str, str], body: bytes, url: str) -> tuple[str, str] | None:
    """(hub, topic) a document advertises (WebSub 4): ``Link`` headers first, then the
    document's own links (Atom/RSS ``<link rel="hub">``, JSON Feed ``hubs``)."""
    hub = topic = None
    for target, params in _LINK_HEADER.findall(response_headers.get("link", "")):
        rels = re.search(r'rel\s*=\s*"?([^";]+)"?', params)
        for rel in rels.group(1).lower().split() if rels else ():
            if rel == "hub" and hub is None:
                hub = urljoin(url, target.strip())
            elif rel == "self" and topic is None:
                topic = urljoin(url, target.strip())
    head = body[:DISCOVERY_BYTES]
    if hub is None and head.lstrip().startswith(b"{"):
        try:
            hubs = json.loads(head).get("hubs") or []
            hub = next((h["url"] for h in hubs if str(h.get("type", "")).lower() == "websub"), None)
            topic = topic or json.loads(head).get("feed_url")
        except (ValueError, AttributeError, TypeError, KeyError):
            pass
    for tag in _LINK_TAG.findall(head) if hub is None or topic is None else ():
        attrs = {
            k.decode("ascii").lower(): (a or b).decode("utf-8", "replace") for k, a, b in _ATTR.findall(tag)
        }
        rel, href = attrs.get("rel", "").lower().split(), attrs.get("href")
        if href and "hub" in rel and hub is None:
            hub = urljoin(url, href)
        elif href and "self" in rel and topic is None:
            topic = urljoin(url, href)
    if not hub or not hub.startswith(("http://", "https://")):
        return None
    return hub, topic or url


class Subscriber:
    """Keeps our leases at our sources' hubs."""

    def __init__(self, config: Config, store: Store, client: httpx.Client) -> None:
        self.config = config
        self.store = store
        self.client = client

    def run_once(self, now: datetime) -> int:
        """Subscribe, renew and unsubscribe what is due; how many requests were made."""
        if not self.config.websub.subscribe:
            return 0
        why = cannot_receive(self.config)
        if why is not None:
            logger.warning("websub subscriptions off: %s; set a public server.base_url", why)
            return 0
        leases = {lease.source: lease for lease in self.store.source_leases()}
        done = 0
        for name, lease in leases.items():
            if self.config.source(name) is None and done < BATCH:
                done += 1
                self._unsubscribe(lease)
        for source in self.config.sources:
            if done >= BATCH:
                break
            held = leases.get(source.name)
            if held is None or _due(held, now):
                done += 1
                self._subscribe(source.name, held, now)
        return done

    def _subscribe(self, name: str, lease: SourceLease | None, now: datetime) -> None:
        state = self.store.source_state(name)
        url = state.via or state.url
        found = None
        try:
            with self.client.stream("GET", url) as response:
                body = b""
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) >= DISCOVERY_BYTES:
                        break
                if response.status_code == 200:
                    found = discover(
                        {k.lower(): v for k, v in response.headers.items()}, body, str(response.url)
                    )
        except request_errors() as e:
            logger.info("websub discovery failed source=%s error=%s", name, f"{type(e).__name__}: {e}")
        token = lease.token if lease is not None else secrets.token_urlsafe(32)
        secret = lease.secret if lease is not None and lease.state == "active" else secrets.token_hex(32)
        if found is None:
            self.store.save_source_lease(
                SourceLease(
                    source=name,
                    hub="",
                    topic=url,
                    token=token,
                    secret=secret,
                    state="none",
                    lease_expires=None,
                    requested_at=now,
                )
            )
            return
        hub, topic = found
        error = self._request(hub, "subscribe", topic, token, secret)
        keep_active = lease is not None and lease.state == "active" and lease.hub == hub
        self.store.save_source_lease(
            SourceLease(
                source=name,
                hub=hub,
                topic=topic,
                token=token,
                secret=secret,
                state="active" if keep_active else "requested",
                lease_expires=lease.lease_expires if keep_active and lease else None,
                requested_at=now,
                failures=(lease.failures + 1 if lease and error else 0),
                last_push=lease.last_push if lease else None,
                error=error,
            )
        )
        logger.info(
            "websub subscription requested source=%s hub=%s topic=%s%s",
            name,
            hub,
            topic,
            f" error={error}" if error else "",
        )

    def _unsubscribe(self, lease: SourceLease) -> None:
        if lease.state in ("active", "requested") and lease.hub:
            self.store.save_source_lease(replace(lease, state="unsubscribing"))
            error = self._request(lease.hub, "unsubscribe", lease.topic, lease.token, lease.secret)
            logger.info(
                "websub unsubscribed source=%s hub=%s%s",
                lease.source,
                lease.hub,
                f" error={error}" if error else "",
            )
        self.store.delete_source_lease(lease.source)

    def _request(self, hub: str, mode: str, topic: str, token: str, secret: str) -> str | None:
        """POST a (un)subscription request to a hub; the error, or None when it took it."""
        form = {
            "hub.mode": mode,
            "hub.topic": topic,
            "hub.callback": f"{self.config.server.base_url}/websub/callback/{token}",
        }
        if mode == "subscribe":
            form |= {"hub.secret": secret, "hub.lease_seconds": str(LEASE_REQUEST)}
        try:
            status, answer = send(self.client, "POST", hub, data=form)
        except request_errors() as e:
            return f"{type(e).__name__}: {e}"
        if 200 <= status < 300:
            return None
        text = " ".join(answer[:200].decode("utf-8", "replace").split())
        return f"HTTP {status} {text}".strip()


def _due(lease: SourceLease, now: datetime) -> bool:
    if lease.state == "active":
        return lease.lease_expires is None or lease.lease_expires - now < RENEW_BEFORE
    if lease.state == "requested":
        return now - lease.requested_at > RETRY_REQUEST
    return now - lease.requested_at > RECHECK  # "none", "denied"


def verify(store: Store, token: str, params: Mapping[str, str], now: datetime) -> tuple[int, str]:
    """The hub's verification of intent (WebSub 5.3) at our callback: (status, body)."""
    lease = store.source_lease(token=token)
    mode = params.get("hub.mode", "")
    if lease is None or params.get("hub.topic") != lease.topic:
        return 404, "no such subscription"
    if mode == "denied":  # WebSub 5.2
        store.save_source_lease(
            replace(lease, state="denied", error=params.get("hub.reason") or "denied by the hub")
        )
        logger.warning(
            "websub subscription denied source=%s hub=%s reason=%s",
            lease.source,
            lease.hub,
            params.get("hub.reason"),
        )
        return 200, ""
    challenge = params.get("hub.challenge", "")
    if mode == "subscribe" and lease.state in ("requested", "active") and challenge:
        seconds = params.get("hub.lease_seconds", "")
        granted = int(seconds) if seconds.isdigit() else LEASE_REQUEST
        store.save_source_lease(
            replace(
                lease, state="active", failures=0, error=None, lease_expires=now + timedelta(seconds=granted)
            )
        )
        logger.info("websub subscription active source=%s hub=%s lease=%ds", lease.source, lease.hub, granted)
        return 200, challenge
    if mode == "unsubscribe" and lease.state == "unsubscribing" and challenge:
        return 200, challenge
    return 404, "not a request of ours"


def accepts(store: Store, token: str, body: bytes, signature_header: str | None) -> SourceLease | None:
    """The lease a push at our callback is for, when its signature is valid (WebSub 8);
    None otherwise (the caller acknowledges and ignores it)."""
    lease = store.source_lease(token=token)
    if lease is None or lease.state not in ("active", "requested"):
        return None
    if not signature_valid(lease.secret, body, signature_header):
        logger.warning("websub push ignored, bad signature source=%s", lease.source)
        return None
    return lease
