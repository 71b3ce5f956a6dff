"""Memory of a running daemon: resident memory of ``aggregator run`` over 1,000 sources and
1,000,000 entries, against the target of staying under 200 MB.

Fills a fresh SQLite database in bulk (render_scale.fill: sources s1…s1000, entries spread
over them, tags "news" on every other source's entries and "rare" on one source in a
hundred), generates a seeded feed corpus (corpus.py) served on loopback (server.py: nginx
when installed and run as root, else Python), points the 1,000 sources at it (cycling over
the corpus files, one query string per source) with a short polling interval, and runs
``aggregator run`` for ``--duration`` seconds. Meanwhile the RSS of the process and of its
children (VmRSS in /proc) is sampled every ``--sample`` seconds, and one client thread keeps
GETting tag feeds (Atom, RSS, JSON, an archive page) and the index page. Then SIGTERM.

The database is filled as the daemon would have left it: its record of the tag rules is
set, so the start does not retag the million entries (``--retag`` leaves it unset, to
measure a start after a change of the rules). The static export runs as by default
(``[output] export = true``; ``--no-export`` turns it off).

    python bench/memory.py [--sources 1000] [--entries 1000000] [--duration 90]
                           [--feeds 300] [--seed 1] [--workers 8] [--poll 1m]
                           [--sample 0.5] [--retag] [--no-export] [--python-server]
                           [--keep DIR]

Prints JSON lines: {"bench": "memory", "sources", "entries", "fill_seconds"}, then
{"bench": "memory", "peak_rss_mb" (the daemon itself, sampled), "hwm_rss_mb" (its VmHWM:
the kernel's peak, between samples too), "peak_total_rss_mb" (with its children),
"final_rss_mb", "sources_fetched" (sources fetched during the run), "requests_served",
"duration_s", "target_mb": 200, ...}. ``--keep DIR`` copies the daemon's log there.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent / "tests"))
import corpus
import server as bench_server
from _procfs import descendants
from render_scale import fill

from aggregator.config import load_config
from aggregator.retag import TAGGING_SETTING, tagging_fingerprint
from aggregator.store import Store

TARGET_MB = 200
#: Paths the client thread requests, in turn.
PATHS = (
    "/feeds/news.atom",
    "/feeds/news.rss",
    "/feeds/news.json",
    "/feeds/news/archive/3.atom",
    "/feeds/rare.atom",
    "/",
)
#: Longest wait for one HTTP answer, for the daemon to stop after SIGTERM (it promises
#: 10 s), and most requests the client sends, whatever the duration.
REQUEST_TIMEOUT = 30.0
STOP_TIMEOUT = 20.0
MAX_REQUESTS = 1_000_000
#: Every this many seconds, one sample is kept in the printed timeline.
TIMELINE_EVERY = 10.0


#: Longest ``--until-fetched`` waits, past the duration, for every source's first fetch.
UNTIL_FETCHED_WAIT = 60.0


def fetched_count(database: Path) -> int:
    """Sources the daemon has fetched at least once (its database, read beside it)."""
    try:
        with sqlite3.connect(database, timeout=5) as db:
            return int(db.execute("SELECT count(last_fetch_at) FROM sources").fetchone()[0])
    except sqlite3.Error:
        return 0


def source_tags(k: int, sources: int) -> list[str]:
    """The tags fill() gave every entry of source s<k>: entry i is in source 1 + i % sources,
    "news" when i is even, "rare" when i is a multiple of 100."""
    tags = []
    if sources % 2 == 0 and (k - 1) % 2 == 0:
        tags.append("news")
    if sources % 100 == 0 and (k - 1) % 100 == 0:
        tags.append("rare")
    return tags


def write_config(
    path: Path, *, sources: int, urls: list[str], port: int, workers: int, poll: str, export: bool
) -> None:
    """config.toml: the filled database beside it, sources s1… on the loopback server."""
    lines = [
        '[database]\nurl = "sqlite:///aggregator.db"\n',
        f'[server]\nhost = "127.0.0.1"\nport = {port}\n',
        # min_interval bounds every per-source interval from below; poll is the fixed pace.
        f'[scheduler]\nworkers = {workers}\nmin_interval = "10s"\ninterval = "{poll}"\n',
        # The corpus stands for many sites, all served from 127.0.0.1: no per-host limit.
        f'[fetch]\nallow_private = ["127.0.0.1"]\nmax_per_host = {min(workers, 16)}\nhost_delay = "0s"\n',
        f'[output]\ndir = "export"\nexport = {str(export).lower()}\n',
        '[tags.news]\ntitle = "News"\n[tags.rare]\ntitle = "Rare"\n',
    ]
    for k in range(1, sources + 1):
        url = f"{urls[(k - 1) % len(urls)]}?source=s{k}"  # both servers ignore the query
        lines.append(
            f'[[sources]]\nname = "s{k}"\nurl = "{url}"\ntype = "feed"\n'
            f'tags = {json.dumps(source_tags(k, sources))}\ninterval = "{poll}"\n'
        )
    path.write_text("".join(lines), encoding="utf-8")


def rss_kb(pid: int, key: str = "VmRSS") -> int:
    """A memory figure of /proc/<pid>/status in kB; 0 when the process is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            for line in f:
                if line.startswith(key + ":"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return 0


@dataclass
class Samples:
    peak_kb: int = 0
    peak_total_kb: int = 0
    last_kb: int = 0
    hwm_kb: int = 0
    count: int = 0
    max_children: int = 0
    #: (seconds since start, MB of the process) every TIMELINE_EVERY seconds.
    timeline: list[tuple[float, float]] = field(default_factory=list)

    def take(self, pid: int, elapsed: float) -> None:
        own = rss_kb(pid)
        if not own:
            return
        children = descendants(pid)
        total = own + sum(rss_kb(c) for c in children)
        self.peak_kb, self.peak_total_kb = max(self.peak_kb, own), max(self.peak_total_kb, total)
        self.last_kb, self.hwm_kb = own, max(self.hwm_kb, rss_kb(pid, "VmHWM"))
        self.max_children = max(self.max_children, len(children))
        self.count += 1
        if not self.timeline or elapsed - self.timeline[-1][0] >= TIMELINE_EVERY:
            self.timeline.append((round(elapsed, 1), mb(own)))


def mb(kb: int) -> float:
    return round(kb / 1024, 1)


class Client(threading.Thread):
    """GETs PATHS in turn from the daemon until ``stop`` is set (each request bounded by
    REQUEST_TIMEOUT, at most MAX_REQUESTS); connection errors while it starts are waited out."""

    def __init__(self, port: int, stop: threading.Event) -> None:
        super().__init__(name="client", daemon=True)
        self.port, self.stop = port, stop
        self.statuses: Counter[str] = Counter()
        self.first_answer: float | None = None

    def run(self) -> None:
        for n in range(MAX_REQUESTS):
            if self.stop.is_set():
                return
            conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REQUEST_TIMEOUT)
            try:
                conn.request("GET", PATHS[n % len(PATHS)])
                response = conn.getresponse()
                response.read()
                self.statuses[str(response.status)] += 1
                if self.first_answer is None:
                    self.first_answer = time.monotonic()
            except (OSError, http.client.HTTPException) as e:
                self.statuses[type(e).__name__] += 1
                self.stop.wait(0.5)  # not listening yet, or gone
            finally:
                conn.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stop(proc: subprocess.Popen[bytes]) -> int | None:
    """SIGTERM, then SIGKILL after STOP_TIMEOUT; the exit status (None if it would not go)."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            return proc.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                return None
    return proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--duration", type=float, default=90.0, help="seconds of `run`")
    parser.add_argument(
        "--until-fetched",
        action="store_true",
        help="run past --duration until every source has been fetched once "
        f"(at most {UNTIL_FETCHED_WAIT:.0f} s more): a short run on a loaded machine",
    )
    parser.add_argument("--feeds", type=int, default=300, help="files in the corpus")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=8, help="scheduler.workers")
    parser.add_argument("--poll", default="1m", help="polling interval of every source")
    parser.add_argument("--sample", type=float, default=0.5, help="seconds between samples")
    parser.add_argument("--retag", action="store_true", help="let the daemon retag every entry at start")
    parser.add_argument("--no-export", action="store_true", help="[output] export = false")
    parser.add_argument("--python-server", action="store_true", help="never use nginx")
    parser.add_argument("--keep", type=Path, help="copy the daemon's log into this folder")
    args = parser.parse_args()
    if args.sources < 1 or args.entries < args.sources or args.duration <= 0 or args.sample <= 0:
        parser.error("need 1 <= sources <= entries, a positive duration and sample period")

    env = {k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")}
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        work = Path(tmp)
        database = work / "aggregator.db"
        store = Store(f"sqlite:///{database}")  # the schema, by our migrations
        try:
            started = time.perf_counter()
            fill(store, args.entries, sources=args.sources)
            print(
                json.dumps(
                    {
                        "bench": "memory",
                        "sources": args.sources,
                        "entries": args.entries,
                        "fill_seconds": round(time.perf_counter() - started, 1),
                    }
                ),
                flush=True,
            )
        finally:
            store.close()

        paths = corpus.generate(work / "corpus", args.feeds, args.seed)
        srv = bench_server.start(work / "corpus", prefer_nginx=not args.python_server)
        proc: subprocess.Popen[bytes] | None = None
        stop_client = threading.Event()
        client: Client | None = None
        log_path = work / "daemon.log"
        try:
            port = free_port()
            config = work / "config.toml"
            write_config(
                config,
                sources=args.sources,
                port=port,
                workers=args.workers,
                urls=[f"http://127.0.0.1:{srv.port}/{p.name}" for p in paths],
                poll=args.poll,
                export=not args.no_export,
            )
            if not args.retag:
                store = Store(f"sqlite:///{database}")
                try:
                    store.set_setting(TAGGING_SETTING, tagging_fingerprint(load_config(config, environ={})))
                finally:
                    store.close()

            samples = Samples()
            with log_path.open("wb") as log:
                began = time.monotonic()
                proc = subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "aggregator",
                        "run",
                        "--config",
                        str(config),
                        "--log-level",
                        "WARNING",
                    ],
                    cwd=work,
                    env=env,
                    stdout=log,
                    stderr=log,
                )
                client = Client(port, stop_client)
                client.start()
                deadline = began + args.duration
                for _ in range(int(args.duration / args.sample) + 2):
                    now = time.monotonic()
                    if now >= deadline or proc.poll() is not None:
                        break
                    samples.take(proc.pid, now - began)
                    time.sleep(min(args.sample, max(0.0, deadline - time.monotonic())))
                if args.until_fetched:  # a bound past the duration, for a loaded machine
                    for _ in range(int(UNTIL_FETCHED_WAIT / args.sample) + 1):
                        if proc.poll() is not None or fetched_count(database) >= args.sources:
                            break
                        samples.take(proc.pid, time.monotonic() - began)
                        time.sleep(args.sample)
                samples.take(proc.pid, time.monotonic() - began)
                exited_early = proc.poll() is not None
                ran = time.monotonic() - began
                stop_client.set()
                client.join(REQUEST_TIMEOUT + 5)  # its last answer, before the daemon stops
                exit_code = stop(proc)
            with sqlite3.connect(database) as db:
                fetched, ok = db.execute(
                    "SELECT count(last_fetch_at), count(last_success_at) FROM sources"
                ).fetchone()
                entries = db.execute("SELECT count(*) FROM entries").fetchone()[0]
            log_text = log_path.read_text(encoding="utf-8", errors="replace")
            served = sum(n for status, n in client.statuses.items() if status.isdigit())
            print(
                json.dumps(
                    {
                        "bench": "memory",
                        "sources": args.sources,
                        "entries": args.entries,
                        "peak_rss_mb": mb(samples.peak_kb),
                        "hwm_rss_mb": mb(samples.hwm_kb),
                        "peak_total_rss_mb": mb(samples.peak_total_kb),
                        "final_rss_mb": mb(samples.last_kb),
                        "children": samples.max_children,
                        "sources_fetched": fetched,
                        "sources_ok": ok,
                        "entries_after": entries,
                        "requests_served": served,
                        "responses": dict(client.statuses),
                        "first_answer_s": round(client.first_answer - began, 1)
                        if client.first_answer
                        else None,
                        "duration_s": round(ran, 1),
                        "samples": samples.count,
                        "rss_timeline_mb": samples.timeline,
                        "exit_code": exit_code,
                        "exited_early": exited_early,
                        "log_warnings": sum(" WARNING " in line for line in log_text.splitlines()),
                        "log_errors": sum(
                            " ERROR " in line or "Traceback" in line for line in log_text.splitlines()
                        ),
                        "server": srv.kind,
                        "export": not args.no_export,
                        "retag": args.retag,
                        "target_mb": TARGET_MB,
                    }
                ),
                flush=True,
            )
            if exited_early:
                print(log_text[-3000:], file=sys.stderr)
            return 0 if not exited_early else 1
        finally:
            stop_client.set()
            if proc is not None:
                stop(proc)
            if client is not None:
                client.join(REQUEST_TIMEOUT + 5)
            srv.stop()
            if args.keep and log_path.exists():
                args.keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(log_path, args.keep / "daemon.log")


if __name__ == "__main__":
    sys.exit(main())
