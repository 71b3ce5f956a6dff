"""Serving benchmark: a tag feed through `aggregator serve`, against the ceiling of the stack,
bare Flask under gunicorn (2 workers x 4 threads) returning the same bytes from memory.

    python bench/serve.py [--entries 2000] [--duration 5] [--connections 16] [--rounds 3]

Both answer GET /feeds/kremlin.atom, with its ETag (304 on If-None-Match). Load comes from
wrk when installed (apt-get install wrk), else from a threaded Python client. Prints one JSON
line per server and case: {"bench": "serve", "server", "case": "200"|"304", "rps" (the
median of ``--rounds`` rounds, the servers taking turns), "rounds_rps", ...}.
Install gunicorn (pip install gunicorn) for the baseline, which is also measured serving our
app (aggregator.wsgi:app) under the same gunicorn settings: what our caching costs, server
aside. granian, if installed, is measured too, serving our app (`aggregator serve` itself
runs waitress).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

BASELINE_APP = textwrap.dedent('''
    import os
    from flask import Flask, Response, request
    BODY = open(os.environ["BENCH_BODY"], "rb").read()
    ETAG = os.environ["BENCH_ETAG"]
    app = Flask(__name__)

    @app.get("/feeds/kremlin.atom")
    def feed():
        if request.headers.get("If-None-Match") == ETAG:
            return Response(status=304, headers={"ETag": ETAG})
        return Response(BODY, content_type="application/atom+xml; charset=utf-8",
                        headers={"ETag": ETAG})
''')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(port: int, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/feeds/kremlin.atom")
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"nothing answered on 127.0.0.1:{port} within {seconds}s")


def fill(database: Path, entries: int) -> None:
    """A database with ``entries`` entries tagged kremlin, through the store's own API."""
    from aggregator.config import SourceConfig
    from aggregator.store import Store
    from aggregator.types import EntryData, SourceUpdate, TaggedEntry

    store = Store(f"sqlite:///{database}")
    now = datetime(2026, 1, 21, tzinfo=UTC)
    store.sync_sources([SourceConfig(name="bench", url="https://bench.example/feed")], now)
    batch = 500
    for start in range(0, entries, batch):
        items = tuple(TaggedEntry(EntryData(
            guid=f"https://bench.example/{i}", url=f"https://bench.example/{i}",
            title=f"Le Kremlin, article {i}", summary="<p>" + "Texte du résumé. " * 20 + "</p>",
            content=None, author="Bench", published=now - timedelta(minutes=i), updated=None,
            content_hash=f"h{i}"), frozenset({"kremlin"})) for i in range(start, min(
                start + batch, entries)))
        store.apply_update(SourceUpdate(name="bench", fetched_at=now, next_fetch=now,
                                        status=200, entries=items))
    store.close()


def load(port: int, etag: str | None, duration: float, connections: int) -> float:
    """Requests per second against http://127.0.0.1:port/feeds/kremlin.atom."""
    url = f"http://127.0.0.1:{port}/feeds/kremlin.atom"
    if shutil.which("wrk"):
        cmd = ["wrk", "-t2", f"-c{connections}", f"-d{max(1, round(duration))}s", url]
        if etag:
            cmd[1:1] = ["-H", f"If-None-Match: {etag}"]
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=duration + 30).stdout
        m = re.search(r"Requests/sec:\s+([\d.]+)", out)
        if not m:
            raise SystemExit(f"wrk printed no rate:\n{out}")
        return float(m.group(1))
    count = [0]
    lock = threading.Lock()
    end = time.monotonic() + duration

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        done = 0
        while time.monotonic() < end:
            conn.request("GET", "/feeds/kremlin.atom", headers={"If-None-Match": etag} if etag
                         else {})
            conn.getresponse().read()
            done += 1
        with lock:
            count[0] += done

    threads = [threading.Thread(target=client) for _ in range(connections)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(duration + 30)
    return count[0] / duration


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--duration", type=float, default=5)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-serve-"))
    fill(work / "bench.db", args.entries)
    port = free_port()
    (work / "config.toml").write_text(
        f'[database]\nurl = "sqlite:///bench.db"\n[server]\nport = {port}\n'
        '[tags.kremlin]\ntitle = "Kremlin"\n[[sources]]\nname = "bench"\n'
        'url = "https://bench.example/feed"\n')
    procs: list[subprocess.Popen[bytes]] = []
    try:
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "aggregator", "serve", "--config", str(work / "config.toml"),
             "--log-level", "WARNING"], stderr=subprocess.DEVNULL))
        wait_up(port)
        conn = http.client.HTTPConnection("127.0.0.1", port)
        conn.request("GET", "/feeds/kremlin.atom")
        response = conn.getresponse()
        body, etag = response.read(), response.getheader("ETag") or ""
        common = {"bench": "serve", "entries": args.entries, "bytes": len(body),
                  "connections": args.connections,
                  "load": "wrk" if shutil.which("wrk") else "python"}
        servers = [("aggregator serve (waitress)", port)]
        if shutil.which("gunicorn") or _has("gunicorn"):
            (work / "baseline.py").write_text(BASELINE_APP)
            (work / "body.atom").write_bytes(body)
            base_port = free_port()
            env = {**os.environ, "BENCH_BODY": str(work / "body.atom"), "BENCH_ETAG": etag,
                   "PYTHONPATH": str(work)}
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "-w", "2", "--threads", "4", "-k", "gthread",
                 "-b", f"127.0.0.1:{base_port}", "baseline:app"], env=env, cwd=work,
                stderr=subprocess.DEVNULL))
            wait_up(base_port)
            servers.append(("bare Flask, gunicorn 2x4, bytes from memory", base_port))
            ours_port = free_port()
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "-w", "2", "--threads", "4", "-k", "gthread",
                 "-b", f"127.0.0.1:{ours_port}", "aggregator.wsgi:app"], cwd=work,
                env={**os.environ, "AGGREGATOR_CONFIG": str(work / "config.toml")},
                stderr=subprocess.DEVNULL))
            wait_up(ours_port)
            servers.append(("our app, gunicorn 2x4", ours_port))
        if _has("granian"):
            granian_port = free_port()
            (work / "granian_app.py").write_text(textwrap.dedent(f'''
                from aggregator.config import load_config
                from aggregator.web import create_app
                # fresh_for as `aggregator serve` has it (service.py): a feed's version is
                # read from the database at most once a second
                app = create_app(load_config({str(work / "config.toml")!r}), fresh_for=1.0)
            '''))
            procs.append(subprocess.Popen(
                [sys.executable, "-m", "granian", "--interface", "wsgi", "--workers", "2",
                 "--blocking-threads", "4", "--host", "127.0.0.1", "--port", str(granian_port),
                 "granian_app:app"], cwd=work, env={**os.environ, "PYTHONPATH": str(work)},
                stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL))
            wait_up(granian_port)
            servers.append(("our app under granian 2 workers", granian_port))
        rates: dict[tuple[str, str], list[int]] = {}
        for _ in range(max(1, args.rounds)):
            for name, server_port in servers:
                for case, header in (("200", None), ("304", etag)):
                    rps = load(server_port, header, args.duration, args.connections)
                    rates.setdefault((name, case), []).append(round(rps))
        for (name, case), measured in rates.items():
            print(json.dumps({**common, "server": name, "case": case,
                              "rps": round(statistics.median(measured)),
                              "rounds_rps": measured}), flush=True)
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(work, ignore_errors=True)


def _has(module: str) -> bool:
    return subprocess.run([sys.executable, "-c", f"import {module}"],
                          capture_output=True).returncode == 0


if __name__ == "__main__":
    main()
