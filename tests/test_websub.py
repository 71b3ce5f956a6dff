"""WebSub (W3C Recommendation 23 January 2018), role by role, against real subscribers and
hubs on 127.0.0.1 (pytest-httpserver) and a real store.

Sections of the Recommendation each test checks are named in its docstring: 4 discovery,
5.1 subscriber sends request, 5.2 denial, 5.3 verification of intent, 6 publishing,
7 content distribution, 8 authenticated content distribution.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs

import pytest
from _store import hub_subscriptions
from lxml import etree
from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Request, Response

from aggregator.cli import main
from aggregator.config import Config
from aggregator.exceptions import WebSubRequestError
from aggregator.fetch import guarded_client
from aggregator.store import Store
from aggregator.types import SourceLease
from aggregator.web import create_app
from aggregator.websub import signature, signature_valid
from aggregator.websub.hub import LEASE_MAX, LEASE_MIN, MAX_FAILURES, Hub, parse_request
from aggregator.websub.publisher import Publisher
from aggregator.websub.subscriber import Subscriber, cannot_receive, discover

ATOM = "{http://www.w3.org/2005/Atom}"
BASE = "http://feeds.test"
RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<link>https://news.example/</link><description>d</description>{items}</channel></rss>"""
ITEM = """<item><title>{title}</title><link>https://news.example/{slug}</link>
<guid>urn:news:{slug}</guid><pubDate>Tue, 20 Jan 2026 1{hour}:00:00 GMT</pubDate></item>"""


def rss(*titles: str) -> bytes:
    """A feed of these entries, newest first."""
    return RSS.format(
        items="".join(
            ITEM.format(title=t, slug=t.lower().replace(" ", "-"), hour=9 - i) for i, t in enumerate(titles)
        )
    ).encode()


# -- 8: signatures ---------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["sha1", "sha256", "sha384", "sha512"])
def test_signatures_of_every_method_are_checked(method: str) -> None:
    body = b"<feed/>"
    header = signature("s3cret", body, method)
    assert header.startswith(f"{method}=")
    assert signature_valid("s3cret", body, header)
    assert signature_valid("s3cret", body, header.upper().replace(method.upper(), method))
    assert not signature_valid("other", body, header)
    assert not signature_valid("s3cret", body + b" ", header)


@pytest.mark.parametrize("header", [None, "", "sha256", "md5=abc", "sha256=zz", "=abc"])
def test_malformed_signatures_are_invalid(header: str | None) -> None:
    assert not signature_valid("s3cret", b"body", header)


# -- 4: discovery ----------------------------------------------------------------------------


def test_discovery_prefers_link_headers() -> None:
    headers = {"link": '<https://hub.example/>; rel="hub", <https://site.example/feed>; rel="self"'}
    assert discover(headers, b"<rss/>", "https://site.example/x") == (
        "https://hub.example/",
        "https://site.example/feed",
    )


@pytest.mark.parametrize(
    "body",
    [
        b'<feed xmlns="http://www.w3.org/2005/Atom"><link rel="hub" href="https://hub.example/"/>'
        b'<link href="https://site.example/feed" rel="self"/></feed>',
        b'<rss xmlns:atom="http://www.w3.org/2005/Atom"><channel><atom:link rel="self" '
        b'href=\'https://site.example/feed\'/><atom:link href="https://hub.example/" rel="hub"/>'
        b"</channel></rss>",
        json.dumps(
            {
                "version": "https://jsonfeed.org/version/1.1",
                "feed_url": "https://site.example/feed",
                "hubs": [{"type": "WebSub", "url": "https://hub.example/"}],
            }
        ).encode(),
    ],
    ids=["atom", "rss", "json"],
)
def test_discovery_in_documents(body: bytes) -> None:
    assert discover({}, body, "https://site.example/x") == (
        "https://hub.example/",
        "https://site.example/feed",
    )


def test_no_hub_no_discovery() -> None:
    assert discover({}, rss("a"), "https://site.example/x") is None
    assert discover({"link": '<javascript:x>; rel="hub"'}, b"", "https://s.example/") is None


