"""logconfig.py: one line per event; under systemd's journal, a priority prefix and no
timestamp of our own. Real files stand in for stderr."""

from __future__ import annotations

import logging
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from aggregator.logconfig import configure_logging, set_level, under_journal

TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} ")


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    loggers = [logging.getLogger(n) for n in (None, "aggregator", "apscheduler", "httpx", "waitress")]
    saved = [(lg, lg.handlers[:], lg.level, lg.propagate) for lg in loggers]
    yield
    for lg, handlers, level, propagate in saved:
        lg.handlers[:] = handlers
        lg.setLevel(level)
        lg.propagate = propagate


def journal_stream_of(path: Path) -> str:
    st = os.stat(path)
    return f"{st.st_dev}:{st.st_ino}"


def log_through(path: Path, monkeypatch: pytest.MonkeyPatch, level: str = "INFO") -> list[str]:
    """Configure logging onto the file ``path`` as stderr, log three events, return the lines."""
    with path.open("w", encoding="utf-8") as stream:
        monkeypatch.setattr(sys, "stderr", stream)
        configure_logging(level)
        logger = logging.getLogger("aggregator.test")
        logger.debug("detail key=%d", 0)
        logger.info("source updated source=%s new=%d", "lemonde", 3)
        logger.warning("source failed source=%s status=%d", "broken", 404)
        logging.getLogger("apscheduler.scheduler").warning("skipped: maximum number of instances")
        stream.flush()
    return path.read_text(encoding="utf-8").splitlines()


def test_outside_systemd_lines_carry_a_timestamp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    lines = log_through(tmp_path / "stderr", monkeypatch)
    assert len(lines) == 2, lines
    assert all(TIMESTAMP.match(line) for line in lines), lines
    assert lines[0].endswith("INFO aggregator.test: source updated source=lemonde new=3")
    assert lines[1].endswith("WARNING aggregator.test: source failed source=broken status=404")


def test_under_the_journal_a_priority_and_no_timestamp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "journal"
    path.touch()
    monkeypatch.setenv("JOURNAL_STREAM", journal_stream_of(path))
    lines = log_through(path, monkeypatch, level="DEBUG")
    assert lines == [
        "<7>DEBUG aggregator.test: detail key=0",
        "<6>INFO aggregator.test: source updated source=lemonde new=3",
        "<4>WARNING aggregator.test: source failed source=broken status=404",
    ]


def test_stderr_redirected_away_from_the_journal_gets_timestamps(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journal = tmp_path / "journal"
    journal.touch()
    monkeypatch.setenv("JOURNAL_STREAM", journal_stream_of(journal))
    lines = log_through(tmp_path / "elsewhere", monkeypatch)
    assert lines and all(TIMESTAMP.match(line) for line in lines), lines


@pytest.mark.parametrize("value", ["", "12", "a:b", "1:2:3", ":"])
def test_malformed_journal_stream_is_not_the_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str
) -> None:
    monkeypatch.setenv("JOURNAL_STREAM", value)
    with (tmp_path / "f").open("w") as stream:
        assert under_journal(stream) is False


def test_level_is_applied_and_can_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    lines = log_through(tmp_path / "warn", monkeypatch, level="WARNING")
    assert [line.split(" ", 2)[2] for line in lines] == [
        "WARNING aggregator.test: source failed source=broken status=404"
    ]
    set_level("debug")
    assert logging.getLogger("aggregator").level == logging.DEBUG
