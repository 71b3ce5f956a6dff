"""Benchmark: what a command costs before it does anything (issue 14, "a fast start").

Runs ``python -X importtime -m aggregator`` for ``--help``, for ``fetch`` (a second pass
over sources that all answer 304 Not Modified, from a server on 127.0.0.1) and for
``serve`` (until its /healthz answers, then SIGTERM), and prints one JSON line per case:
the import time the interpreter reports (the sum of every module's own time, ms), the
modules imported, the whole process's wall time (fetch, --help), and the slowest imported
packages. Medians of ``--runs`` runs, and their least (``_min``: on a shared machine, other
work only ever adds to a run).

    python bench/startup.py [--runs 5] [--sources 300]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import Counter
from http.server import BaseHTTPRequestHandler
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from server import BacklogServer

FEED = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
    b"<link>http://127.0.0.1/</link><item><title>a</title><link>http://127.0.0.1/a</link>"
    b"<guid>a</guid></item></channel></rss>"
)
#: Longest a server start may take before the run is abandoned.
SERVE_TIMEOUT = 60.0


class _Feeds(BaseHTTPRequestHandler):
    """Every path is the same feed, ETag "v1": a conditional request gets 304."""

    def do_GET(self) -> None:
        if self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.send_header("ETag", '"v1"')
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("ETag", '"v1"')
        self.send_header("Content-Length", str(len(FEED)))
        self.end_headers()
        self.wfile.write(FEED)

    def log_message(self, *args: object) -> None:
        pass


def _imports(stderr: str) -> tuple[float, list[tuple[str, int]]]:
    """(total ms, [(module, self µs)]) from ``-X importtime`` output."""
    rows = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_us, _cumulative, name = line[len("import time:") :].split("|", 2)
        # A module imported by a thread while another imports (encodings.idna, by the first
        # connection of a fetch) gets a meaningless self time, negative at times: not counted.
        rows.append((name.strip(), max(0, int(self_us))))
    return sum(us for _, us in rows) / 1000, rows


def _run(args: list[str], env: dict[str, str]) -> tuple[float, float, list[tuple[str, int]]]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "aggregator", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    wall = time.perf_counter() - started
    if done.returncode not in (0, 2):
        raise SystemExit(f"aggregator {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    total, rows = _imports(done.stderr)
    return total, wall, rows


def _serve(config: Path, port: int, env: dict[str, str]) -> tuple[float, float, list[tuple[str, int]]]:
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-X", "importtime", "-m", "aggregator", "serve", "--config", str(config)],
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        deadline = time.monotonic() + SERVE_TIMEOUT
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5):
                    break
            except OSError as e:
                if getattr(e, "code", None):  # an HTTP error: it answers
                    break
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise SystemExit("aggregator serve did not answer") from e
                time.sleep(0.05)
        wall = time.perf_counter() - started
    finally:
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=60)
    total, rows = _imports(stderr)
    return total, wall, rows


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sources", type=int, default=300)
    parser.add_argument(
        "--dump", type=Path, metavar="DIR", help="write each case's -X importtime lines there, to read them"
    )
    args = parser.parse_args()
    server = BacklogServer(("127.0.0.1", 0), _Feeds)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    feeds = f"http://127.0.0.1:{server.server_address[1]}"
    port = _free_port()
    # Without PYTHONDONTWRITEBYTECODE: an installed package has its bytecode compiled (pip
    # does it), so each run would otherwise pay for compiling our modules from source.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("AGGREGATOR_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp) / "config.toml"
        config.write_text(
            f'[database]\nurl = "sqlite:///{tmp}/a.db"\n'
            f'[server]\nport = {port}\nbase_url = "http://127.0.0.1:{port}"\n'
            # One host for every source: no spacing between its fetches, all at once.
            '[fetch]\nallow_private = ["127.0.0.1"]\nhost_delay = "0s"\nmax_per_host = 16\n'
            '[log]\nlevel = "WARNING"\n'
            + "".join(
                f'[[sources]]\nname = "s{i}"\nurl = "{feeds}/{i}.xml"\ntype = "feed"\n'
                for i in range(args.sources)
            ),
            encoding="utf-8",
        )
        fetch = ["fetch", "--config", str(config)]
        # The first pass: 200s (and bytecode written); every later one: 304s.
        subprocess.run([sys.executable, "-m", "aggregator", *fetch], check=True, env=env, capture_output=True)
        cases = {
            "--help": lambda: _run(["--help"], env),
            "fetch (304)": lambda: _run(fetch, env),
            "serve": lambda: _serve(config, port, env),
        }
        for case, run in cases.items():
            results = [run() for _ in range(args.runs)]
            if args.dump:
                args.dump.mkdir(parents=True, exist_ok=True)
                (args.dump / f"{case.split()[0].strip('-')}.txt").write_text(
                    "".join(f"{us:>9} {name}\n" for name, us in results[-1][2])
                )
            slowest: Counter[str] = Counter()
            for name, us in results[-1][2]:
                slowest[name.split(".")[0]] += us
            print(
                json.dumps(
                    {
                        "case": case,
                        "import_ms": round(statistics.median(r[0] for r in results), 1),
                        # The least of the runs: what other work on a shared machine adds
                        # only ever makes a run slower.
                        "import_ms_min": round(min(r[0] for r in results), 1),
                        "modules": len(results[-1][2]),
                        "wall_s": round(statistics.median(r[1] for r in results), 3),
                        "wall_s_min": round(min(r[1] for r in results), 3),
                        "slowest": {k: round(v / 1000, 1) for k, v in slowest.most_common(8)},
                    }
                ),
                flush=True,
            )
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