# -- 4, 6: what our feeds advertise -----------------------------------------------------------


@pytest.fixture
def news(httpserver: HTTPServer) -> dict[str, bytes]:
    """What the source 'news' serves: change ``news["body"]`` to publish."""
    served = {"body": rss("Kremlin one", "Other")}
    httpserver.expect_request("/news.rss").respond_with_handler(
        lambda request: Response(served["body"], content_type="application/rss+xml")
    )
    return served


@pytest.fixture
def site(
    write_config: Callable[..., Config], httpserver: HTTPServer, news: dict[str, bytes]
) -> Iterator[Config]:
    """A source 'news' fetched once; our hub on; an external hub at /hub of the test
    server; and the test server as the subscribers' side (callbacks)."""
    config = write_config(f"""
        [server]
        base_url = "{BASE}"

        [websub]
        hub = true
        hubs = ["{httpserver.url_for("/hub")}"]

        [tags.kremlin]
        keywords = ["kremlin"]

        [[sources]]
        name = "news"
        url = "{httpserver.url_for("/news.rss")}"
        """)
    assert main(["fetch", "--config", str(config.path), "--log-level", "WARNING"]) == 0
    yield config


def test_current_documents_advertise_the_hubs(site: Config, httpserver: HTTPServer) -> None:
    store = Store(site.database.url)
    try:
        client = create_app(site, store).test_client()
        hubs = [f"{BASE}/websub", httpserver.url_for("/hub")]
        for path in ("/feeds/kremlin", "/feeds/all", "/sources/news"):
            atom = client.get(f"{path}.atom")
            root = etree.fromstring(atom.get_data())
            assert [x.get("href") for x in root.findall(f"{ATOM}link[@rel='hub']")] == hubs
            assert f'<{BASE}{path}.atom>; rel="self"' in atom.headers["Link"]
            assert f'<{BASE}/websub>; rel="hub"' in atom.headers["Link"]
            channel = etree.fromstring(client.get(f"{path}.rss").get_data()).find("channel")
            assert [x.get("href") for x in channel.findall(f"{ATOM}link[@rel='hub']")] == hubs
            doc = json.loads(client.get(f"{path}.json").get_data())
            assert doc["hubs"] == [{"type": "WebSub", "url": h} for h in hubs]
    finally:
        store.close()


# -- 6: pings to external hubs ----------------------------------------------------------------


def test_external_hubs_are_pinged_once_per_change(site: Config, httpserver: HTTPServer) -> None:
    pings: list[dict[str, list[str]]] = []

    def hub(request: Request) -> Response:
        pings.append(parse_qs(request.get_data(as_text=True)))
        return Response(status=204)

    httpserver.expect_request("/hub", method="POST").respond_with_handler(hub)
    store = Store(site.database.url)
    try:
        with guarded_client(site.fetch) as client:
            publisher = Publisher(site, store, client)
            assert publisher.run_once() == 3  # all, kremlin, the source
            topics = {p["hub.url"][0] for p in pings}
            assert {p["hub.mode"][0] for p in pings} == {"publish"}
            assert f"{BASE}/feeds/kremlin.atom" in topics and f"{BASE}/sources/news.json" in topics
            assert len(pings) == 9
            assert publisher.run_once() == 0  # nothing changed: no ping
            assert len(pings) == 9
    finally:
        store.close()


# -- 5.1 and 5.3: requests to our hub, verification of intent ---------------------------------


