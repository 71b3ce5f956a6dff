"""`aggregator fetch` over many sources parses in processes of its own (cli._parser_pool):
the same entries, and the same errors, as parsing in the fetching thread."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

import pytest

from aggregator.cli import PARSER_PROCESSES_FROM, main
from aggregator.config import Config

FEEDS = ("lemonde.rss", "france24.atom", "courrier.rdf", "quirks.rss", "cp1252.rss")


def write(write_config: Callable[..., Config], feed_url: Callable[[str], str], count: int,
          name: str) -> Config:
    """``count`` sources over the fixture feeds, and one whose body is not a feed."""
    database = name.replace(".toml", ".db")
    sources = "".join(
        f'[[sources]]\nname = "s{i:02d}"\nurl = "{feed_url(FEEDS[i % len(FEEDS)])}?n={i}"\n'
        for i in range(count))
    broken = f'[[sources]]\nname = "broken"\nurl = "{feed_url("not-a-feed.rss")}"\n'
    text = (f'[database]\nurl = "sqlite:///{database}"\n'
            '[tags.kremlin]\nkeywords = ["kremlin", "poutine"]\n' + sources + broken)
    # SQLite on purpose (also in the PostgreSQL pass): the two runs are compared file to file.
    return write_config(text, name=name, keep_database=True)


def stored(config: Config) -> list[tuple[str, str, str]]:
    path = config.database.url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as db:
        return sorted(db.execute("select s.name, e.guid, e.content_hash from entries e "
                                 "join sources s on s.id = e.source_id"))


def test_many_sources_parse_in_processes_with_the_same_result(
        write_config: Callable[..., Config], feed_url: Callable[[str], str],
        capsys: pytest.CaptureFixture[str]) -> None:
    many = PARSER_PROCESSES_FROM + 2
    config = write(write_config, feed_url, many, "pool.toml")
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

    # The same sources fetched one at a time: below the threshold, parsed in the thread.
    alone = write(write_config, feed_url, many, "alone.toml")
    for i in range(many):
        assert main(["fetch", f"s{i:02d}", "--config", str(alone.path),
                     "--log-level", "WARNING"]) == 0
    assert stored(alone) == in_processes
