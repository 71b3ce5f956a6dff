"""Crash safety: ``kill -9`` at random moments of an ingest (and of an export), then a restart.

A farm of feeds on 127.0.0.1 (tests/_livefarm.py) moves to a new generation before each
round (new entries; every few generations every entry edited), and ``aggregator fetch``
over all of it is killed with SIGKILL after a random delay (seeded; the range follows how
long a whole pass takes, so kills land in start-up, migrations, fetches and commits). After
each kill, the database must be sound (SQLite: ``PRAGMA integrity_check``; both: counters,
sequences and links agree with the rows, tests/_consistency.py) and no source may show a
half-applied update: its entries are exactly those of the generation its stored ETag names.
Some rounds kill ``aggregator export`` instead: every file in the output directory must
still be a whole document. At the end, one pass that is not killed must bring every source
to the current generation, each entry there once.

Runs on the suite's database (SQLite; PostgreSQL with AGGREGATOR_TEST_DATABASE=postgresql).
``AGGREGATOR_CRASH_KILLS`` and ``AGGREGATOR_CRASH_SEED`` change the number of kills and the
seed (e.g. 500 kills for a long run).
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from _consistency import farm_problems, store_problems
from _livefarm import LiveFarm, live_config
from _process import clean_env
from lxml import etree

from aggregator.config import Config
from aggregator.store import Store
from aggregator.update import release_dead_claims

#: Kills to survive, and the seed that places them.
KILLS = int(os.environ.get("AGGREGATOR_CRASH_KILLS", "16"))
SEED = int(os.environ.get("AGGREGATOR_CRASH_SEED", "20260808"))
#: Sources in the farm: enough for a pass to take a while, few enough to stay quick.
SOURCES = 40
#: One round in this many kills ``aggregator export`` rather than ``aggregator fetch``.
EXPORT_EVERY = 5
#: Bound on the whole test (it grows with the kills asked for), and on one command that is
#: not killed.
DEADLINE, COMMAND_TIMEOUT = 120.0 + 10.0 * KILLS, 90.0


def _command(config: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "aggregator", *args, "--config", str(config)]


def run_and_kill(config: Path, command: str, delay: float, log: Path) -> tuple[bool, float]:
    """Start ``command``, SIGKILL it after ``delay`` seconds; (killed, seconds it ran). Not
    killed when it exited before (then it must have succeeded)."""
    started = time.monotonic()
    with log.open("ab") as out:
        proc = subprocess.Popen(
            _command(config, command),
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=clean_env(),
            cwd=config.parent,
        )
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=COMMAND_TIMEOUT)
        return True, time.monotonic() - started
    assert proc.returncode == 0, log.read_text()[-3000:]
    return False, time.monotonic() - started


def export_problems(root: Path) -> list[str]:
    """Files of the export that are not whole documents (a kill left half a file)."""
    problems = []
    for path in sorted(root.rglob("*")) if root.is_dir() else ():
        if not path.is_file() or path.name.startswith("."):
            continue
        body = path.read_bytes()
        try:
            if path.suffix == ".json":
                json.loads(body)
            elif path.suffix in (".atom", ".rss", ".xml"):
                etree.fromstring(body, etree.XMLParser(resolve_entities=False))
            elif path.suffix == ".html" and not body.rstrip().endswith(b"</html>"):
                raise ValueError("no </html>")
        except (ValueError, etree.XMLSyntaxError) as e:
            problems.append(f"{path.relative_to(root)}: {e}")
    return problems


@pytest.mark.slow
def test_kill_9_at_random_points_of_an_ingest(tmp_path: Path, database_url: str) -> None:
    rng = random.Random(SEED)
    deadline = time.monotonic() + DEADLINE
    log = tmp_path / "commands.log"
    kills = completed = export_kills = 0
    # Longest delay before a kill: a pass's duration once one has been seen whole.
    longest = {"fetch": 3.0, "export": 3.0}
    with LiveFarm(SOURCES, entries=3, shared=10) as farm:
        config = tmp_path / "config.toml"
        config.write_text(live_config(farm, database_url, workers=4), encoding="utf-8")
        rounds = 0
        while kills < KILLS and rounds < 3 * KILLS and time.monotonic() < deadline:
            rounds += 1
            command = "export" if rounds % EXPORT_EVERY == 0 else "fetch"
            if command == "fetch":
                farm.advance()
            delay = rng.uniform(0.0, longest[command])
            killed, seconds = run_and_kill(config, command, delay, log)
            if killed:
                kills += 1
                export_kills += command == "export"
            else:
                completed += 1
                longest[command] = max(0.5, seconds * 1.1)
            where = f"round {rounds} ({command}, killed={killed} after {delay:.2f}s, seed {SEED})"
            assert store_problems(database_url) == [], where
            assert farm_problems(database_url, farm) == [], where
            if command == "export":
                assert export_problems(tmp_path / "public") == [], where
        assert kills >= min(KILLS, 3), f"only {kills} kills in {rounds} rounds"

        # The next pass, whole: every source at the current generation.
        farm.advance()
        result = subprocess.run(
            _command(config, "fetch"),
            capture_output=True,
            text=True,
            env=clean_env(),
            cwd=tmp_path,
            timeout=COMMAND_TIMEOUT,
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "skipped" not in result.stdout, result.stdout
        assert f"fetched {SOURCES} sources: {SOURCES} ok, 0 failed" in result.stdout
        assert store_problems(database_url) == []
        assert farm_problems(database_url, farm, current=True) == []
        result = subprocess.run(
            _command(config, "export"),
            capture_output=True,
            text=True,
            env=clean_env(),
            cwd=tmp_path,
            timeout=COMMAND_TIMEOUT,
        )
        assert result.returncode == 0, result.stdout + result.stderr
    assert export_problems(tmp_path / "public") == []
    print(
        json.dumps(
            {
                "test": "crash",
                "database": database_url.split(":")[0],
                "seed": SEED,
                "rounds": rounds,
                "kills_survived": kills,
                "export_kills": export_kills,
                "passes_completed": completed,
                "generation": farm.generation,
            }
        )
    )


@pytest.fixture(autouse=True)
def _no_env_leak(monkeypatch: pytest.MonkeyPatch) -> None:
    """Subprocesses read only the configuration written here."""
    for key in ("AGGREGATOR_CONFIG", "AGGREGATOR_DATABASE_URL"):
        monkeypatch.delenv(key, raising=False)


def test_claims_of_a_dead_process_of_this_machine_are_released(
    store: Store, write_config: Callable[..., Config]
) -> None:
    """A process killed while holding claims: its sources are due again at the next start,
    not when the lease ends. A live process's claims, and another machine's, are kept."""
    config = write_config(
        "".join(
            f'[[sources]]\nname = "{n}"\nurl = "http://127.0.0.1:9/{n}"\n' for n in ("dead", "live", "away")
        )
    )
    now = datetime.now(UTC)
    store.sync_sources(config.sources, now)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait(timeout=COMMAND_TIMEOUT)
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        host = socket.gethostname()[:80]
        tokens = {
            "dead": f"{host}:{gone.pid}:aaaa",
            "live": f"{host}:{alive.pid}:bbbb",
            "away": f"elsewhere.example:{gone.pid}:cccc",
        }
        for name, token in tokens.items():
            assert store.claim_due_sources(
                now, limit=1, lease=timedelta(hours=1), names=[name], claimer=token
            )
        assert release_dead_claims(store, now) == 1
        assert store.claim_holders(now) == {tokens["live"]: 1, tokens["away"]: 1}
        assert store.source_state("dead").claimed_by is None
    finally:
        alive.kill()
        alive.wait(timeout=COMMAND_TIMEOUT)
    # Once the live one is dead too.
    assert release_dead_claims(store, now) == 1
    assert store.claim_holders(now) == {tokens["away"]: 1}