def form(**fields: str) -> dict[str, str]:
    return {f"hub.{k}": v for k, v in fields.items()}


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (dict(mode="watch", topic=f"{BASE}/feeds/kremlin.atom", callback="https://s.example/c"), "hub.mode"),
        (
            dict(mode="subscribe", topic="https://elsewhere.example/feed", callback="https://s.ex/c"),
            "hub.topic",
        ),
        (dict(mode="subscribe", topic=f"{BASE}/feeds/nope.atom", callback="https://s.example/c"), "no tag"),
        (
            dict(mode="subscribe", topic=f"{BASE}/feeds/kremlin.atom", callback="ftp://s.example/c"),
            "hub.callback",
        ),
        (
            dict(
                mode="subscribe",
                topic=f"{BASE}/feeds/kremlin.atom",
                callback="https://s.ex/c",
                secret="x" * 200,
            ),
            "hub.secret",
        ),
    ],
)
def test_bad_requests_are_refused_saying_why(site: Config, fields: dict[str, str], message: str) -> None:
    store = Store(site.database.url)
    try:
        with pytest.raises(WebSubRequestError, match=message):
            parse_request(form(**fields), site, store)
        response = create_app(site, store).test_client().post("/websub", data=form(**fields))
        assert response.status_code == 400
        assert message in response.get_data(as_text=True)
    finally:
        store.close()


def test_leases_are_bounded(site: Config) -> None:
    store = Store(site.database.url)
    try:
        base = dict(mode="subscribe", topic=f"{BASE}/feeds/kremlin.atom", callback="https://s.e/c")
        assert parse_request(form(**base, lease_seconds="1"), site, store).lease_seconds == LEASE_MIN
        assert parse_request(form(**base, lease_seconds=str(10**9)), site, store).lease_seconds == LEASE_MAX
    finally:
        store.close()


class Subscriber_:
    """A subscriber's callback on the test server: records what reaches it."""

    def __init__(
        self, server: HTTPServer, path: str = "/callback", *, echo: bool = True, status: int = 200
    ) -> None:
        self.verifications: list[dict[str, str]] = []
        self.deliveries: list[tuple[bytes, dict[str, str]]] = []
        self.echo, self.status = echo, status
        self.url = server.url_for(path) + "?subscriber=1"
        server.expect_request(path).respond_with_handler(self.handle)

    def handle(self, request: Request) -> Response:
        if request.method == "GET":
            args = {k: v for k, v in request.args.items()}
            self.verifications.append(args)
            return Response(args.get("hub.challenge", "") if self.echo else "nope", status=200)
        self.deliveries.append((request.get_data(), dict(request.headers)))
        return Response(status=self.status)


def subscribe(
    site: Config,
    store: Store,
    callback: str,
    *,
    mode: str = "subscribe",
    secret: str | None = "s3cret",
    fmt: str = "atom",
) -> int:
    fields = dict(mode=mode, topic=f"{BASE}/feeds/kremlin.{fmt}", callback=callback)
    if secret:
        fields["secret"] = secret
    response = create_app(site, store).test_client().post("/websub", data=form(**fields))
    return response.status_code


def test_a_subscription_is_verified_then_delivered_signed(
    site: Config, httpserver: HTTPServer, news: dict[str, bytes]
) -> None:
    """5.1 → 202; 5.3 GET with mode, topic, challenge, lease; 7 POST of the feed with
    Link headers; 8 X-Hub-Signature."""
    sub = Subscriber_(httpserver)
    store = Store(site.database.url)
    try:
        assert subscribe(site, store, sub.url) == 202
        now = datetime.now(UTC)
        with guarded_client(site.fetch) as client:
            hub = Hub(site, store, client)
            assert hub.run_once(now) == 1
            (verification,) = sub.verifications
            assert verification["subscriber"] == "1"  # the callback's own query is kept
            assert verification["hub.mode"] == "subscribe"
            assert verification["hub.topic"] == f"{BASE}/feeds/kremlin.atom"
            assert int(verification["hub.lease_seconds"]) >= LEASE_MIN
            (active,) = hub_subscriptions(store)
            assert active.active and active.secret == "s3cret"
            assert hub.run_once(now) == 0  # nothing new since it subscribed
            # A new entry: the feed changes, and the subscriber gets the new document.
            news["body"] = rss("Kremlin two", "Kremlin one", "Other")
            assert main(["fetch", "--config", str(site.path), "--log-level", "WARNING"]) == 0
            later = datetime.now(UTC)
            store.hub_wake(later)
            assert hub.run_once(later) == 1
        ((body, headers),) = sub.deliveries
        titles = [e.findtext(f"{ATOM}title") for e in etree.fromstring(body).iter(f"{ATOM}entry")]
        assert titles == ["Kremlin two", "Kremlin one"]
        assert headers["Content-Type"].startswith("application/atom+xml")
        assert f'<{BASE}/feeds/kremlin.atom>; rel="self"' in headers["Link"]
        assert f'<{BASE}/websub>; rel="hub"' in headers["Link"]
        assert signature_valid("s3cret", body, headers["X-Hub-Signature"])
    finally:
        store.close()


