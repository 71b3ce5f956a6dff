"""The first pass over a database yet to be made fetches and parses while the store is made
(headstart.py): every source is requested once, one host's requests stay within
``max_per_host``, a failed fetch is its source's error, and what is stored is what a pass
without the head start stores."""

from __future__ import annotations

import gc
import json
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from _farm import FeedFarm, farm_config

from aggregator.cli import main
from aggregator.cli.ingest import PARSER_PROCESSES_FROM
from aggregator.config import load_config
from aggregator.fetch import Fetcher
from aggregator.headstart import MAX_PARSING, HeadStart
from aggregator.politeness import HostLimiter

SOURCES = PARSER_PROCESSES_FROM + 5
#: Longest wait for a fetch or a parse.
WAIT = 30.0


class CountingFarm(FeedFarm):
    """A feed farm that also keeps the most requests it ever had in flight at once."""

    def __init__(self, sources: int, *, delay: float) -> None:
        super().__init__(sources, entries=4, delay=delay)
        self.in_flight = self.most_in_flight = 0
        self._flight = threading.Lock()
        handler = self.server.RequestHandlerClass
        farm = self

        class Counting(handler):  # type: ignore[misc,valid-type]
            def do_GET(self) -> None:
                with farm._flight:
                    farm.in_flight += 1
                    farm.most_in_flight = max(farm.most_in_flight, farm.in_flight)
                try:
                    super().do_GET()
                finally:
                    with farm._flight:
                        farm.in_flight -= 1

        self.server.RequestHandlerClass = Counting


def write_config(farm: FeedFarm, tmp_path: Path, name: str, *, max_per_host: int) -> Path:
    text = farm_config(farm, f"sqlite:///{tmp_path / name}.db", export=False).replace(
        "max_per_host = 8", f"max_per_host = {max_per_host}"
    )
    text += (
        f'\n[[sources]]\nname = "missing"\nurl = "http://127.0.0.1:{farm.port}/feed/9999.xml"\n'
        'type = "feed"\ntags = ["news"]\n'
    )
    path = tmp_path / f"{name}.toml"
    path.write_text(text, encoding="utf-8")
    return path


def stored(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return sorted(
            conn.execute(
                "select s.name, e.guid, e.title, e.url, e.published, e.content_hash "
                "from entries e join sources s on s.id = e.source_id"
            ).fetchall()
        )


@pytest.mark.slow
def test_first_pass_requests_each_source_once_within_the_host_limit(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with CountingFarm(SOURCES, delay=0.01) as farm:
        config = write_config(farm, tmp_path, "new", max_per_host=1)
        assert not (tmp_path / "new.db").exists()
        collector = (gc.get_threshold(), gc.get_freeze_count())
        assert main(["fetch", "--config", str(config), "--log-level", "INFO"]) == 0
        assert (gc.get_threshold(), gc.get_freeze_count()) == collector  # as before the pass
        out, log = capsys.readouterr()
        assert f"fetched {SOURCES + 1} sources: {SOURCES} ok, 1 failed" in out
        assert f"fetching while the store is made sources={SOURCES + 1}" in log
        assert dict(farm.counts) == {**{farm.path(n): 1 for n in range(SOURCES)}, "/feed/9999.xml": 1}
        assert farm.most_in_flight == 1  # max_per_host = 1, head start included

        assert main(["sources", "--json", "--config", str(config)]) == 0
        missing = {s["name"]: s for s in json.loads(capsys.readouterr().out)}["missing"]
        assert missing["last_status"] == 404
        assert missing["error"].startswith("HTTP 404")

        # The same sources into a database made beforehand: no head start, the same rows.
        made = write_config(farm, tmp_path, "made", max_per_host=1)
        assert main(["db", "upgrade", "--config", str(made)]) == 0
        capsys.readouterr()
        assert main(["fetch", "--config", str(made), "--log-level", "INFO"]) == 0
        assert "fetching while the store is made" not in capsys.readouterr().err
    with_head_start = stored(tmp_path / "new.db")
    assert len(with_head_start) == SOURCES * 4
    assert stored(tmp_path / "made.db") == with_head_start


def test_a_head_start_stops_with_the_store_and_at_its_bound(tmp_path: Path) -> None:
    """Sources whose turn comes after ``stop`` are left to the pass (None, nothing requested),
    and no more than MAX_PARSING bodies wait for the parsers at once."""
    with FeedFarm(MAX_PARSING + 4) as farm:
        config = load_config(write_config(farm, tmp_path, "bound", max_per_host=1), environ={})
        names = [s.name for s in config.sources if s.name != "missing"]
        release = threading.Event()
        with (
            Fetcher(config.fetch) as fetcher,
            ThreadPoolExecutor(1) as parsers,
            ThreadPoolExecutor(2) as pool,
        ):
            parsers.submit(release.wait, WAIT)  # the only parser is busy until released
            head = HeadStart(config, fetcher, parsers)
            head.start(names, HostLimiter(pool, 1))
            outcomes = [head.futures[n].result(timeout=WAIT) for n in names]
            release.set()
            fetched = [a for a in outcomes if a is not None]
            assert len(fetched) == MAX_PARSING
            assert all(a.digest is not None for a in fetched)
            assert sum(farm.counts.values()) == MAX_PARSING
            assert all(a.digest.result(timeout=WAIT).entries for a in fetched if a.digest)

            stopped = HeadStart(config, fetcher, parsers)
            stopped.stop()
            stopped.start(names, HostLimiter(pool, 1))
            assert [stopped.futures[n].result(timeout=WAIT) for n in names] == [None] * len(names)
            assert sum(farm.counts.values()) == MAX_PARSING
