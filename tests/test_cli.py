"""The command line: ``main([...])`` in process, and ``serve`` / ``run`` as real processes."""

from __future__ import annotations

import json
import re
import socket
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from _process import START_TIMEOUT, free_port, kill, start, stop, wait_until_up
from pytest_httpserver import HTTPServer

from aggregator.cli import main
from aggregator.cli.daemon import listen_address
from aggregator.config import Config
from aggregator.store import Store

# aggregator/store/__init__.py calls Result.tuples(), deprecated in SQLAlchemy 2.1: with
# warnings as errors every ingest would crash in the store; that bug is reported, not tested here.
BASE_URL = "http://feeds.test"
KREMLIN_RULE = '[tags.kremlin]\ntitle = "Kremlin"\nkeywords = ["kremlin", "poutine", "putin", "peskov"]\n'
ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$")
SOURCE_FIELDS = {
    "name",
    "url",
    "type",
    "entries",
    "error",
    "failures",
    "last_fetch",
    "next_fetch",
    "disabled",
    "stale",
    "last_status",
}
FILES = {"lemonde": "lemonde.rss", "france24": "france24.atom", "courrier": "courrier.rdf"}


def site_toml(
    feed_url: Callable[[str], str], *, head: str = "", source_extra: str = "", broken: bool = False
) -> str:
    text = (
        f'[database]\nurl = "sqlite:///aggregator.db"\n\n{head}\n[output]\ndir = "public"\n\n{KREMLIN_RULE}\n'
    )
    if "[server]" not in head:
        text = f'[server]\nbase_url = "{BASE_URL}"\n\n' + text
    for name, file in FILES.items():
        text += (
            f'[[sources]]\nname = "{name}"\nurl = "{feed_url(file)}"\ncategory_tags = true\n{source_extra}'
        )
        if name == "courrier":
            text += 'tags = ["russie"]\n'
    if broken:
        text += f'[[sources]]\nname = "broken"\nurl = "{feed_url("missing.rss")}"\n'
    return text


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """``main(argv)``: exit status, stdout, stderr."""
    capsys.readouterr()
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def json_of(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, object]]:
    status, out, err = run_cli(capsys, *argv)
    assert status == 0, err
    data = json.loads(out)
    assert isinstance(data, list)
    return data


def assert_iso_with_offset(value: object) -> None:
    assert isinstance(value, str) and ISO_WITH_OFFSET.match(value), value
    assert datetime.fromisoformat(value).utcoffset() is not None


# -- check-config -----------------------------------------------------------------------------


def test_check_config_accepts_a_valid_file(
    write_config: Callable[..., Config], feed_url: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(site_toml(feed_url))
    status, out, _ = run_cli(capsys, "check-config", "--config", str(config.path))
    assert status == 0
    assert str(config.path) in out
    assert "3 sources" in out


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ('[server]\nport = "eighty"\n', "server.port"),
        ("[server]\nprot = 80\n", "server.prot"),
        ('[scheduler]\ninterval = "soon"\n', "scheduler.interval"),
        ("[fetch]\nallow_private = [42]\n", "fetch.allow_private"),
        ('[tags.all]\ntitle = "All"\n', "tags.all"),
        ('[[sources]]\nname = "Bad Name"\nurl = "https://x.example/"\n', "sources[0].name"),
        ('[[sources]]\nname = "ok"\nurl = "ftp://x.example/"\n', "sources[0].url"),
        ('[[sources]]\nurl = "https://x.example/"\n', "sources[0].name"),
    ],
)
def test_check_config_rejects_an_invalid_file_naming_file_and_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, key: str
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(text, encoding="utf-8")
    status, _, err = run_cli(capsys, "check-config", "--config", str(path))
    assert status == 2
    assert str(path) in err
    assert key in err
    assert "Traceback" not in err


def test_check_config_rejects_invalid_toml(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "broken.toml"
    path.write_text("x = = 1\n", encoding="utf-8")
    status, _, err = run_cli(capsys, "check-config", "--config", str(path))
    assert status == 2
    assert str(path) in err and "TOML" in err


def test_missing_config_file_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nowhere.toml"
    status, _, err = run_cli(capsys, "sources", "--config", str(path))
    assert status == 2
    assert str(path) in err


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run_cli(capsys)
    assert status == 2
    assert "usage" in err.lower()


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("9101", ("127.0.0.1", 9101)),
        ("0.0.0.0:9101", ("0.0.0.0", 9101)),
        ("[::1]:9101", ("::1", 9101)),
        ("localhost:0", ("localhost", 0)),
    ],
)
def test_worker_listen_address(text: str, address: tuple[str, int]) -> None:
    assert listen_address(text) == address