def test_a_verification_that_does_not_echo_the_challenge_subscribes_nothing(
    site: Config, httpserver: HTTPServer
) -> None:
    sub = Subscriber_(httpserver, echo=False)
    store = Store(site.database.url)
    try:
        assert subscribe(site, store, sub.url) == 202
        with guarded_client(site.fetch) as client:
            Hub(site, store, client).run_once(datetime.now(UTC))
        assert len(sub.verifications) == 1
        assert hub_subscriptions(store) == []
    finally:
        store.close()


def test_a_callback_on_a_private_address_is_never_contacted(
    write_config: Callable[..., Config], site: Config, httpserver: HTTPServer
) -> None:
    sub = Subscriber_(httpserver)
    # The same site, but 127.0.0.1 is not allowed: the callback is refused at connect time.
    strict = write_config(
        site.path.read_text().replace('allow_private = ["127.0.0.1"]', "allow_private = []")
    )
    assert strict.fetch.allow_private == ()
    store = Store(site.database.url)
    try:
        assert subscribe(strict, store, sub.url) == 202
        with guarded_client(strict.fetch) as client:
            Hub(strict, store, client).run_once(datetime.now(UTC))
        assert sub.verifications == []
        assert hub_subscriptions(store) == []
    finally:
        store.close()


def test_a_failing_callback_is_retried_with_backoff_then_dropped(
    site: Config, httpserver: HTTPServer
) -> None:
    sub = Subscriber_(httpserver, status=500)
    store = Store(site.database.url)
    try:
        assert subscribe(site, store, sub.url, secret=None) == 202
        now = datetime.now(UTC)
        with guarded_client(site.fetch) as client:
            hub = Hub(site, store, client)
            hub.run_once(now)
            store.hub_wake(now)
            # Make every run see a new version: the delivery keeps being attempted.
            for attempt in range(1, MAX_FAILURES + 1):
                with store._writing() as s:  # the subscriber was sent an older version
                    from aggregator.store import models as m

                    s.query(m.WebSubSubscription).update({"delivered": "old"})
                hub.run_once(now)
                subs = hub_subscriptions(store)
                if attempt < MAX_FAILURES:
                    assert subs[0].failures == attempt
                    # Not due again until its backoff has passed.
                    assert hub.run_once(now) == 0
                    now += timedelta(minutes=2 ** (attempt - 1), seconds=1)
            assert hub_subscriptions(store) == []  # dropped
        assert len(sub.deliveries) == MAX_FAILURES
        assert "X-Hub-Signature" not in sub.deliveries[0][1]  # no secret, no signature
    finally:
        store.close()


def test_a_callback_answering_410_ends_the_subscription(site: Config, httpserver: HTTPServer) -> None:
    sub = Subscriber_(httpserver, status=410)
    store = Store(site.database.url)
    try:
        subscribe(site, store, sub.url)
        now = datetime.now(UTC)
        with guarded_client(site.fetch) as client:
            hub = Hub(site, store, client)
            hub.run_once(now)
            with store._writing() as s:
                from aggregator.store import models as m

                s.query(m.WebSubSubscription).update({"delivered": "old"})
            hub.run_once(now)
        assert len(sub.deliveries) == 1
        assert hub_subscriptions(store) == []
    finally:
        store.close()


