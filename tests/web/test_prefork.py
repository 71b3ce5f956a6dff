"""``aggregator serve`` on several web processes ([server] workers, web/prefork.py): real
processes on loopback; what one process gave must hold for all of them together."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from _process import (
    START_TIMEOUT,
    STOP_TIMEOUT,
    clean_env,
    free_port,
    kill,
    start,
    stop,
    wait_for_log,
    wait_until_up,
)
from prometheus_client.parser import text_string_to_metric_families

from aggregator import __version__
from aggregator.config import cores, load_config
from aggregator.exceptions import ConfigError
from aggregator.service import HTTP_DIED_STATUS
from aggregator.web.prefork import RESPAWN_LIMIT

from .conftest import Site

pytestmark = pytest.mark.slow

#: Requests sent, each on a connection of its own, so that both processes take some.
REQUESTS = 40


def children(pid: int) -> set[int]:
    """The processes ``pid`` started (its web processes)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found.update(int(p) for p in (task / "children").read_text().split())
    return found


@pytest.fixture
def served(site: Site, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], Path, str]]:
    """``aggregator serve`` on the site's database, two web processes."""
    port = free_port()
    text = site.path.read_text().replace(
        "[server]\n", f'[server]\nhost = "127.0.0.1"\nport = {port}\nworkers = 2\n'
    )
    site.path.write_text(text)
    log = tmp_path / "serve.log"
    proc = start("serve", site.path, log, env=clean_env())
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(proc, f"{base}/healthz", log)
        wait_for_log(log, "web processes started processes=2", proc)
        yield proc, log, base
    finally:
        kill(proc)


def _single_cores(pid: int) -> set[str]:
    """The cores that threads of ``pid`` kept to one core are kept to."""
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        status = (task / "status").read_text()
        allowed = next(
            line.split(":")[1].strip() for line in status.splitlines() if line.startswith("Cpus_allowed_list")
        )
        if allowed.isdigit():
            found.add(allowed)
    return found


def _fresh_get(base: str, path: str) -> httpx.Response:
    """A request on a connection of its own: any web process may take it."""
    with httpx.Client(trust_env=False, timeout=10) as client:
        return client.get(base + path)


def _value(text: str, family: str, **labels: str) -> float:
    for f in text_string_to_metric_families(text):
        for s in f.samples:
            if (f.name == family or s.name == family) and all(
                s.labels.get(k) == v for k, v in labels.items()
            ):
                return float(s.value)
    raise AssertionError(f"no {family} {labels}")


def test_web_processes_serve_count_together_and_stop(
    served: tuple[subprocess.Popen[bytes], Path, str],
) -> None:
    proc, log, base = served
    assert len(children(proc.pid)) == 2
    if cores() >= 2:  # each web process's server threads on a core of its own (web/cores.py)
        pinned = [_single_cores(pid) for pid in children(proc.pid)]
        assert all(len(found) == 1 for found in pinned), pinned
        assert pinned[0] != pinned[1]
    for _ in range(REQUESTS):
        assert _fresh_get(base, "/feeds/kremlin.atom").status_code == 200
    metrics = _fresh_get(base, "/metrics").text
    # Every process's requests, whichever answers the scrape.
    assert (
        _value(metrics, "aggregator_http_requests_total", route="/feeds/<tag>.<fmt>", status="200")
        == REQUESTS
    )
    assert _value(metrics, "aggregator_info", version=__version__) == 1
    assert _value(metrics, "aggregator_sources") == 3
    # process_* add up over the service's three processes: more than any one of them.
    rss = int(Path(f"/proc/{proc.pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    assert _value(metrics, "process_resident_memory_bytes") > rss
    # The server's limits hold in every web process: a big body is refused unread.
    for _ in range(4):
        with socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1])), 10) as sock:
            sock.sendall(
                b"POST /feeds/all.atom HTTP/1.1\r\nHost: feeds.test\r\nContent-Length: 100000000\r\n\r\n"
            )
            assert sock.recv(64).startswith(b"HTTP/1.1 413")
    web = children(proc.pid)
    assert stop(proc, log) == 0, log.read_text()
    deadline = time.monotonic() + 5
    while any(Path(f"/proc/{pid}").exists() for pid in web) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(Path(f"/proc/{pid}").exists() for pid in web)
    assert "Traceback" not in log.read_text()


def test_sighup_reaches_every_web_process(
    served: tuple[subprocess.Popen[bytes], Path, str], site: Site
) -> None:
    proc, log, base = served
    for _ in range(4):  # both processes have the document rendered with the old base URL
        feed = _fresh_get(base, "/feeds/kremlin.json").json()["feed_url"]
        assert feed.startswith("http://feeds.test/")
    site.path.write_text(site.path.read_text().replace("http://feeds.test", "http://elsewhere.test"))
    proc.send_signal(signal.SIGHUP)
    wait_for_log(log, "configuration reloaded", proc)
    deadline = time.monotonic() + START_TIMEOUT
    feeds: list[str] = []
    while time.monotonic() < deadline:
        feeds = [_fresh_get(base, "/feeds/kremlin.json").json()["feed_url"] for _ in range(10)]
        if all(f.startswith("http://elsewhere.test/") for f in feeds):
            break
        time.sleep(0.2)
    assert all(f.startswith("http://elsewhere.test/") for f in feeds), feeds


def test_a_web_process_that_dies_is_replaced(served: tuple[subprocess.Popen[bytes], Path, str]) -> None:
    proc, log, base = served
    victim = min(children(proc.pid))
    os.kill(victim, signal.SIGKILL)
    wait_for_log(log, f"web process ended, starting another pid={victim} status=-9", proc)
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        web = children(proc.pid)
        if len(web) == 2 and victim not in web:
            break
        time.sleep(0.1)
    assert len(web) == 2 and victim not in web
    for _ in range(10):
        assert _fresh_get(base, "/feeds/kremlin.atom").status_code == 200
    assert proc.poll() is None


def test_web_processes_dying_in_a_loop_end_the_service_with_a_failure(
    served: tuple[subprocess.Popen[bytes], Path, str],
) -> None:
    """RESPAWN_LIMIT ends within RESPAWN_WINDOW: something is wrong beyond one process; the
    service stops with a failure status, for systemd to start a new one."""
    proc, log, _ = served
    for death in range(RESPAWN_LIMIT):
        victim = max(children(proc.pid))
        os.kill(victim, signal.SIGKILL)
        if death < RESPAWN_LIMIT - 1:
            # the next one listens before it is killed in turn
            wait_for_log(log, f"web process ended, starting another pid={victim}", proc)
            deadline = time.monotonic() + START_TIMEOUT
            while log.read_text().count("web process started pid=") <= death and time.monotonic() < deadline:
                time.sleep(0.1)
    assert proc.wait(STOP_TIMEOUT) == HTTP_DIED_STATUS, log.read_text()
    assert "HTTP server died, stopping so that a new process starts" in log.read_text()


def test_workers_default_to_the_cores_and_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[server]\n")
    assert load_config(path).server.workers == cores() >= 1
    path.write_text("[server]\nworkers = 3\n")
    assert load_config(path).server.workers == 3
    path.write_text("[server]\nworkers = 0\n")
    with pytest.raises(ConfigError, match=r"server\.workers"):
        load_config(path)
