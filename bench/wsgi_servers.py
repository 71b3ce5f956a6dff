"""Measure WSGI servers serving our app: which one ``run`` and ``serve`` should use.

Each candidate serves the real Flask app (``create_app``) on a SQLite database filled with
``--entries`` synthetic entries tagged ``kremlin``, on 127.0.0.1 only, in its own process.
This process is the load generator. Three scenarios per server:

- ``feed``: ``--clients`` keep-alive clients GET /feeds/kremlin.atom as fast as they can;
- ``not_modified``: the same with ``If-None-Match`` (the 304 path feed readers mostly take);
- ``slow_clients``: ``--slow`` connections that send half a request and stall, plus as many
  that send a request and never read the answer, while one normal client makes
  ``--probe`` requests: are they still answered, and how fast?

Every loop is bounded in time (``--duration``) and in count. Prints one JSON object per line
(server, scenario, figures) and nothing else on stdout; progress goes to stderr.

    python bench/wsgi_servers.py [--servers waitress,cheroot,gunicorn-gthread,...]

Candidates not installed are reported as skipped. Figures are for comparison on one machine,
not absolute.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from aggregator.config import SourceConfig, TagConfig, load_config  # noqa: E402
from aggregator.normalize import content_hash  # noqa: E402
from aggregator.store import Store  # noqa: E402
from aggregator.types import EntryData, SourceUpdate, TaggedEntry  # noqa: E402

FEED = "/feeds/kremlin.atom"
THREADS = 8
#: Longest wait for a server to start answering, and for one probe request.
START_TIMEOUT, REQUEST_TIMEOUT = 20.0, 10.0

# How each candidate is started: argv, given the folder holding wsgiapp.py and the port.
_RUNNER = """
import sys
sys.path.insert(0, {folder!r})
from wsgiapp import app
kind, port = sys.argv[1], int(sys.argv[2])
if kind == "waitress":
    import waitress
    waitress.serve(app, host="127.0.0.1", port=port, threads={threads}, _quiet=True)
elif kind == "cheroot":
    from cheroot.wsgi import Server
    Server(("127.0.0.1", port), app, numthreads={threads}).safe_start()