def test_unsubscribe_is_verified_and_expired_leases_end(site: Config, httpserver: HTTPServer) -> None:
    sub = Subscriber_(httpserver)
    store = Store(site.database.url)
    try:
        with guarded_client(site.fetch) as client:
            hub = Hub(site, store, client)
            subscribe(site, store, sub.url)
            hub.run_once(datetime.now(UTC))
            assert len(hub_subscriptions(store)) == 1
            assert subscribe(site, store, sub.url, mode="unsubscribe") == 202
            hub.run_once(datetime.now(UTC))
            assert sub.verifications[-1]["hub.mode"] == "unsubscribe"
            assert hub_subscriptions(store) == []
            subscribe(site, store, sub.url, fmt="rss")
            hub.run_once(datetime.now(UTC))
            assert len(hub_subscriptions(store)) == 1
            hub.run_once(datetime.now(UTC) + timedelta(seconds=LEASE_MAX + 1))
            assert hub_subscriptions(store) == []
    finally:
        store.close()


def test_hub_off_answers_404(write_config: Callable[..., Config]) -> None:
    config = write_config("")
    store = Store(config.database.url)
    try:
        response = create_app(config, store).test_client().post("/websub", data={})
        assert response.status_code == 404
    finally:
        store.close()


# -- subscriber: 5.1, 5.2, 5.3, 7, 8 ----------------------------------------------------------


@pytest.fixture
def subscribed(
    write_config: Callable[..., Config], httpserver: HTTPServer
) -> Iterator[tuple[Config, Store, list[dict[str, list[str]]]]]:
    """A source whose feed advertises a hub on the test server; we subscribe to it."""
    requests: list[dict[str, list[str]]] = []

    def hub(request: Request) -> Response:
        requests.append(parse_qs(request.get_data(as_text=True)))
        return Response(status=202)

    feed = rss("first").replace(
        b"<channel>",
        f'<channel><atom:link xmlns:atom="http://www.w3.org/2005/Atom" '
        f'rel="hub" href="{httpserver.url_for("/hub")}"/>'.encode(),
    )
    httpserver.expect_request("/feed.rss").respond_with_data(feed, content_type="application/rss+xml")
    httpserver.expect_request("/hub", method="POST").respond_with_handler(hub)
    config = write_config(f"""
        [server]
        base_url = "http://127.0.0.1:9"

        [websub]
        subscribe = true

        [tags.kremlin]
        keywords = ["kremlin"]

        [[sources]]
        name = "site"
        url = "{httpserver.url_for("/feed.rss")}"
        """)
    assert main(["fetch", "--config", str(config.path), "--log-level", "WARNING"]) == 0
    store = Store(config.database.url)
    with guarded_client(config.fetch) as client:
        assert Subscriber(config, store, client).run_once(datetime.now(UTC)) == 1
    yield config, store, requests
    store.close()


def test_sources_advertising_a_hub_are_subscribed(
    subscribed: tuple[Config, Store, list[dict[str, list[str]]]], httpserver: HTTPServer
) -> None:
    _, store, requests = subscribed
    (request,) = requests
    assert request["hub.mode"] == ["subscribe"]
    assert request["hub.topic"] == [httpserver.url_for("/feed.rss")]
    callback = request["hub.callback"][0]
    assert callback.startswith("http://127.0.0.1:9/websub/callback/")
    token = callback.rsplit("/", 1)[1]
    assert len(token) >= 40  # unguessable
    lease = store.source_lease(source="site")
    assert lease is not None and lease.state == "requested"
    assert request["hub.secret"] == [lease.secret] and len(lease.secret) >= 32


