"""Tag queries end to end: applied at ingest, ``tags --try`` and ``--explain`` over the
stored history, and the history retagged when a rule changes, archives included."""

from __future__ import annotations

import json
import threading
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from test_archives import BASE, FORMATS, walk

from aggregator import service as service_module
from aggregator.cli import main
from aggregator.config import Config
from aggregator.retag import TAGGING_SETTING, Retagger, tagging_fingerprint
from aggregator.service import Service
from aggregator.store import BATCH, Store
from aggregator.web import create_app

WriteConfig = Callable[..., Config]
T0 = datetime(2026, 3, 1, tzinfo=UTC)

#: (guid, title, summary, hours after T0)
ITEMS = [
    ("fr-1", "Au Kremlin, Poutine reçoit", "Sur la place Rouge.", 1),
    ("fr-2", "Le Kremlin et le football", "Le club du Kremlin gagne.", 2),
    ("en-1", "Peskov speaks for the Kremlin", "The spokesman said on Monday.", 3),
    ("de-1", "Straßenfest in München", "Die Bürger feierten.", 4),
    ("ru-1", "Песков прокомментировал заявление", "В Кремле сообщили.", 5),
    ("ru-2", "Погода в Москве", "Снег на Красной площади.", 6),
]


def rss(items: list[tuple[str, str, str, int]]) -> bytes:
    body = "".join(
        f"<item><title>{title}</title><link>https://news.example/{guid}</link>"
        f"<guid isPermaLink='false'>{guid}</guid><description>{summary}</description>"
        f"<pubDate>{format_datetime(T0 + timedelta(hours=h), usegmt=True)}</pubDate>"
        "</item>"
        for guid, title, summary, h in items
    )
    return (
        f"<rss version='2.0'><channel><title>Wire</title><link>https://news.example/</link>"
        f"<description>d</description>{body}</channel></rss>"
    ).encode()


def site_config(write_config: WriteConfig, url: str, rule: str, entries: int = 50) -> Config:
    return write_config(f"""
        [database]
        url = "sqlite:///aggregator.db"
        [server]
        base_url = "{BASE}"
        [output]
        entries = {entries}
        [tags.kremlin]
        title = "Kremlin"
        {rule}
        [[sources]]
        name = "wire"
        url = "{url}"
        type = "feed"
        """)


def cli(capsys: pytest.CaptureFixture[str], *argv: str, level: str = "WARNING") -> tuple[int, str, str]:
    capsys.readouterr()
    status = main([*argv, "--log-level", level])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def wire(httpserver: HTTPServer, write_config: WriteConfig, capsys: pytest.CaptureFixture[str]) -> Config:
    httpserver.expect_request("/wire.rss").respond_with_data(rss(ITEMS), content_type="application/rss+xml")
    config = site_config(
        write_config, httpserver.url_for("/wire.rss"), "query = 'kremlin OR кремле OR peskov -football'"
    )
    assert cli(capsys, "fetch", "--config", str(config.path))[0] == 0
    return config


def guids_in(config: Config, path: str) -> list[str]:
    store = Store(config.database.url)
    try:
        items = json.loads(create_app(config, store).test_client().get(path).data)["items"]
        return [i["url"].rsplit("/", 1)[1] for i in items]
    finally:
        store.close()


def test_the_query_tags_entries_at_ingest(wire: Config) -> None:
    assert guids_in(wire, "/feeds/kremlin.json") == ["ru-1", "en-1", "fr-1"]