"""

SERVERS: dict[str, tuple[str, Callable[[Path, int], list[str]]]] = {
    "waitress": ("waitress", lambda d, p: [sys.executable, str(d / "runner.py"), "waitress", str(p)]),
    "cheroot": ("cheroot", lambda d, p: [sys.executable, str(d / "runner.py"), "cheroot", str(p)]),
    "gunicorn-gthread-1w": (
        "gunicorn",
        lambda d, p: [
            sys.executable,
            "-m",
            "gunicorn",
            "--chdir",
            str(d),
            "-k",
            "gthread",
            "-w",
            "1",
            "--threads",
            str(THREADS),
            "-b",
            f"127.0.0.1:{p}",
            "--log-level",
            "warning",
            "wsgiapp:app",
        ],
    ),
    "gunicorn-gthread-2w": (
        "gunicorn",
        lambda d, p: [
            sys.executable,
            "-m",
            "gunicorn",
            "--chdir",
            str(d),
            "-k",
            "gthread",
            "-w",
            "2",
            "--threads",
            str(THREADS // 2),
            "-b",
            f"127.0.0.1:{p}",
            "--log-level",
            "warning",
            "wsgiapp:app",
        ],
    ),
    "granian": (
        "granian",
        lambda d, p: [
            sys.executable,
            "-m",
            "granian",
            "--interface",
            "wsgi",
            "--host",
            "127.0.0.1",
            "--port",
            str(p),
            "--workers",
            "1",
            "--blocking-threads",
            str(THREADS),
            "--log-level",
            "warning",
            "--working-dir",
            str(d),
            "wsgiapp:app",
        ],
    ),
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--servers", default=",".join(SERVERS))
    ap.add_argument("--entries", type=int, default=500)
    ap.add_argument("--clients", type=int, default=16)
    ap.add_argument("--duration", type=float, default=5.0, help="seconds per load scenario")
    ap.add_argument("--slow", type=int, default=32, help="stalled connections of each kind")
    ap.add_argument("--probe", type=int, default=20, help="requests of the normal client")
    args = ap.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="wsgi-bench-"))
    try:
        config_path = _make_site(folder, args.entries)
        (folder / "wsgiapp.py").write_text(
            textwrap.dedent(f"""
            from aggregator.config import load_config
            from aggregator.web import create_app
            app = create_app(load_config({str(config_path)!r}, environ={{}}))
        """)
        )
        (folder / "runner.py").write_text(_RUNNER.format(folder=str(folder), threads=THREADS))
        for name in args.servers.split(","):
            module, argv = SERVERS[name]
            if not _importable(module):
                _emit({"server": name, "skipped": f"{module} is not installed"})
                continue
            _bench_server(name, argv, folder, args)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _make_site(folder: Path, entries: int) -> Path:
    config_path = folder / "config.toml"
    config_path.write_text(
        '[database]\nurl = "sqlite:///bench.db"\n'
        '[tags.kremlin]\ntitle = "Kremlin"\n'
        '[[sources]]\nname = "bench"\nurl = "https://bench.example/feed"\n'
    )
    config = load_config(config_path, environ={})
    store = Store(config.database.url)
    now = datetime.now(UTC)
    store.sync_sources([SourceConfig(name="bench", url="https://bench.example/feed")], now)
    store.sync_tags([TagConfig(slug="kremlin", title="Kremlin")])
    paragraph = "<p>" + "Le Kremlin a déclaré que la réunion aurait lieu demain. " * 20 + "</p>"
    tagged = []
    for i in range(entries):
        data = EntryData(
            guid=f"https://bench.example/{i}",
            url=f"https://bench.example/{i}",
            title=f"Entry {i} about the Kremlin",
            summary=paragraph,
            content=paragraph * 3,
            author="Bench",
            published=now - timedelta(minutes=i),
            updated=None,
        )
        data = EntryData(
            **{**{f: getattr(data, f) for f in data.__slots__}, "content_hash": content_hash(data)}
        )
        tagged.append(TaggedEntry(data, frozenset({"kremlin"})))
    store.apply_update(
        SourceUpdate(
            name="bench",
            fetched_at=now,
            next_fetch=now + timedelta(days=1),
            status=200,
            entries=tuple(tagged),
        )
    )
    store.close()
    return config_path


def _bench_server(
    name: str, argv: Callable[[Path, int], list[str]], folder: Path, args: argparse.Namespace
) -> None:
    port = _free_port()
    log = folder / f"{name}.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            argv(folder, port),
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            cwd=folder,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    try:
        etag = _wait_up(proc, port, log)
        print(f"{name}: up on port {port}", file=sys.stderr)
        _emit({"server": name, "scenario": "feed", **_load(port, args, {})})
        _emit({"server": name, "scenario": "not_modified", **_load(port, args, {"If-None-Match": etag})})
        _emit({"server": name, "scenario": "slow_clients", **_slow(port, args)})
        _emit({"server": name, "scenario": "rss_kib", "kib": _rss_kib(proc.pid)})
    except RuntimeError as e:
        _emit({"server": name, "error": str(e), "log": log.read_text()[-2000:]})
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def _wait_up(proc: subprocess.Popen[bytes], port: int, log: Path) -> str:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"exited with {proc.returncode}")
        try:
            status, headers, _ = _get(port, FEED)
            if status == 200:
                for _ in range(50):  # warm-up
                    _get(port, FEED)
                return headers["etag"]
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"not answering after {START_TIMEOUT}s")


def _get(port: int, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
    try:
        conn.request("GET", path, headers=headers or {})
        r = conn.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
    finally:
        conn.close()


def _load(port: int, args: argparse.Namespace, headers: dict[str, str]) -> dict[str, object]:
    """``args.clients`` keep-alive clients for ``args.duration`` seconds."""
    latencies: list[float] = []
    errors = 0
    statuses: dict[int, int] = {}
    lock = threading.Lock()
    stop_at = time.monotonic() + args.duration
    max_requests = 100_000  # per client: a bound in count besides the bound in time

    def client() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
        mine: list[float] = []
        seen: dict[int, int] = {}
        failed = 0
        for _ in range(max_requests):
            if time.monotonic() >= stop_at:
                break
            started = time.perf_counter()
            try:
                conn.request("GET", FEED, headers=headers)
                r = conn.getresponse()
                r.read()
                seen[r.status] = seen.get(r.status, 0) + 1
                mine.append(time.perf_counter() - started)
                if r.getheader("connection", "").lower() == "close":
                    conn.close()
                    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
            except (OSError, http.client.HTTPException):
                failed += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=REQUEST_TIMEOUT)
        conn.close()
        with lock:
            latencies.extend(mine)
            errors += failed
            for k, v in seen.items():
                statuses[k] = statuses.get(k, 0) + v

    started = time.monotonic()
    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=args.duration + REQUEST_TIMEOUT * 2)
    elapsed = time.monotonic() - started
    return {
        "clients": args.clients,
        "requests": len(latencies),
        "errors": errors,
        "statuses": statuses,
        "rps": round(len(latencies) / elapsed, 1),
        **_percentiles(latencies),
    }


def _slow(port: int, args: argparse.Namespace) -> dict[str, object]:
    """Stalled clients (half a request; a request whose answer is never read) beside one
    normal client: are the normal client's requests answered, and how fast?"""
    stalled: list[socket.socket] = []
    try:
        for i in range(args.slow * 2):
            s = socket.create_connection(("127.0.0.1", port), timeout=REQUEST_TIMEOUT)
            if i % 2 == 0:  # sends half its headers, then nothing
                s.sendall(b"GET " + FEED.encode() + b" HTTP/1.1\r\nHost: bench\r\n")
            else:  # asks for the feed many times over, and never reads
                s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
                s.sendall(b"GET " + FEED.encode() + b" HTTP/1.1\r\nHost: bench\r\n\r\n" * 20)
            stalled.append(s)
        time.sleep(0.5)
        latencies: list[float] = []
        failures = 0
        deadline = time.monotonic() + args.duration * 3
        for _ in range(args.probe):
            if time.monotonic() >= deadline:
                break
            started = time.perf_counter()
            try:
                status, _, _ = _get(port, FEED)
                if status == 200:
                    latencies.append(time.perf_counter() - started)
                else:
                    failures += 1
            except (OSError, http.client.HTTPException):
                failures += 1
        return {
            "stalled_connections": len(stalled),
            "probe_requests": args.probe,
            "answered": len(latencies),
            "failed": failures,
            **_percentiles(latencies),
        }
    finally:
        for s in stalled:
            s.close()


def _percentiles(latencies: list[float]) -> dict[str, float | None]:
    if not latencies:
        return {"p50_ms": None, "p90_ms": None, "p99_ms": None, "max_ms": None}
    ordered = sorted(latencies)

    def at(q: float) -> float:
        return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 2)

    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 2),
        "p90_ms": at(0.9),
        "p99_ms": at(0.99),
        "max_ms": round(ordered[-1] * 1000, 2),
    }


def _rss_kib(pid: int) -> int | None:
    """Resident memory of the server and its children, in KiB (Linux /proc)."""
    try:
        pids = [pid] + [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        total = 0
        for p in pids:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        return total
    except OSError:
        return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _importable(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def _emit(record: dict[str, object]) -> None:
    print(json.dumps(record), flush=True)


if __name__ == "__main__":
    main()
