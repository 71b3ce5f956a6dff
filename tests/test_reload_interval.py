"""A reload that changes a source's ``interval`` moves its next fetch at once: to its last
fetch plus the new interval, or now when that is past; not when the old interval put it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from aggregator.cli import main
from aggregator.config import Config
from aggregator.service import Service
from aggregator.store import Store


def _toml(feed_url: Callable[[str], str], lemonde: str, france24: str) -> str:
    return f"""
[scheduler]
min_interval = "1m"
max_interval = "2d"

[[sources]]
name = "lemonde"
url = "{feed_url("lemonde.rss")}"
interval = "{lemonde}"

[[sources]]
name = "france24"
url = "{feed_url("france24.atom")}"
interval = "{france24}"
"""


def test_a_reload_reschedules_a_changed_interval(
    write_config: Callable[..., Config], feed_url: Callable[[str], str]
) -> None:
    config = write_config(_toml(feed_url, "1d", "1d"))
    assert main(["fetch", "--config", str(config.path), "--log-level", "WARNING"]) == 0
    store = Store(config.database.url)
    try:
        before = {n: store.source_state(n) for n in ("lemonde", "france24")}
        for state in before.values():  # a day away, jitter aside
            assert state.next_fetch is not None
            assert state.next_fetch - datetime.now(UTC) > timedelta(hours=12)

        service = Service(config, http=False, fetch=True, fixed_log_level=True)
        service.store = store
        write_config(_toml(feed_url, "10m", "1d"))
        service.reload()
        assert service.config.sources[0].interval == timedelta(minutes=10)

        lemonde, france24 = store.source_state("lemonde"), store.source_state("france24")
        last = next(s.last_fetch for s in store.list_sources() if s.name == "lemonde")
        assert last is not None and lemonde.next_fetch is not None
        # Fetched moments ago: last fetch + 10 minutes is still ahead.
        assert lemonde.next_fetch == last + timedelta(minutes=10)
        assert france24.next_fetch == before["france24"].next_fetch  # unchanged interval
    finally:
        store.close()


def test_an_interval_already_past_makes_the_source_due_now(
    write_config: Callable[..., Config], feed_url: Callable[[str], str]
) -> None:
    config = write_config(_toml(feed_url, "1d", "1d"))
    assert main(["fetch", "--config", str(config.path), "--log-level", "WARNING"]) == 0
    store = Store(config.database.url)
    try:
        now = datetime.now(UTC) + timedelta(hours=2)  # two hours after that fetch
        moved = store.reschedule({"lemonde": timedelta(hours=1)}, now)
        assert moved == 1
        assert store.source_state("lemonde").next_fetch == now
        due = store.claim_due_sources(now, limit=10, lease=timedelta(minutes=5))
        assert [s.name for s in due] == ["lemonde"]
    finally:
        store.close()
