"""politeness.py: at most max_per_host updates of one host at once, without a worker thread
waiting for a host; fetches from one host host_delay apart. Against real threaded HTTP
servers on two loopback addresses (two hosts), a real SQLite store and the real fetcher."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from aggregator import politeness
from aggregator.config import Config, FetchConfig
from aggregator.fetch import Fetcher
from aggregator.politeness import HostLimiter, HostSpacing, host_of
from aggregator.scheduler import Poller
from aggregator.store import Store
from aggregator.types import Fetched
from aggregator.update import REQUEUE_DELAY, Updater, update_due_sources, update_in_windows

#: Bound on every wait in these tests: a hang fails the test instead of the suite.
WAIT = 10.0


# -- a threaded server that holds requests until released --------------------------------------


class HoldingServer:
    """Answers GET with a one-entry RSS document per path, but only once ``release`` is set
    (or after WAIT seconds); counts requests and the most it held at once."""

    def __init__(self, address: str) -> None:
        self.release = threading.Event()
        self.lock = threading.Lock()
        self.active = self.most = self.requests = 0
        self.arrived = threading.Condition(self.lock)
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                with server.lock:
                    server.active += 1
                    server.requests += 1
                    server.most = max(server.most, server.active)
                    server.arrived.notify_all()
                try:
                    server.release.wait(WAIT)
                    body = (
                        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
                        f"<item><title>{self.path}</title><guid>urn:{self.path}</guid></item>"
                        f"</channel></rss>"
                    ).encode()
                    self.send_response(200)
                    self.send_header("Content-Type", "application/rss+xml")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                finally:
                    with server.lock:
                        server.active -= 1

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer((address, 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://{address}:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self.thread.start()

    def wait_for(self, active: int) -> None:
        """Until ``active`` requests are held at once (bounded by WAIT)."""
        with self.arrived:
            assert self.arrived.wait_for(lambda: self.active >= active, WAIT), self.active

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(WAIT)


@pytest.fixture
def servers() -> Iterator[tuple[HoldingServer, HoldingServer]]:
    """Two hosts: 127.0.0.1 and 127.0.0.2 (all of 127.0.0.0/8 is loopback)."""
    a, b = HoldingServer("127.0.0.1"), HoldingServer("127.0.0.2")
    yield a, b
    a.close()
    b.close()


@pytest.fixture
def setup(
    write_config: Callable[..., Config], store: Store, servers: tuple[HoldingServer, HoldingServer]
) -> Iterator[Updater]:
    """Sources a1 a2 a3 on host A, then b on host B, then a4 on A; 3 workers, 2 per host."""
    a, b = servers
    urls = {"a1": a.url, "a2": a.url, "a3": a.url, "b": b.url, "a4": a.url}
    sources = "".join(
        f'[[sources]]\nname = "{name}"\nurl = "{url}/{name}.rss"\n' for name, url in urls.items()
    )
    config = write_config(
        "[scheduler]\nworkers = 3\n"
        '[fetch]\nallow_private = ["127.0.0.0/8"]\nmax_per_host = 2\n'
        'host_delay = "0s"\n' + sources
    )
    store.sync_sources(config.sources, datetime.now(UTC))
    with Fetcher(config.fetch) as fetcher:
        yield Updater(config=config, store=store, fetcher=fetcher)


# -- HostLimiter through update_due_sources ---------------------------------------------------


def test_a_busy_host_does_not_hold_a_worker(
    setup: Updater, servers: tuple[HoldingServer, HoldingServer]
) -> None:
    """``aggregator fetch``: four sources of host A and one of host B on three workers. A gets
    two at once; its other two wait in memory, not in a worker, so B's is fetched at once."""
    a, b = servers
    with ThreadPoolExecutor(3) as pool:
        limiter = HostLimiter(pool, 2)
        dispatch = update_due_sources(setup, limiter, limit=10, due_only=False)
        assert list(dispatch.futures) == ["a1", "a2", "a3", "b", "a4"]
        futures = {f: n for n, f in dispatch.futures.items()}
        a.wait_for(2)
        b.release.set()
        (b_result,) = [f.result(timeout=WAIT) for f, n in futures.items() if n == "b"]
        assert b_result.ok and b_result.new == 1
        # A still holds its first two; the other two have not reached the server
        assert (a.active, a.requests) == (2, 2)
        assert [n for f, n in futures.items() if not f.done()] == ["a1", "a2", "a3", "a4"]
        assert limiter.running("127.0.0.1") == 2
        a.release.set()
        results = [f.result(timeout=WAIT) for f in futures]
    assert all(r.ok for r in results)
    assert (a.requests, a.most) == (4, 2)
    assert limiter.running("127.0.0.1") == 0