@pytest.mark.parametrize("text", ["", "abc", ":9101", "127.0.0.1:", "127.0.0.1:70000", "[::1]", "host:-1"])
def test_worker_listen_address_refused_is_a_usage_error(
    text: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["worker", "--listen", text])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "--listen" in err and "[HOST:]PORT" in err


def test_config_comes_from_the_environment(
    write_config: Callable[..., Config],
    feed_url: Callable[[str], str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    config = write_config(site_toml(feed_url))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "config.toml").write_text("not = = toml\n")  # ./config.toml loses to the env
    monkeypatch.chdir(elsewhere)
    monkeypatch.setenv("AGGREGATOR_CONFIG", str(config.path))
    status, out, err = run_cli(capsys, "check-config")
    assert status == 0, err
    assert str(config.path) in out
    assert {s["name"] for s in json_of(capsys, "sources", "--json")} == set(FILES)
    # --config wins over the environment
    monkeypatch.setenv("AGGREGATOR_CONFIG", str(elsewhere / "config.toml"))
    assert run_cli(capsys, "check-config", "--config", str(config.path))[0] == 0
    status, _, err = run_cli(capsys, "check-config")
    assert status == 2
    assert str(elsewhere / "config.toml") in err


# -- fetch, sources, tags ---------------------------------------------------------------------


def test_fetch_of_an_unknown_source_is_a_usage_error(
    write_config: Callable[..., Config], feed_url: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(site_toml(feed_url))
    status, _, err = run_cli(capsys, "fetch", "nope", "--config", str(config.path))
    assert status == 2
    assert "nope" in err
    assert all(
        s["entries"] == 0 and s["last_fetch"] is None
        for s in json_of(capsys, "sources", "--json", "--config", str(config.path))
    )


def test_fetch_of_named_sources_only(
    write_config: Callable[..., Config], feed_url: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(site_toml(feed_url))
    status, out, _ = run_cli(capsys, "fetch", "courrier", "--config", str(config.path))
    assert status == 0
    assert "courrier: ok" in out
    sources = {s["name"]: s for s in json_of(capsys, "sources", "--json", "--config", str(config.path))}
    assert sources["courrier"]["entries"] == 2
    assert sources["lemonde"]["entries"] == 0 and sources["lemonde"]["last_fetch"] is None


def test_sources_before_any_fetch(
    write_config: Callable[..., Config], feed_url: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(site_toml(feed_url))
    sources = json_of(capsys, "sources", "--json", "--config", str(config.path))
    assert [s["name"] for s in sources] == list(FILES)
    for s in sources:
        assert set(s) >= SOURCE_FIELDS
        assert s["entries"] == 0 and s["error"] is None and s["failures"] == 0
        assert s["last_fetch"] is None and s["disabled"] is False
        assert_iso_with_offset(s["next_fetch"])  # a new source is due at once


def test_fetch_survives_a_failing_source_and_sources_shows_it(
    write_config: Callable[..., Config], feed_url: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(site_toml(feed_url, broken=True))
    status, out, _ = run_cli(capsys, "fetch", "--config", str(config.path))
    assert status == 0
    assert "broken: error" in out
    sources = json_of(capsys, "sources", "--json", "--config", str(config.path))
    by_name = {s["name"]: s for s in sources}
    assert list(by_name) == [*FILES, "broken"]
    for s in sources:
        assert set(s) >= SOURCE_FIELDS, s
        assert s["type"] == "auto"
        assert s["disabled"] is False
        assert_iso_with_offset(s["last_fetch"])
        assert_iso_with_offset(s["next_fetch"])
    broken = by_name["broken"]
    assert broken["url"] == feed_url("missing.rss")
    assert isinstance(broken["error"], str) and "404" in broken["error"]
    assert broken["failures"] == 1
    assert broken["entries"] == 0
    for name, entries in (("lemonde", 4), ("france24", 3), ("courrier", 2)):
        assert by_name[name]["error"] is None
        assert by_name[name]["failures"] == 0
        assert by_name[name]["entries"] == entries
        assert by_name[name]["url"] == feed_url(FILES[name])
    # the human-readable listing says the same
    status, out, _ = run_cli(capsys, "sources", "--config", str(config.path))
    assert status == 0
    assert "broken" in out and "404" in out


def test_tags_json(
    write_config: Callable[..., Config], feed_url: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(site_toml(feed_url))
    assert run_cli(capsys, "fetch", "--config", str(config.path))[0] == 0
    tags = {t["slug"]: t for t in json_of(capsys, "tags", "--json", "--config", str(config.path))}
    kremlin = tags["kremlin"]
    assert kremlin["title"] == "Kremlin"
    assert kremlin["entries"] == 6
    assert kremlin["feeds"] == {fmt: f"{BASE_URL}/feeds/kremlin.{fmt}" for fmt in ("atom", "rss", "json")}
    assert tags["russie"]["entries"] == 3
    assert tags["tmp-x"]["entries"] == 1
    assert "all" not in tags
    for tag in tags.values():
        assert {"slug", "title", "entries", "feeds"} <= set(tag)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", tag["slug"])
    status, out, _ = run_cli(capsys, "tags", "--config", str(config.path))
    assert status == 0 and f"{BASE_URL}/feeds/kremlin.atom" in out


def test_log_level_from_config_and_command_line(
    write_config: Callable[..., Config], feed_url: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(site_toml(feed_url, head='[log]\nlevel = "WARNING"\n'))
    status, _, err = run_cli(capsys, "fetch", "lemonde", "--config", str(config.path))
    assert status == 0
    assert "source fetched" not in err  # INFO, below the configured level
    status, _, err = run_cli(capsys, "fetch", "france24", "--config", str(config.path), "--log-level", "info")
    assert status == 0
    assert "INFO aggregator.update: source fetched source=france24 outcome=ok status=200 new=3" in err


# -- health: disabled, enable, stale ----------------------------------------------------------


def test_gone_source_is_disabled_until_enabled(
    write_config: Callable[..., Config],
    feed_server: HTTPServer,
    feed_url: Callable[[str], str],
    capsys: pytest.CaptureFixture[str],
) -> None:
    feed_server.expect_request("/gone.rss").respond_with_data("gone", status=410)
    gone = f'[[sources]]\nname = "gone"\nurl = "{feed_server.url_for("/gone.rss")}"\n'
    config = write_config(site_toml(feed_url) + gone)
    path = str(config.path)
    status, out, _ = run_cli(capsys, "fetch", "--config", path)
    assert status == 0
    assert "gone: error: HTTP 410" in out
    assert "source disabled; `aggregator enable gone` polls it again" in out
    sources = {s["name"]: s for s in json_of(capsys, "sources", "--json", "--config", path)}
    assert sources["gone"]["disabled"] is True
    assert sources["gone"]["next_fetch"] is None
    assert sources["gone"]["last_status"] == sources["gone"]["status"] == 410
    assert "aggregator enable gone" in sources["gone"]["error"]
    assert all(not s["disabled"] for name, s in sources.items() if name != "gone")
    _, out, _ = run_cli(capsys, "sources", "--config", path)
    assert "health: disabled" in out and "HTTP 410" in out

    # a disabled source is not fetched, not even by name
    requests = len(feed_server.log)
    status, out, _ = run_cli(capsys, "fetch", "gone", "--config", path)
    assert "gone: skipped (disabled; `aggregator enable gone`" in out
    assert len(feed_server.log) == requests

    status, out, _ = run_cli(capsys, "enable", "gone", "--config", path)
    assert status == 0 and "gone: enabled" in out
    gone_info = {s["name"]: s for s in json_of(capsys, "sources", "--json", "--config", path)}["gone"]
    assert gone_info["disabled"] is False
    assert_iso_with_offset(gone_info["next_fetch"])
    status, out, _ = run_cli(capsys, "enable", "gone", "lemonde", "--config", path)
    assert "gone: not disabled" in out and "lemonde: not disabled" in out
    status, out, _ = run_cli(capsys, "fetch", "gone", "--config", path)
    assert "gone: error: HTTP 410" in out
    assert len(feed_server.log) == requests + 1


def test_enable_an_unknown_source_is_a_usage_error(
    write_config: Callable[..., Config], feed_url: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(site_toml(feed_url))
    status, _, err = run_cli(capsys, "enable", "nope", "--config", str(config.path))
    assert status == 2 and "nope" in err
    with pytest.raises(SystemExit) as exited:
        main(["enable", "--config", str(config.path)])
    assert exited.value.code == 2


def test_sources_shows_stale_sources(
    write_config: Callable[..., Config], feed_url: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    """Sources added five days ago: those that fail now never succeeded in that time."""
    config = write_config(site_toml(feed_url, broken=True, head='[scheduler]\nstale_after = "3d"\n'))
    store = Store(config.database.url)
    store.sync_sources(config.sources, datetime.now(UTC) - timedelta(days=5))
    store.close()
    assert run_cli(capsys, "fetch", "--config", str(config.path))[0] == 0
    sources = {s["name"]: s for s in json_of(capsys, "sources", "--json", "--config", str(config.path))}
    assert sources["broken"]["stale"] is True
    assert sources["broken"]["last_success"] is None
    assert [n for n, s in sources.items() if s["stale"]] == ["broken"]
    _, out, _ = run_cli(capsys, "sources", "--config", str(config.path))
    assert "stale (no success since it was added)" in out


# -- real processes ---------------------------------------------------------------------------


@pytest.mark.slow
def test_serve_answers_feeds_and_stops_on_sigterm(
    write_config: Callable[..., Config],
    feed_url: Callable[[str], str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    port = free_port()
    head = f'[server]\nhost = "127.0.0.1"\nport = {port}\n'
    config = write_config(site_toml(feed_url, head=head))
    assert config.path is not None
    assert run_cli(capsys, "fetch", "--config", str(config.path))[0] == 0
    log = tmp_path / "serve.log"
    base = f"http://127.0.0.1:{port}"
    proc = start("serve", config.path, log)
    try:
        wait_until_up(proc, f"{base}/healthz", log)
        with httpx.Client(trust_env=False, timeout=5) as client:
            r = client.get(f"{base}/feeds/kremlin.atom")
            assert r.status_code == 200
            assert r.headers["content-type"] == "application/atom+xml; charset=utf-8"
            assert b"Le Kremlin confirme" in r.content
            etag = r.headers["etag"]
            again = client.get(f"{base}/feeds/kremlin.atom", headers={"If-None-Match": etag})
            assert again.status_code == 304
            assert again.content == b""
            since = client.get(
                f"{base}/feeds/kremlin.atom", headers={"If-Modified-Since": r.headers["last-modified"]}
            )
            assert since.status_code == 304
            head_r = client.head(f"{base}/feeds/kremlin.atom")
            assert head_r.status_code == 200 and head_r.content == b""
            assert client.get(f"{base}/feeds/unknown.atom").status_code == 404
            assert client.get(f"{base}/healthz").json()["database"] is True
        assert stop(proc, log) == 0, log.read_text()
    finally:
        kill(proc)


@pytest.mark.slow
def test_serve_on_a_busy_port_fails_cleanly(
    write_config: Callable[..., Config], feed_url: Callable[[str], str], tmp_path: Path
) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        config = write_config(site_toml(feed_url, head=f"[server]\nport = {port}\n"))
        assert config.path is not None
        log = tmp_path / "busy.log"
        proc = start("serve", config.path, log)
        try:
            status = proc.wait(timeout=START_TIMEOUT)
        finally:
            kill(proc)
    assert status == 1, log.read_text()
    assert str(port) in log.read_text()
    assert "Traceback" not in log.read_text()


@pytest.mark.slow
def test_run_ingests_by_itself_and_stops_on_sigterm(
    write_config: Callable[..., Config], feed_url: Callable[[str], str], tmp_path: Path
) -> None:
    port = free_port()
    head = (
        f'[server]\nhost = "127.0.0.1"\nport = {port}\n\n[scheduler]\ninterval = "1m"\nmin_interval = "1s"\n'
    )
    config = write_config(site_toml(feed_url, head=head, source_extra='interval = "2s"\n'))
    assert config.path is not None
    log = tmp_path / "run.log"
    base = f"http://127.0.0.1:{port}"
    proc = start("run", config.path, log)
    try:
        wait_until_up(proc, f"{base}/healthz", log)
        items: list[dict[str, object]] = []
        deadline = time.monotonic() + START_TIMEOUT
        with httpx.Client(trust_env=False, timeout=5) as client:
            while len(items) < 9 and time.monotonic() < deadline:
                r = client.get(f"{base}/feeds/all.json")
                assert r.status_code == 200
                items = r.json()["items"]
                if len(items) < 9:
                    time.sleep(0.2)
            assert len(items) == 9, log.read_text()
            kremlin = client.get(f"{base}/feeds/kremlin.json").json()
            assert len(kremlin["items"]) == 6
            health = client.get(f"{base}/healthz").json()
            assert health["database"] is True
            assert health["scheduler"]["alive"] is True
        # the scheduler also keeps the static export up to date
        exported = config.output.dir / "feeds" / "kremlin.atom"
        while not exported.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert exported.is_file(), log.read_text()
        assert stop(proc, log) == 0, log.read_text()
    finally:
        kill(proc)
