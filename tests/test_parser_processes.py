"""`aggregator fetch` over many sources parses in processes of its own (cli._parser_pool):
the same entries, and the same errors, as parsing in the fetching thread."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from _farm import FeedFarm, farm_config
from _process import clean_env
from _procfs import descendants, running
from sqlalchemy import create_engine, text

from aggregator.cli import main
from aggregator.cli.ingest import MAX_RESTARTS, PARSER_PROCESSES_FROM, _ParserProcesses
from aggregator.config import Config
from aggregator.digest import PARSER_NICENESS, digest_in
from aggregator.exceptions import ParseError
from aggregator.store._search import search_text

#: Longest wait for the parser processes to start, then to be gone.
WAIT = 30.0

FEEDS = ("lemonde.rss", "france24.atom", "courrier.rdf", "quirks.rss", "cp1252.rss")


def write(
    write_config: Callable[..., Config],
    feed_url: Callable[[str], str],
    count: int,
    name: str,
    database_url: str,
) -> Config:
    """``count`` sources over the fixture feeds, and one whose body is not a feed, stored in
    ``database_url``."""
    sources = "".join(
        f'[[sources]]\nname = "s{i:02d}"\nurl = "{feed_url(FEEDS[i % len(FEEDS)])}?n={i}"\n'
        for i in range(count)
    )
    broken = f'[[sources]]\nname = "broken"\nurl = "{feed_url("not-a-feed.rss")}"\n'
    text = (
        f'[database]\nurl = "{database_url}"\n'
        '[tags.kremlin]\nkeywords = ["kremlin", "poutine"]\n' + sources + broken
    )
    # keep_database: the two runs are compared database to database, each its own.
    return write_config(text, name=name, keep_database=True)


def stored(config: Config) -> list[tuple[str, str, str]]:
    engine = create_engine(config.database.url)
    try:
        with engine.connect() as db:
            return sorted(
                tuple(row)
                for row in db.execute(
                    text(
                        "select s.name, e.guid, e.content_hash from entries e "
                        "join sources s on s.id = e.source_id"
                    )
                )
            )
    finally:
        engine.dispose()


def indexed_as_computed(config: Config) -> int:
    """How many entries the search index holds, after checking that each one's text (computed
    in a parser process) is what the store computes from the stored entry."""
    engine = create_engine(config.database.url)
    try:
        with engine.connect() as db:
            rows = db.execute(
                text(
                    "select e.title, e.summary, e.content, i.text from entries e "
                    "join entry_search i on i.rowid = e.id"
                )
            ).all()
    finally:
        engine.dispose()
    for title, summary, content, indexed in rows:
        assert indexed == search_text(title, summary, content)
    return len(rows)


@pytest.mark.slow
def test_many_sources_parse_in_processes_with_the_same_result(
    write_config: Callable[..., Config],
    feed_url: Callable[[str], str],
    new_database_url: Callable[[str], str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    many = PARSER_PROCESSES_FROM + 2
    config = write(write_config, feed_url, many, "pool.toml", new_database_url("pool"))
    assert main(["fetch", "--config", str(config.path), "--log-level", "WARNING"]) == 0
    out = capsys.readouterr().out
    assert f"fetched {many + 1} sources: {many} ok, 1 failed" in out
    assert "broken: error: not a feed" in out  # a ParseError raised in a parser process
    assert main(["sources", "--json", "--config", str(config.path)]) == 0
    sources = {s["name"]: s for s in json.loads(capsys.readouterr().out)}
    assert sources["broken"]["error"].startswith("not a feed")
    assert sources["broken"]["last_status"] == 200  # the error came with its HTTP status
    in_processes = stored(config)
    assert len(in_processes) > many
    if config.database.url.startswith("sqlite"):  # PostgreSQL's index holds a tsvector
        assert indexed_as_computed(config) == len(in_processes)

    # The same sources fetched one at a time: below the threshold, parsed in the thread.
    alone = write(write_config, feed_url, many, "alone.toml", new_database_url("alone"))
    for i in range(many):
        assert main(["fetch", f"s{i:02d}", "--config", str(alone.path), "--log-level", "WARNING"]) == 0
    assert stored(alone) == in_processes


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc (Linux)")
def test_parser_processes_exit_when_fetch_is_killed(tmp_path: Path) -> None:
    """kill -9 of `aggregator fetch` (the OOM killer, say) takes its forkserver and parser
    processes with it: they must not wait for work forever, a few dozen MB each."""
    with FeedFarm(PARSER_PROCESSES_FROM * 3, entries=3, shared=3, delay=0.3) as farm:
        config = tmp_path / "config.toml"
        # SQLite on purpose: what is tested is the processes, not the database.
        config.write_text(
            farm_config(farm, f"sqlite:///{tmp_path / 'fetch.db'}", workers=4, export=False), encoding="utf-8"
        )
        with (tmp_path / "fetch.log").open("wb") as log:
            proc = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "aggregator",
                    "fetch",
                    "--config",
                    str(config),
                    "--log-level",
                    "WARNING",
                ],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=clean_env(),
                cwd=tmp_path,
            )
        try:
            deadline = time.monotonic() + WAIT
            helpers: set[int] = set()
            while time.monotonic() < deadline and proc.poll() is None:
                helpers = running(descendants(proc.pid))
                if len(helpers) >= 2:  # the forkserver and a parser process at least
                    break
                time.sleep(0.05)
            assert proc.poll() is None, "the pass ended before its parser processes were seen"
            assert len(helpers) >= 2, helpers
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(WAIT)
            deadline = time.monotonic() + WAIT
            while time.monotonic() < deadline and running(helpers):
                time.sleep(0.1)
            left = running(helpers)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(WAIT)
        for pid in left:  # do not leave them behind for the rest of the suite
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        assert not left, f"still running after the kill: {sorted(left)}"


def _parser_pids(pool: _ParserProcesses) -> list[int]:
    """The pool's parser processes (each answers with its pid), started if need be."""
    pids = {pool.submit(os.getpid).result(timeout=WAIT) for _ in range(pool.workers * 4)}
    assert pids and os.getpid() not in pids
    return sorted(pids)