def test_sources_shows_the_subscription(
    subscribed: tuple[Config, Store, list[dict[str, list[str]]]],
    httpserver: HTTPServer,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = subscribed[0]
    capsys.readouterr()
    assert main(["sources", "--json", "--config", str(config.path)]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["websub"]["state"] == "requested"
    assert row["websub"]["hub"] == httpserver.url_for("/hub")
    assert main(["sources", "--config", str(config.path)]) == 0
    assert f"websub: requested at {httpserver.url_for('/hub')}" in capsys.readouterr().out


def verify_as_hub(config: Config, store: Store, token: str, **params: str) -> tuple[int, str]:
    client = create_app(config, store).test_client()
    response = client.get(
        f"/websub/callback/{token}", query_string={f"hub.{k}": v for k, v in params.items()}
    )
    return response.status_code, response.get_data(as_text=True)


def test_verification_and_pushed_content(
    subscribed: tuple[Config, Store, list[dict[str, list[str]]]], httpserver: HTTPServer
) -> None:
    config, store, _ = subscribed
    lease = store.source_lease(source="site")
    assert lease is not None
    topic = httpserver.url_for("/feed.rss")
    # 5.3: a challenge for another topic, or for an unknown token, is refused.
    assert (
        verify_as_hub(config, store, lease.token, mode="subscribe", topic="http://x/", challenge="c")[0]
        == 404
    )
    assert verify_as_hub(config, store, "nope", mode="subscribe", topic=topic, challenge="c")[0] == 404
    assert verify_as_hub(
        config, store, lease.token, mode="subscribe", topic=topic, challenge="abc123", lease_seconds="3600"
    ) == (200, "abc123")
    active = store.source_lease(source="site")
    assert active is not None and active.state == "active"
    assert active.lease_expires is not None
    assert timedelta(minutes=59) < active.lease_expires - datetime.now(UTC) <= timedelta(hours=1)

    client = create_app(config, store).test_client()
    pushed = rss("Kremlin pushed", "first")
    # 8: a bad signature is acknowledged and ignored; a good one is stored at once.
    bad = client.post(
        f"/websub/callback/{lease.token}",
        data=pushed,
        headers={"X-Hub-Signature": signature("wrong", pushed), "Content-Type": "application/rss+xml"},
    )
    assert bad.status_code == 202
    assert [e.data.title for e in store.feed_page("source", "site", size=10).entries] == ["first"]
    good = client.post(
        f"/websub/callback/{lease.token}",
        data=pushed,
        headers={
            "X-Hub-Signature": signature(active.secret, pushed, "sha1"),
            "Content-Type": "application/rss+xml",
        },
    )
    assert good.status_code == 202
    assert [e.data.title for e in store.feed_page("tag", "kremlin", size=10).entries] == ["Kremlin pushed"]
    state = store.source_state("site")
    # Polling goes on, as a safety net, at scheduler.max_interval.
    assert state.next_fetch is not None
    assert state.next_fetch - datetime.now(UTC) > config.scheduler.max_interval - timedelta(minutes=1)


def test_a_denied_subscription_is_recorded(
    subscribed: tuple[Config, Store, list[dict[str, list[str]]]], httpserver: HTTPServer
) -> None:
    """5.2: the hub may deny a subscription, with a reason."""
    config, store, _ = subscribed
    lease = store.source_lease(source="site")
    assert lease is not None
    assert (
        verify_as_hub(
            config,
            store,
            lease.token,
            mode="denied",
            topic=httpserver.url_for("/feed.rss"),
            reason="no thanks",
        )[0]
        == 200
    )
    denied = store.source_lease(source="site")
    assert denied is not None and denied.state == "denied" and denied.error == "no thanks"


def test_removed_sources_are_unsubscribed(
    subscribed: tuple[Config, Store, list[dict[str, list[str]]]],
    write_config: Callable[..., Config],
    httpserver: HTTPServer,
) -> None:
    config, store, requests = subscribed
    lease = store.source_lease(source="site")
    assert lease is not None
    store.save_source_lease(
        SourceLease(
            **{
                **{
                    f: getattr(lease, f)
                    for f in ("source", "hub", "topic", "token", "secret", "requested_at")
                },
                "state": "active",
                "lease_expires": datetime.now(UTC) + timedelta(days=5),
            }
        )
    )
    without = write_config(config.path.read_text().split("[[sources]]")[0])
    with guarded_client(without.fetch) as client:
        Subscriber(without, store, client).run_once(datetime.now(UTC))
    assert requests[-1]["hub.mode"] == ["unsubscribe"]
    assert store.source_lease(source="site") is None


def test_subscribing_needs_a_reachable_base_url(write_config: Callable[..., Config]) -> None:
    config = write_config("""
        [server]
        base_url = "http://127.0.0.1:8080"
        [fetch]
        allow_private = []
        """)
    assert "non-public" in (cannot_receive(config) or "")
    public = write_config('[server]\nbase_url = "https://feeds.example.org"\n')
    assert cannot_receive(public) is None
    local = write_config('[server]\nbase_url = "http://localhost:8080"\n[fetch]\nallow_private = []\n')
    assert "private host" in (cannot_receive(local) or "")


def test_websub_keys_are_checked(write_config: Callable[..., Config]) -> None:
    from aggregator.exceptions import ConfigError

    with pytest.raises(ConfigError, match=r"websub\.hubs\[0\]"):
        write_config('[websub]\nhubs = ["ftp://hub.example/"]\n')
    with pytest.raises(ConfigError, match="did you mean 'subscribe'"):
        write_config("[websub]\nsubscribes = true\n")


def test_leases_are_renewed_before_they_end(
    subscribed: tuple[Config, Store, list[dict[str, list[str]]]],
) -> None:
    config, store, requests = subscribed
    lease = store.source_lease(source="site")
    assert lease is not None
    from dataclasses import replace

    now = datetime.now(UTC)
    store.save_source_lease(replace(lease, state="active", lease_expires=now + timedelta(days=3)))
    with guarded_client(config.fetch) as client:
        subscriber = Subscriber(config, store, client)
        assert subscriber.run_once(now) == 0  # three days left: nothing to do
        store.save_source_lease(replace(lease, state="active", lease_expires=now + timedelta(hours=12)))
        assert subscriber.run_once(now) == 1
    assert [r["hub.mode"] for r in requests] == [["subscribe"], ["subscribe"]]
    assert requests[-1]["hub.callback"] == requests[0]["hub.callback"]  # same token
    renewed = store.source_lease(source="site")
    assert renewed is not None and renewed.state == "active"  # still pushed to meanwhile


def test_a_hostile_hub_is_neither_followed_nor_read_past_a_limit(
    write_config: Callable[..., Config], httpserver: HTTPServer
) -> None:
    trap: list[str] = []
    httpserver.expect_request("/trap").respond_with_handler(
        lambda request: trap.append(request.method) or Response("caught")
    )
    hubs = {
        "/redirect": Response(status=307, headers={"Location": httpserver.url_for("/trap")}),
        "/flood": Response(b"x" * 5_000_000, status=500),
    }
    for path, answer in hubs.items():
        httpserver.expect_request(path, method="POST").respond_with_response(answer)
    leases = []
    for path in hubs:
        feed = rss("first").replace(
            b"<channel>",
            f'<channel><atom:link xmlns:atom="http://www.w3.org/2005/Atom" '
            f'rel="hub" href="{httpserver.url_for(path)}"/>'.encode(),
        )
        httpserver.expect_request(f"/feed{path}").respond_with_data(feed)
        name = path.strip("/")
        config = write_config(
            f"""
            [server]
            base_url = "http://127.0.0.1:9"
            [websub]
            subscribe = true
            [[sources]]
            name = "{name}"
            url = "{httpserver.url_for(f"/feed{path}")}"
            """,
            name=f"{name}.toml",
        )
        store = Store(config.database.url)
        try:
            store.sync_sources(config.sources, datetime.now(UTC))
            with guarded_client(config.fetch) as client:
                Subscriber(config, store, client).run_once(datetime.now(UTC))
            leases.append(store.source_lease(source=name))
        finally:
            store.close()
    assert trap == []  # the redirect was not followed
    redirected, flooded = leases
    assert redirected is not None and redirected.error == "HTTP 307"
    assert flooded is not None and flooded.error is not None
    assert flooded.error.startswith("HTTP 500 xxx") and len(flooded.error) < 300