def test_try_counts_and_lists_the_newest(wire: Config, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = cli(
        capsys, "tags", "--config", str(wire.path), "--try", "kremlin OR Кремле", "--limit", "2"
    )
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == "4 stored entries match (kremlin OR кремле)"
    assert len(lines) == 3
    assert lines[1].endswith("wire  Песков прокомментировал заявление")
    assert lines[1].startswith("2026-03-01T05:00:00+00:00")
    assert lines[2].endswith("wire  Peskov speaks for the Kremlin")


def test_try_json(wire: Config, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = cli(
        capsys, "tags", "--config", str(wire.path), "--json", "--try", 'intitle:kremlin -"place rouge"'
    )
    assert status == 0
    data = json.loads(out)
    assert data["count"] == 2
    assert [e["link"] for e in data["entries"]] == ["https://news.example/en-1", "https://news.example/fr-2"]
    assert data["entries"][0]["id"].startswith("urn:uuid:")
    assert data["entries"][0]["source"] == "wire"
    assert "kremlin" in data["entries"][0]["tags"]
    status, out, _ = cli(capsys, "tags", "--config", str(wire.path), "--json", "--try", "nothing")
    assert json.loads(out) == {"count": 0, "query": "nothing", "entries": []}


def test_try_a_bad_query(wire: Config, capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = cli(capsys, "tags", "--config", str(wire.path), "--try", "kremlin OR")
    assert status == 2
    assert out == ""
    assert "--try: column 9: expected a term after OR" in err


def test_explain(wire: Config, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = cli(capsys, "tags", "--config", str(wire.path), "--json", "--try", "poutine")
    [entry] = json.loads(out)["entries"]
    status, out, _ = cli(capsys, "tags", "--config", str(wire.path), "--json", "--explain", entry["id"])
    assert status == 0
    data = json.loads(out)
    assert data["id"] == entry["id"]
    assert data["reasons"] == {"kremlin": ["query: kremlin -football"]}
    status, out, _ = cli(capsys, "tags", "--config", str(wire.path), "--explain", entry["id"])
    assert status == 0
    assert "  kremlin: query: kremlin -football" in out.splitlines()
    status, _, err = cli(
        capsys,
        "tags",
        "--config",
        str(wire.path),
        "--explain",
        "urn:uuid:00000000-0000-0000-0000-000000000000",
    )
    assert status == 1
    assert "no stored entry has the id" in err


# -- history follows the rule ------------------------------------------------------------------


def test_a_rule_change_retags_the_history_and_the_archives_stay_whole(
    httpserver: HTTPServer, write_config: WriteConfig, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/wire.rss").respond_with_data(rss(ITEMS), content_type="application/rss+xml")
    url = httpserver.url_for("/wire.rss")
    first = site_config(write_config, url, "keywords = ['kremlin']", entries=2)
    assert cli(capsys, "fetch", "--config", str(first.path))[0] == 0
    before = {fmt: [d.ids for d in walk_site(first, fmt)] for fmt in FORMATS}
    # fr-1, fr-2, en-1: a current document of 2 and one archive page of 1
    assert [len(ids) for ids in before["atom"]] == [2, 1]
    archived = walk_site(first, "atom")[1].links

    # The rule changes: football leaves, the Russian entries join.
    second = site_config(write_config, url, "query = '(kremlin OR кремле OR peskov) -football'", entries=2)
    # a restart (any command that syncs the store) retags
    status, _, err = cli(capsys, "tags", "--config", str(second.path), level="INFO")
    assert status == 0
    assert "retag started after a rule change entries=6" in err
    assert "retag done entries=6 changed=2" in err
    for fmt in FORMATS:
        docs = walk_site(second, fmt)
        links = [link for doc in docs for link in doc.links]
        ids = [i for doc in docs for i in doc.ids]
        assert len(ids) == len(set(ids)), f"{fmt}: an entry met twice"
        assert sorted(link.rsplit("/", 1)[1] for link in links) == ["en-1", "fr-1", "ru-1"]
        # the entry that joined is numbered after the ones that were there: it is in the
        # current document, not slipped into an archive page
        assert "https://news.example/ru-1" in docs[0].links
        # the archive page keeps what it had, less the entry that left
        assert docs[-1].links == [u for u in archived if not u.endswith("/fr-2")], fmt
    assert guids_in(second, "/feeds/kremlin.json")[0] == "ru-1"


def walk_site(config: Config, fmt: str) -> list:  # type: ignore[type-arg]
    store = Store(config.database.url)
    try:
        return walk(create_app(config, store).test_client(), "/feeds/kremlin", fmt)
    finally:
        store.close()


class PausedStore(Store):
    """A real store whose retag stops after reading its first batch, until ``go`` is set:
    a retag of a long history, held still while the test makes its requests."""

    reached = threading.Event()
    go = threading.Event()

    def iter_entries_for_tagging(self, batch: int = BATCH) -> Iterator[list[Any]]:
        for i, rows in enumerate(super().iter_entries_for_tagging(batch)):
            if i == 0:
                type(self).reached.set()
                assert type(self).go.wait(30), "the test never let the retag go on"
            yield rows


def test_the_server_answers_while_the_history_is_retagged(
    write_config: WriteConfig,
    httpserver: HTTPServer,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    httpserver.expect_request("/wire.rss").respond_with_data(rss(ITEMS), content_type="application/rss+xml")
    url = httpserver.url_for("/wire.rss")
    first = site_config(write_config, url, "query = 'kremlin OR кремле OR peskov -football'")
    # (the command's log lines go to the test's stderr, the service's after them)
    assert cli(capsys, "fetch", "--config", str(first.path), level="INFO")[0] == 0
    assert guids_in(first, "/feeds/kremlin.json") == ["ru-1", "en-1", "fr-1"]
    # Кремле and Peskov no longer: ru-1 leaves (en-1 stays, for its Kremlin)
    changed = site_config(write_config, url, "query = 'kremlin -football'")
    # one web thread in this process: the test holds the retag of that same process
    changed = replace(changed, server=replace(changed.server, port=0, workers=1))
    PausedStore.reached.clear()
    PausedStore.go.clear()
    monkeypatch.setattr(service_module, "Store", PausedStore)
    service = Service(changed, http=True, fetch=True, fixed_log_level=True)
    try:
        service._start()
        assert PausedStore.reached.wait(30), "no retag started"
        assert service.retagger is not None and service.retagger.running()
        # the retag is under way, held in the middle: the server answers all the same
        with urllib.request.urlopen(service._url() + "feeds/kremlin.json", timeout=30) as r:
            assert r.status == 200
            assert json.loads(r.read())["items"]
        PausedStore.go.set()
        assert service.retagger.join(30), "the retag did not end"
    finally:
        PausedStore.go.set()
        service._stop("SIGTERM")
    assert "retag done entries=6 changed=1" in capsys.readouterr().err
    assert guids_in(changed, "/feeds/kremlin.json") == ["en-1", "fr-1"]


def test_a_newer_rule_takes_over_a_retag_under_way(
    wire: Config, write_config: WriteConfig, httpserver: HTTPServer
) -> None:
    url = httpserver.url_for("/wire.rss")
    older = site_config(write_config, url, "query = 'peskov'", entries=50)
    newer = site_config(write_config, url, "query = 'kremlin'", entries=50)
    PausedStore.reached.clear()
    PausedStore.go.clear()
    store = PausedStore(wire.database.url)
    retagger = Retagger(store)
    try:
        retagger.request(older)
        assert PausedStore.reached.wait(30), "no retag started"
        retagger.request(newer)  # a reload while the older rule's retag is held
        retagger.request(newer)  # the same rules again: nothing more to do
        PausedStore.go.set()
        assert retagger.join(30), "the retag did not end"
        assert store.get_setting(TAGGING_SETTING) == tagging_fingerprint(newer)
    finally:
        PausedStore.go.set()
        retagger.close(30)
        store.close()
    assert guids_in(newer, "/feeds/kremlin.json") == ["en-1", "fr-2", "fr-1"]