def _kill(pids: list[int]) -> None:
    for pid in pids:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


READ = {
    "url": "http://127.0.0.1/feed.rss",
    "headers": {"content-type": "application/rss+xml"},
    "source_type": "feed",
    "source": "s01",
    "select": None,
    "timezone": "UTC",
    "now": datetime(2026, 12, 4, tzinfo=UTC),
    "limit": 100,
}
BODY = (
    b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><link>http://127.0.0.1/</link>"
    b"<item><title>Kremlin</title><link>http://127.0.0.1/a</link><guid>a</guid></item></channel></rss>"
)


def test_parser_processes_that_die_are_replaced_and_the_body_read_again() -> None:
    """A parser process killed mid-pass (the OOM killer) must not fail every source left in
    the pass: the pool is replaced and the bodies it held are read again there."""
    pool = _ParserProcesses(2)
    try:
        _kill(_parser_pids(pool))
        read = digest_in(pool, BODY, **READ)
        assert [e.title for e in read.entries] == ["Kremlin"]
        assert pool.restarts == 1
        assert set(_parser_pids(pool)).isdisjoint([os.getpid()])
    finally:
        pool.shutdown()


#: The niceness of the process that calls it (picklable: a parser process can run it).
_niceness = functools.partial(os.getpriority, os.PRIO_PROCESS, 0)


def test_parser_processes_run_nicer_than_the_process_they_serve() -> None:
    """The fetching process (its writer) is the pass's critical line: parsers that compete
    with it for a core at the same priority made a cold pass 13 % longer."""
    pool = _ParserProcesses(2)
    try:
        _parser_pids(pool)
        expected = min(_niceness() + PARSER_NICENESS, 19)
        assert {pool.submit(_niceness).result(timeout=WAIT) for _ in range(pool.workers * 4)} == {expected}
        assert _niceness() < expected
    finally:
        pool.shutdown()


def test_a_body_whose_parser_dies_again_is_its_source_error() -> None:
    """Past MAX_RESTARTS the pool is not replaced: the source gets a ParseError that says
    what happened, rather than an internal error (and the pass goes on)."""
    pool = _ParserProcesses(1)
    try:
        pool.restarts = MAX_RESTARTS
        _kill(_parser_pids(pool))
        with pytest.raises(ParseError, match="parser process ended abruptly") as caught:
            for _ in range(int(WAIT / 0.05)):  # until the pool has seen its process die
                digest_in(pool, BODY, **READ)
                time.sleep(0.05)
        assert caught.value.source == "s01"
    finally:
        pool.shutdown(wait=False)
