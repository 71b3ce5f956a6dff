"""Serving benchmark: a tag feed through `aggregator serve` as it runs by default (one web
process per core, [server] workers), against the ceiling of the stack, bare Flask under gunicorn
(2 workers x 4 threads) returning the same bytes from memory, and against nginx serving the
exported file.

    python bench/serve.py [--entries 2000] [--duration 5] [--connections 16] [--rounds 3]

Each answers GET /feeds/kremlin.atom, with its own ETag (304 on If-None-Match). Load comes
from wrk when installed (apt-get install wrk: 2 threads, --connections connections, kept
alive), else from a threaded Python client (much slower than the servers: its figures say
little). Prints one JSON line per server and case: {"bench": "serve", "server", "case":
"200"|"304", "rps" (the median of ``--rounds`` rounds, the servers taking turns),
"rounds_rps", "vs_flask" (rps over bare Flask's, same case), ...}; then a table on stderr.
Baselines, each skipped with a message when absent: gunicorn (pip install gunicorn; the bench
only), which also serves our app (aggregator.wsgi:app) under the same settings, what our
caching costs, server aside; nginx (apt-get install nginx-light); granian, serving our app.
`aggregator serve` with [server] workers = 1 (one process, as before 2026-12) is measured too.
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

BASELINE_APP = textwrap.dedent("""
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
""")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


NGINX_CONF = """
daemon off;
worker_processes {workers};
pid {work}/nginx.pid;
error_log stderr error;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {work}/nginx-tmp;
    proxy_temp_path {work}/nginx-tmp;
    fastcgi_temp_path {work}/nginx-tmp;
    uwsgi_temp_path {work}/nginx-tmp;
    scgi_temp_path {work}/nginx-tmp;
    types {{ application/atom+xml atom; }}
    server {{
        listen 127.0.0.1:{port};
        root {root};
    }}
}}
"""


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
        items = tuple(
            TaggedEntry(
                EntryData(
                    guid=f"https://bench.example/{i}",
                    url=f"https://bench.example/{i}",
                    title=f"Le Kremlin, article {i}",
                    summary="<p>" + "Texte du résumé. " * 20 + "</p>",
                    content=None,
                    author="Bench",
                    published=now - timedelta(minutes=i),
                    updated=None,
                    content_hash=f"h{i}",
                ),
                frozenset({"kremlin"}),
            )
            for i in range(start, min(start + batch, entries))
        )
        store.apply_update(
            SourceUpdate(name="bench", fetched_at=now, next_fetch=now, status=200, entries=items)
        )
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
            conn.request("GET", "/feeds/kremlin.atom", headers={"If-None-Match": etag} if etag else {})
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
    work.chmod(0o755)  # nginx workers run as another user when started as root
    fill(work / "bench.db", args.entries)
    procs: list[subprocess.Popen[bytes]] = []
    servers: list[tuple[str, int]] = []

    def serve(name: str, workers: str) -> int:
        port = free_port()
        config = work / f"config-{len(servers)}.toml"
        config.write_text(
            f'[database]\nurl = "sqlite:///bench.db"\n[server]\nport = {port}\n{workers}'
            '[output]\ndir = "export"\n'
            '[tags.kremlin]\ntitle = "Kremlin"\n[[sources]]\nname = "bench"\n'
            'url = "https://bench.example/feed"\n'
        )
        procs.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "aggregator",
                    "serve",
                    "--config",
                    str(config),
                    "--log-level",
                    "WARNING",
                ],
                stderr=subprocess.DEVNULL,
            )
        )
        wait_up(port)
        servers.append((name, port))
        return port

    try:
        from aggregator.config import cores

        port = serve(f"aggregator serve (default: {cores()} web processes)", "")
        conn = http.client.HTTPConnection("127.0.0.1", port)
        conn.request("GET", "/feeds/kremlin.atom")
        response = conn.getresponse()
        body, etag = response.read(), response.getheader("ETag") or ""
        common = {
            "bench": "serve",
            "entries": args.entries,
            "bytes": len(body),
            "connections": args.connections,
            "load": "wrk" if shutil.which("wrk") else "python (threads)",
        }
        serve("aggregator serve, workers = 1", "workers = 1\n")
        baseline = "bare Flask, gunicorn 2x4, bytes from memory"
        if _has("gunicorn"):
            (work / "baseline.py").write_text(BASELINE_APP)
            (work / "body.atom").write_bytes(body)
            base_port = free_port()
            env = {
                **os.environ,
                "BENCH_BODY": str(work / "body.atom"),
                "BENCH_ETAG": etag,
                "PYTHONPATH": str(work),
            }
            procs.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "gunicorn",
                        "-w",
                        "2",
                        "--threads",
                        "4",
                        "-k",
                        "gthread",
                        "-b",
                        f"127.0.0.1:{base_port}",
                        "baseline:app",
                    ],
                    env=env,
                    cwd=work,
                    stderr=subprocess.DEVNULL,
                )
            )
            wait_up(base_port)
            servers.append((baseline, base_port))
            ours_port = free_port()
            procs.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "gunicorn",
                        "-w",
                        "2",
                        "--threads",
                        "4",
                        "-k",
                        "gthread",
                        "-b",
                        f"127.0.0.1:{ours_port}",
                        "aggregator.wsgi:app",
                    ],
                    cwd=work,
                    env={**os.environ, "AGGREGATOR_CONFIG": str(work / "config-0.toml")},
                    stderr=subprocess.DEVNULL,
                )
            )
            wait_up(ours_port)
            servers.append(("our app, gunicorn 2x4", ours_port))
        else:
            print("skipped: bare Flask under gunicorn, the baseline (pip install gunicorn)", file=sys.stderr)
        nginx = shutil.which("nginx") or next(
            (p for p in ("/usr/sbin/nginx", "/usr/local/sbin/nginx") if Path(p).exists()), None
        )
        if nginx:
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "aggregator",
                    "export",
                    "--config",
                    str(work / "config-0.toml"),
                    "--log-level",
                    "WARNING",
                ],
                check=True,
                capture_output=True,
            )
            if not (work / "export" / "feeds" / "kremlin.atom").exists():
                raise SystemExit("aggregator export wrote no feeds/kremlin.atom")
            (work / "nginx-tmp").mkdir()
            nginx_port = free_port()
            (work / "nginx.conf").write_text(
                NGINX_CONF.format(
                    workers=os.cpu_count() or 1, work=work, port=nginx_port, root=work / "export"
                )
            )
            procs.append(
                subprocess.Popen(
                    [nginx, "-p", str(work), "-c", str(work / "nginx.conf")], stderr=subprocess.DEVNULL
                )
            )
            wait_up(nginx_port)
            servers.append(("nginx, the exported file", nginx_port))
        else:
            print("skipped: nginx serving the exported file (apt-get install nginx-light)", file=sys.stderr)
        if _has("granian"):
            granian_port = free_port()
            procs.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "granian",
                        "--interface",
                        "wsgi",
                        "--workers",
                        "2",
                        "--blocking-threads",
                        "4",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        str(granian_port),
                        "aggregator.wsgi:app",
                    ],
                    cwd=work,
                    env={**os.environ, "AGGREGATOR_CONFIG": str(work / "config-0.toml")},
                    stderr=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                )
            )
            wait_up(granian_port)
            servers.append(("our app under granian 2 workers", granian_port))
        etags = {name: _etag(server_port) for name, server_port in servers}
        rates: dict[tuple[str, str], list[int]] = {}
        for _ in range(max(1, args.rounds)):
            for name, server_port in servers:
                for case, header in (("200", None), ("304", etags[name])):
                    rps = load(server_port, header, args.duration, args.connections)
                    rates.setdefault((name, case), []).append(round(rps))
        medians = {key: round(statistics.median(measured)) for key, measured in rates.items()}
        for (name, case), measured in rates.items():
            ceiling = medians.get((baseline, case))
            print(
                json.dumps(
                    {
                        **common,
                        "server": name,
                        "case": case,
                        "rps": medians[(name, case)],
                        "rounds_rps": measured,
                        "vs_flask": round(medians[(name, case)] / ceiling, 2) if ceiling else None,
                    }
                ),
                flush=True,
            )
        # The table on stderr: stdout is one JSON line per figure, for scripts.
        print(
            f"\n{'server':52} {'200 req/s':>10} {'304 req/s':>10}  vs bare Flask (200, 304)", file=sys.stderr
        )
        for name, _ in servers:
            ratios = [
                medians[(name, c)] / medians[(baseline, c)] if (baseline, c) in medians else None
                for c in ("200", "304")
            ]
            shown = ", ".join(f"{r:.2f}x" if r else "-" for r in ratios)
            print(
                f"{name:52} {medians[(name, '200')]:>10,} {medians[(name, '304')]:>10,}  {shown}",
                file=sys.stderr,
            )
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
        shutil.rmtree(work, ignore_errors=True)


def _etag(port: int) -> str:
    """The ETag a server gives the feed (nginx has its own, from the file's time and size)."""
    conn = http.client.HTTPConnection("127.0.0.1", port)
    conn.request("GET", "/feeds/kremlin.atom")
    response = conn.getresponse()
    response.read()
    return response.getheader("ETag") or ""


def _has(module: str) -> bool:
    return subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True).returncode == 0


if __name__ == "__main__":
    main()
