"""Two aggregator instances on loopback, as real ``aggregator run`` processes: A publishes
its ``kremlin`` tag feed and is its own WebSub hub; B follows that feed as a source, with
``[websub] subscribe = true``. B discovers A's hub, subscribes, A verifies; then an entry A
ingests reaches B's feeds pushed by A, B never polling A again.

A runs on the suite's database (PostgreSQL in its second pass), B on a SQLite file of its
own: two instances must not share one database.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import httpx
import pytest
from _process import free_port, start, stop, wait_for_log, wait_until_up
from prometheus_client.parser import text_string_to_metric_families
from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Response

from aggregator.config import Config

pytestmark = pytest.mark.slow

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>News</title>
<link>https://news.example/</link><description>d</description>{items}</channel></rss>"""
ITEM = """<item><title>{title}</title><link>https://news.example/{slug}</link>
<guid>urn:news:{slug}</guid><pubDate>{date}</pubDate></item>"""
#: Bound on every wait (A's tick verifies within 5 s; its source is polled every 2-3 s).
WAIT = 30.0
_STAMP = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}) .*$", re.M)


def feed(*entries: tuple[str, str]) -> bytes:
    return FEED.format(
        items="".join(ITEM.format(title=t, slug=t.lower().replace(" ", "-"), date=d) for t, d in entries)
    ).encode()


def logged_at(log: str, text: str) -> datetime:
    """When the last line containing ``text`` was logged."""
    line = [line for line in log.splitlines() if text in line][-1]
    match = _STAMP.match(line)
    assert match, line
    return datetime.strptime(match.group(1), "%Y-%m-%d %H:%M:%S,%f")


def feed_requests(client: httpx.Client, base: str) -> float:
    """Requests A answered for its tag feeds, from its own /metrics."""
    text = client.get(f"{base}/metrics").text
    return sum(
        s.value
        for f in text_string_to_metric_families(text)
        for s in f.samples
        if s.name == "aggregator_http_requests_total" and s.labels.get("route") == "/feeds/<tag>.<fmt>"
    )


def test_an_entry_reaches_the_subscribed_instance_without_a_poll(
    tmp_path: Path,
    httpserver: HTTPServer,
    write_config: Callable[..., Config],
    new_database_url: Callable[[str], str],
) -> None:
    served = {"body": feed(("Kremlin one", "Tue, 20 Jan 2026 10:00:00 GMT"))}
    httpserver.expect_request("/news.rss").respond_with_handler(
        lambda request: Response(served["body"], content_type="application/rss+xml")
    )
    port_a, port_b = free_port(), free_port()
    base_a, base_b = f"http://127.0.0.1:{port_a}", f"http://127.0.0.1:{port_b}"
    a = write_config(
        f"""
        [database]
        url = "sqlite:///a.db"
        [server]
        port = {port_a}
        base_url = "{base_a}"
        [scheduler]
        interval = "2s"
        min_interval = "1s"
        max_interval = "3s"
        [output]
        export = false
        [websub]
        hub = true
        [tags.kremlin]
        keywords = ["kremlin"]
        [[sources]]
        name = "news"
        url = "{httpserver.url_for("/news.rss")}"
        """,
        name="a.toml",
    )
    b = write_config(
        f"""
        [database]
        url = "{new_database_url("b")}"
        [server]
        port = {port_b}
        base_url = "{base_b}"
        [output]
        export = false
        [websub]
        subscribe = true
        [[sources]]
        name = "a-kremlin"
        url = "{base_a}/feeds/kremlin.atom"
        """,
        name="b.toml",
        keep_database=True,
    )
    assert a.path is not None and b.path is not None
    log_a, log_b = tmp_path / "a.log", tmp_path / "b.log"
    proc_a = start("run", a.path, log_a)
    proc_b = None
    try:
        wait_until_up(proc_a, f"{base_a}/healthz", log_a)
        wait_for_log(log_a, "source fetched source=news outcome=ok", proc_a, WAIT)
        proc_b = start("run", b.path, log_b)
        wait_until_up(proc_b, f"{base_b}/healthz", log_b)
        wait_for_log(log_b, "source fetched source=a-kremlin outcome=ok", proc_b, WAIT)
        wait_for_log(log_b, "websub subscription active source=a-kremlin", proc_b, WAIT)
        wait_for_log(log_a, "websub verification confirmed mode=subscribe", proc_a, WAIT)
        with httpx.Client(trust_env=False, timeout=5) as client:
            polled = feed_requests(client, base_a)
            served["body"] = feed(
                ("Kremlin two", "Tue, 20 Jan 2026 11:00:00 GMT"),
                ("Kremlin one", "Tue, 20 Jan 2026 10:00:00 GMT"),
            )
            text_b = wait_for_log(log_b, "source pushed source=a-kremlin new=1", proc_b, WAIT)
            titles = [i["title"] for i in json.loads(client.get(f"{base_b}/feeds/all.json").content)["items"]]
            assert titles == ["Kremlin two", "Kremlin one"]
            assert feed_requests(client, base_a) == polled  # B did not poll A
        text_a = log_a.read_text()
        stored_a = logged_at(text_a, "source fetched source=news outcome=ok status=200 new=1")
        pushed_b = logged_at(text_b, "source pushed source=a-kremlin new=1")
        delay = (pushed_b - stored_a).total_seconds()
        print(f"\nwebsub round trip: stored by A -> stored by B in {delay:.3f} s")
        assert "websub delivered topic=" in text_a
    finally:
        try:
            if proc_b is not None:
                stop(proc_b, log_b)
        finally:
            stop(proc_a, log_a)