def test_a_pass_claims_its_sources_a_window_at_a_time(
    setup: Updater, servers: tuple[HoldingServer, HoldingServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``aggregator fetch`` over more sources than a window: each claim takes at most a
    window of them, in their order, and every source is updated once."""
    for server in servers:
        server.release.set()
    monkeypatch.setattr(politeness, "WINDOW", 2)
    claims: list[list[str]] = []
    claim = setup.store.claim_due_sources

    def recorded(*args: object, **kwargs: object) -> list[object]:
        states = claim(*args, **kwargs)  # type: ignore[arg-type]
        claims.append([s.name for s in states])
        return states  # type: ignore[return-value]

    monkeypatch.setattr(setup.store, "claim_due_sources", recorded)
    names = ["a1", "a2", "a3", "b", "a4"]
    with ThreadPoolExecutor(3) as pool:
        results = update_in_windows(setup, HostLimiter(pool, 2), names, workers=3)
    assert sorted(r.source for r in results) == sorted(names)
    assert all(r.ok and r.new == 1 for r in results)
    assert all(len(c) <= 2 for c in claims) and [n for c in claims for n in c] == names
    assert servers[0].requests == 4 and servers[1].requests == 1


def test_a_window_waiting_for_a_busy_host_does_not_hold_back_the_next(
    setup: Updater, servers: tuple[HoldingServer, HoldingServer], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first window is host A's two sources, both held by A; a worker is idle, so the
    next window is claimed and B's source fetched while A still holds the first two."""
    a, b = servers
    monkeypatch.setattr(politeness, "WINDOW", 2)
    b.release.set()
    with ThreadPoolExecutor(3) as pool:
        limiter = HostLimiter(pool, 2)
        names = ["a1", "a2", "a3", "b", "a4"]
        with ThreadPoolExecutor(1) as caller:
            running = caller.submit(update_in_windows, setup, limiter, names, 3)
            a.wait_for(2)
            with b.arrived:
                assert b.arrived.wait_for(lambda: b.requests >= 1, WAIT)
            assert (a.active, a.requests) == (2, 2)
            a.release.set()
            results = running.result(timeout=WAIT)
    assert sorted(r.source for r in results) == sorted(names)
    assert all(r.ok for r in results)
    assert a.most == 2


def test_the_tick_gives_back_sources_of_a_busy_host(
    setup: Updater, store: Store, servers: tuple[HoldingServer, HoldingServer]
) -> None:
    """The scheduler's tick: a3 is claimed while A is busy; it goes back to the store, due
    shortly, and the worker it would have taken fetches b instead."""
    a, b = servers
    b.release.set()
    poller = Poller(setup, export=False)
    try:
        before = datetime.now(UTC)
        poller.tick()
        a.wait_for(2)
        state = store.source_state("a3")
        assert state.next_fetch is not None
        assert before + REQUEUE_DELAY <= state.next_fetch <= datetime.now(UTC) + REQUEUE_DELAY
        # a3 was released, not kept claimed: another process could take it
        assert store.claim_due_sources(state.next_fetch, limit=10, lease=timedelta(minutes=1), names=["a3"])
        # b took the third worker (b comes before a4: a4 was never claimed, no worker was free)
        with b.arrived:  # its request may still be on its way
            assert b.arrived.wait_for(lambda: b.requests >= 1, WAIT)
        assert b.requests == 1
        assert store.source("a4").last_fetch is None
    finally:
        a.release.set()
        poller.stop(grace=5, budget=10)
    assert a.most == 2


def test_limiter_queue_runs_in_order_and_passes_on_errors() -> None:
    order: list[int] = []
    gate = threading.Event()

    def task(i: int) -> int:
        if i == 0:
            gate.wait(WAIT)
        if i == 2:
            raise ValueError("boom")
        order.append(i)
        return i

    with ThreadPoolExecutor(4) as pool:
        limiter = HostLimiter(pool, 1)
        futures = [limiter.submit("h", task, i) for i in range(4)]
        assert limiter.try_submit("h", task, 9) is None
        other = limiter.try_submit("other", task, 7)
        assert other is not None and other.result(timeout=WAIT) == 7
        gate.set()
        assert futures[0].result(timeout=WAIT) == 0
        assert futures[1].result(timeout=WAIT) == 1
        with pytest.raises(ValueError, match="boom"):
            futures[2].result(timeout=WAIT)
        assert futures[3].result(timeout=WAIT) == 3
    assert order == [7, 0, 1, 3]
    assert limiter.running("h") == 0


def test_a_cancelled_waiting_task_gives_its_turn_to_the_next() -> None:
    gate = threading.Event()
    with ThreadPoolExecutor(2) as pool:
        limiter = HostLimiter(pool, 1)
        first = limiter.submit("h", gate.wait, WAIT)
        second = limiter.submit("h", lambda: "second")
        third = limiter.submit("h", lambda: "third")
        assert second.cancel()
        gate.set()
        assert first.result(timeout=WAIT) is True
        assert third.result(timeout=WAIT) == "third"
    assert second.cancelled()


# -- HostSpacing ------------------------------------------------------------------------------


class Clock:
    """A clock that only moves when told to, and a sleep that records instead of sleeping."""

    def __init__(self) -> None:
        self.now = 100.0
        self.slept: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)


def test_spacing_reserves_turns_per_host() -> None:
    clock = Clock()
    spacing = HostSpacing(2.0, clock=lambda: clock.now, sleep=clock.sleep)
    assert [spacing.wait_turn("a") for _ in range(3)] == [0.0, 2.0, 4.0]
    assert spacing.wait_turn("b") == 0.0  # another host does not wait for a
    clock.now += 10
    assert spacing.wait_turn("a") == 0.0  # a's turns have passed
    assert spacing.wait_turn("a") == 2.0
    assert clock.slept == [2.0, 4.0, 2.0]


def test_zero_delay_never_waits() -> None:
    clock = Clock()
    spacing = HostSpacing(0, clock=lambda: clock.now, sleep=clock.sleep)
    assert [spacing.wait_turn("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert clock.slept == []


def test_fetcher_spaces_fetches_of_one_host(servers: tuple[HoldingServer, HoldingServer]) -> None:
    a, b = servers
    a.release.set()
    b.release.set()
    clock = Clock()
    spacing = HostSpacing(1.5, clock=lambda: clock.now, sleep=clock.sleep)
    config = FetchConfig(allow_private=("127.0.0.0/8",), host_delay=timedelta(seconds=1.5))
    with Fetcher(config, spacing=spacing) as fetcher:
        for url in (f"{a.url}/1", f"{a.url}/2", f"{b.url}/1", f"{a.url}/3"):
            assert isinstance(fetcher.fetch(url), Fetched)
    assert clock.slept == [1.5, 3.0]
    assert (a.requests, b.requests) == (3, 1)


def test_fetcher_default_spacing_follows_the_config() -> None:
    with Fetcher(FetchConfig(host_delay=timedelta(seconds=3))) as fetcher:
        assert fetcher.spacing.delay == 3.0


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://Example.ORG/feed", "example.org"),
        ("http://example.org.:8080/x", "example.org"),
        ("http://127.0.0.1:9/x", "127.0.0.1"),
        ("http://[::1]:9/x", "::1"),
        ("not a url", ""),
        ("http://[zz/x", ""),
    ],
)
def test_host_of(url: str, host: str) -> None:
    assert host_of(url) == host
