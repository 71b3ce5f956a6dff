"""A long run of a real ``aggregator run``, measured: for tests/test_soak.py and bench/soak.py.

A ``LiveFarm`` of a few hundred feeds moves to a new generation (one new item per feed,
or with ``grow=False`` the same items, every item edited every few generations) once the
daemon has stored the previous one;
readers poll tag feeds meanwhile; the export runs after every pass. After each pass the
daemon's resident memory (VmRSS), open file descriptors and threads are sampled from
/proc. ``slopes`` fits a least-squares line through the samples of the later passes
(after a warm-up: caches and pools fill during the first ones), per pass: a leak grows
with the work done, whatever the speed of the machine.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import TracebackType

import httpx
from _livefarm import LiveFarm, live_config
from _notify import NotifyListener
from _process import clean_env, free_port
from sqlalchemy import create_engine, text

#: Longest wait for one pass to be stored.
PASS_TIMEOUT = 120.0
#: What the readers poll.
PATHS = (
    "/feeds/news.atom",
    "/feeds/revision.rss",
    "/feeds/all.json",
    "/feeds/politique.atom",
    "/sources/s0003.rss",
    "/",
)


def proc_sample(pid: int) -> dict[str, int]:
    """Resident memory (kB), open file descriptors and threads of process ``pid``."""
    status = Path(f"/proc/{pid}/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return {
        "rss_kb": int(fields["VmRSS"].split()[0]),
        "fds": len(os.listdir(f"/proc/{pid}/fd")),
        "threads": int(fields["Threads"]),
    }


def slope(xs: list[float], ys: list[float]) -> float:
    """Least-squares slope of ys against xs (0 with fewer than two points)."""
    n = len(xs)
    if n < 2:
        return 0.0
    mx, my = sum(xs) / n, sum(ys) / n
    var = sum((x - mx) ** 2 for x in xs)
    return 0.0 if var == 0 else sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var


def slopes(samples: list[dict[str, float]], warmup: float = 1 / 3) -> dict[str, float]:
    """Per-pass slope of each measure over the samples after ``warmup`` (a fraction)."""
    later = samples[int(len(samples) * warmup) :]
    xs = [s["pass"] for s in later]
    return {
        f"{key}_per_pass": round(slope(xs, [s[key] for s in later]), 3)
        for key in ("rss_kb", "fds", "threads")
    }


class Soak:
    """The farm, the daemon, the readers; ``run_pass()`` moves the farm on once and
    returns the sample taken when the daemon has stored it."""

    def __init__(
        self,
        folder: Path,
        database_url: str,
        *,
        sources: int = 200,
        readers: int = 4,
        workers: int = 4,
        grow: bool = True,
    ) -> None:
        self.folder = folder
        self.database_url = database_url
        self.farm = LiveFarm(sources, entries=5, window=10, shared=20, grow=grow)
        self.readers = readers
        self.workers = workers
        self.port = free_port()
        self.log = folder / "run.log"
        self.requests = 0
        self.failures: list[str] = []
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._lock = threading.Lock()
        self.proc: subprocess.Popen[bytes] | None = None
        self.started = time.monotonic()

    def __enter__(self) -> Soak:
        self.farm.start()
        config = self.folder / "config.toml"
        # Polled every second: a pass is stored within seconds of the farm moving on.
        config.write_text(
            live_config(
                self.farm,
                self.database_url,
                workers=self.workers,
                port=self.port,
                interval="1s",
                min_interval="1s",
                max_interval="1s",
                export=True,
            ),
            encoding="utf-8",
        )
        # As under systemd with WatchdogSec=2s: the tick runs every second, so a pass takes
        # a second or three rather than the default tick's five (notifications drained).
        self.notify = NotifyListener()
        drain = threading.Thread(target=self._drain, daemon=True)
        drain.start()
        self._threads.append(drain)
        with self.log.open("wb") as out:
            self.proc = subprocess.Popen(
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
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                cwd=self.folder,
                env=clean_env(NOTIFY_SOCKET=self.notify.address, WATCHDOG_USEC="2000000"),
            )
        self._wait_up()
        for i in range(self.readers):
            thread = threading.Thread(target=self._read, args=(i,), daemon=True)
            thread.start()
            self._threads.append(thread)
        return self

    def _drain(self) -> None:
        while not self._stop.is_set():
            self.notify.receive(0.5)
            self.notify.messages.clear()

    def _wait_up(self) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + 30
        with httpx.Client(trust_env=False, timeout=2) as client:
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"aggregator run exited:\n{self.log.read_text()[-3000:]}")
                try:
                    client.get(f"http://127.0.0.1:{self.port}/healthz")
                    return
                except httpx.TransportError:
                    time.sleep(0.1)
        raise RuntimeError(f"aggregator run did not answer:\n{self.log.read_text()[-3000:]}")

    def _read(self, offset: int) -> None:
        """A reader: polls the paths in turn (at most 10 a second) until the run ends."""
        with httpx.Client(base_url=f"http://127.0.0.1:{self.port}", trust_env=False, timeout=30) as http:
            i = offset
            while not self._stop.wait(0.1):
                path = PATHS[i % len(PATHS)]
                i += 1
                try:
                    status = http.get(path).status_code
                except httpx.HTTPError as e:
                    self.failures.append(f"{path}: {e}")
                    continue
                with self._lock:
                    self.requests += 1
                if status != 200 and not (status == 404 and "politique" in path):
                    self.failures.append(f"{path}: {status}")

    def _stored(self, generation: int) -> int:
        """How many sources have stored ``generation``."""
        engine = create_engine(self.database_url)
        try:
            with engine.connect() as conn:
                return int(
                    conn.execute(
                        text("SELECT count(*) FROM sources WHERE etag LIKE :g"), {"g": f'%-{generation}"'}
                    ).scalar_one()
                )
        finally:
            engine.dispose()

    def run_pass(self) -> dict[str, float]:
        assert self.proc is not None
        generation = self.farm.advance()
        started = time.monotonic()
        while self._stored(generation) < self.farm.sources:
            if self.proc.poll() is not None:
                raise RuntimeError(f"aggregator run exited:\n{self.log.read_text()[-3000:]}")
            if time.monotonic() - started > PASS_TIMEOUT:
                raise RuntimeError(
                    f"pass {generation} not stored within {PASS_TIMEOUT:.0f}s:\n"
                    f"{self.log.read_text()[-3000:]}"
                )
            time.sleep(0.2)
        return {
            "pass": generation,
            "seconds": round(time.monotonic() - started, 2),
            "elapsed": round(time.monotonic() - self.started, 1),
            "requests": self.requests,
            "failed": len(self.failures),
            **proc_sample(self.proc.pid),
        }

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._stop.set()
        for thread in self._threads:
            thread.join(timeout=30)
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.farm.close()
        self.notify.close()
