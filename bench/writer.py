"""The writer alone: the store side of a cold ingest, replayed and timed in one thread.

    python bench/writer.py [--feeds 300] [--rounds 5] [--seed 1] [--python-server]
                           [--batches FILE]

A whole cold pass (bench/ingest.py) mixes the writer's CPU with fetching, parsing, process
starts and whatever else runs on the machine. Here one cold ``aggregator fetch`` runs over
the bench corpus (in this process), and the batches its writer was given are kept; then
each round writes them again, batch by batch, into a new SQLite database from the same
configuration, with ``Store.apply_updates`` in this thread (claims left out: the sources
are not claimed in the new database), timing that thread's CPU. The fetch times are those
of the pass, so every round stores the same rows: the last line gives a digest of each table
(sources without their creation time, the search index by rowid), to compare two versions of
the code on what they store: ``--batches FILE`` keeps the batches in FILE (pickled) when
it does not exist, and replays those of FILE when it does, so that two checkouts replay the
same pass (``PYTHONPATH=<other checkout> python bench/writer.py --batches FILE``).

Prints one JSON line per round ({"bench": "writer", "round", "cpu_s", "wall_s", "batches",
"sources", "entries"}), then a summary ({"summary": true, "cpu_s_min", "cpu_s_median",
"digests"}).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import hashlib
import json
import os
import pickle
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import corpus
import ingest
import server as bench_server

#: Columns left out of the digests: set when the configuration is applied, not by the writer.
NOT_DIGESTED = {"sources": {"id", "created_at"}}


def capture(config: Path) -> list[list[Any]]:
    """Run ``aggregator fetch`` with ``config`` in this process; the writer's batches."""
    from aggregator.cli import main
    from aggregator.store import _ingest

    batches: list[list[Any]] = []
    original = _ingest.IngestRooms.apply_updates

    def kept(self: Any, updates: Sequence[Any]) -> list[Any]:
        batches.append(list(updates))
        return original(self, updates)

    _ingest.IngestRooms.apply_updates = kept  # type: ignore[method-assign]
    try:
        with contextlib.redirect_stdout(sys.stderr):  # stdout is for the JSON lines
            main(["fetch", "--config", str(config), "--log-level", "WARNING"])
    finally:
        _ingest.IngestRooms.apply_updates = original  # type: ignore[method-assign]
    return batches


def digests(db: Path) -> dict[str, list[object]]:
    """Rows and a SHA-256 of every table, in key order."""
    found: dict[str, list[object]] = {}
    with sqlite3.connect(db) as conn:
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            if not name.startswith(("sqlite_", "entry_search_")) and name != "alembic_version"
        ]
        for table in tables:
            columns = [row[1] for row in conn.execute(f"PRAGMA table_info('{table}')")]
            if table == "entry_search":  # the search index, whose rowid is the entry's id
                columns = ["rowid", *columns]
            columns = [c for c in columns if c not in NOT_DIGESTED.get(table, ())]
            order = "rowid" if table != "entry_tags" else "tag_id, entry_id"
            h, n = hashlib.sha256(), 0
            for row in conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"):
                h.update(repr(row).encode())
                n += 1
            found[table] = [n, h.hexdigest()[:16]]
    return found


def replay(batches: list[list[Any]], config: Path, work: Path) -> tuple[float, float]:
    """(CPU seconds of this thread, wall seconds) writing ``batches`` into a new database."""
    from aggregator.cli.common import open_store
    from aggregator.config import load_config

    os.chdir(work)  # the configuration's database is relative: aggregator.db here
    store = open_store(load_config(config))
    try:
        cpu, wall = time.thread_time(), time.perf_counter()
        for batch in batches:
            for result in store.apply_updates(batch):
                if isinstance(result, Exception):
                    raise result
        return time.thread_time() - cpu, time.perf_counter() - wall
    finally:
        store.close()


def run_pass(args: argparse.Namespace, work: Path, first: Path) -> list[list[Any]]:
    """A cold pass over a new corpus, its configuration in ``first``: the writer's batches."""
    served = work / "corpus"
    paths = corpus.generate(served, args.feeds, args.seed)
    srv = bench_server.start(served, prefer_nginx=not args.python_server)
    try:
        urls = [f"http://127.0.0.1:{srv.port}/{p.name}" for p in paths]
        ingest.write_config(first / "config.toml", urls, 8)
        os.chdir(first)
        return capture(first / "config.toml")
    finally:
        srv.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--python-server", action="store_true", help="never use nginx")
    parser.add_argument("--batches", type=Path, help="kept here, or replayed from here if it exists")
    args = parser.parse_args()
    if args.batches:
        args.batches = args.batches.resolve()  # this process changes directories

    work = Path(tempfile.mkdtemp(prefix="bench-writer-"))
    here = Path.cwd()
    try:
        first = work / "pass"
        first.mkdir()
        if args.batches and args.batches.exists():
            with args.batches.open("rb") as f:
                batches, config_text = pickle.load(f)
            (first / "config.toml").write_text(config_text, encoding="utf-8")
        else:
            batches = run_pass(args, work, first)
            if args.batches:
                with args.batches.open("wb") as f:
                    pickle.dump((batches, (first / "config.toml").read_text(encoding="utf-8")), f)
        batches = [[dataclasses.replace(u, claimed_by=None) for u in batch] for batch in batches]
        cpus = []
        for round_ in range(1, args.rounds + 1):
            rdir = work / f"round{round_}"
            rdir.mkdir()
            shutil.copy(first / "config.toml", rdir / "config.toml")
            cpu, wall = replay(batches, rdir / "config.toml", rdir)
            cpus.append(cpu)
            line = {
                "bench": "writer",
                "round": round_,
                "cpu_s": round(cpu, 3),
                "wall_s": round(wall, 3),
                "batches": len(batches),
                "sources": sum(len(b) for b in batches),
                "entries": sum(len(u.entries) for b in batches for u in b),
            }
            print(json.dumps(line), flush=True)
        summary = {
            "bench": "writer",
            "summary": True,
            "feeds": args.feeds,
            "cpu_s_min": round(min(cpus), 3),
            "cpu_s_median": round(statistics.median(cpus), 3),
            "digests": digests(rdir / "aggregator.db"),
        }
        print(json.dumps(summary), flush=True)
    finally:
        os.chdir(here)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
