"""The command line in scripts: closed pipes, --strict, plain-words errors, add and remove."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest
from _process import clean_env
from pytest_httpserver import HTTPServer

from aggregator.cli import main
from aggregator.config import Config, load_config

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(64))


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def two_sources(write_config: Callable[..., Config], feed_url: Callable[[str], str]) -> Config:
    return write_config(
        f'[[sources]]\nname = "lemonde"\nurl = "{feed_url("lemonde.rss")}"\n'
        f'[[sources]]\nname = "gone"\nurl = "{feed_url("missing.rss")}"\n'
    )


# -- closed pipes ------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_closed_pipe_ends_quietly(
    write_config: Callable[..., Config], feed_url: Callable[[str], str]
) -> None:
    """`aggregator sources --json | head`: the reader is gone before we write."""
    config = two_sources(write_config, feed_url)
    proc = subprocess.Popen(
        [sys.executable, "-m", "aggregator", "sources", "--json", "--config", str(config.path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env(),
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # as `head` does once it has its lines
    with proc.stderr:
        err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 0, err
    assert "Traceback" not in err and "BrokenPipe" not in err


# -- fetch --strict ----------------------------------------------------------------------------


def test_fetch_counts_failures_and_strict_exits_3(
    write_config: Callable[..., Config], feed_url: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    config = two_sources(write_config, feed_url)
    status, out, _ = run_cli(capsys, "fetch", "--config", str(config.path))
    assert status == 0
    assert "fetched 2 sources: 1 ok, 1 failed" in out
    status, out, _ = run_cli(capsys, "fetch", "--strict", "--config", str(config.path))
    assert status == 3
    assert "1 failed" in out
    status, out, _ = run_cli(capsys, "fetch", "--strict", "lemonde", "--config", str(config.path))
    assert status == 0, out


# -- errors in plain words ---------------------------------------------------------------------


def test_an_image_is_named_with_its_type_and_first_bytes(
    write_config: Callable[..., Config], httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/logo.png").respond_with_data(PNG, content_type="image/png")
    config = write_config(f'[[sources]]\nname = "logo"\nurl = "{httpserver.url_for("/logo.png")}"\n')
    status, _, err = run_cli(capsys, "preview", httpserver.url_for("/logo.png"), "--config", str(config.path))
    assert status == 1
    assert "a PNG image (image/png; first bytes 89 50 4E 47 0D 0A 1A 0A)" in err
    assert "not well-formed" not in err
    run_cli(capsys, "fetch", "--config", str(config.path))
    [source] = json.loads(run_cli(capsys, "sources", "--json", "--config", str(config.path))[1])
    assert "PNG image" in source["error"]


def test_binary_without_a_known_signature_is_still_named(
    write_config: Callable[..., Config], httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/blob").respond_with_data(
        bytes(range(256)) * 4, content_type="application/octet-stream"
    )
    config = write_config()
    status, _, err = run_cli(capsys, "preview", httpserver.url_for("/blob"), "--config", str(config.path))
    assert status == 1
    assert "binary data (application/octet-stream; first bytes 00 01 02" in err


def test_not_a_url_says_so(write_config: Callable[..., Config], capsys: pytest.CaptureFixture[str]) -> None:
    config = write_config()
    for command in ("preview", "add"):
        status, _, err = run_cli(capsys, command, "example.org/feed", "--config", str(config.path))
        assert status == 2
        assert "not a URL: 'example.org/feed'" in err
        assert "UnsupportedProtocol" not in err


def test_a_bad_select_option_is_blamed_on_the_option(
    write_config: Callable[..., Config], feed_url: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config()
    status, _, err = run_cli(
        capsys, "preview", feed_url("lemonde.rss"), "--select", "item=div[", "--config", str(config.path)
    )
    assert status == 2
    assert "(command line): --select.item: not a valid CSS selector" in err
    assert str(config.path) not in err


def test_preview_runs_without_a_configuration(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No config.toml here: the defaults, which refuse loopback addresses, so the fetch itself
    is what fails, not the configuration."""
    monkeypatch.chdir(tmp_path)
    status, _, err = run_cli(capsys, "preview", "http://127.0.0.1:9/feed.xml")
    assert status == 1, err
    assert "not a public address" in err and "file not found" not in err
    # a file named explicitly must still exist
    status, _, err = run_cli(capsys, "preview", "http://127.0.0.1:9/", "--config", "nowhere.toml")
    assert status == 2 and "nowhere.toml" in err


# -- add and remove ----------------------------------------------------------------------------

COMMENTED = """# my sources, commented
[fetch]
allow_private = ["127.0.0.1"]   # the test server
host_delay = "0s"

[[sources]]
name = "first"        # keep this comment
url = "https://first.example/feed"
"""


def test_add_previews_appends_keeping_comments_and_remove_takes_it_back(
    tmp_path: Path, feed_url: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(COMMENTED, encoding="utf-8")
    url = feed_url("lemonde.rss")
    status, out, err = run_cli(capsys, "add", url, "--tag", "presse", "--tag", "Monde", "--config", str(path))
    assert status == 0, err
    assert "systemctl reload aggregator" in out and "SIGHUP" in out
    text = path.read_text(encoding="utf-8")
    assert text.startswith(COMMENTED)
    added = tomllib.loads(text)["sources"][1]
    assert added["url"] == url and added["tags"] == ["presse", "Monde"]
    assert added["name"] in out
    config = load_config(path, environ={})
    assert config.source(added["name"]).tags == ("presse", "monde")

    status, _, err = run_cli(capsys, "add", url, "--config", str(path))
    assert status == 2 and "already configured" in err

    status, out, err = run_cli(capsys, "remove", added["name"], "--config", str(path))
    assert status == 0, err
    assert "systemctl reload aggregator" in out
    assert path.read_text(encoding="utf-8").rstrip() == COMMENTED.rstrip()
    status, _, err = run_cli(capsys, "remove", "nothere", "--config", str(path))
    assert status == 2 and "no source named 'nothere'" in err


def test_add_refuses_what_does_not_work_and_leaves_the_file(
    tmp_path: Path, feed_url: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "config.toml"
    path.write_text(COMMENTED, encoding="utf-8")
    status, _, err = run_cli(capsys, "add", feed_url("missing.rss"), "--config", str(path))
    assert status == 1 and "404" in err and "nothing added" in err
    status, _, err = run_cli(capsys, "add", feed_url("lemonde.rss"), "--name", "first", "--config", str(path))
    assert status == 2 and "--name" in err
    status, _, err = run_cli(
        capsys, "add", feed_url("lemonde.rss"), "--name", "Bad Name", "--config", str(path)
    )
    assert status == 2 and "--name" in err
    assert path.read_text(encoding="utf-8") == COMMENTED
    status, _, err = run_cli(
        capsys, "add", feed_url("lemonde.rss"), "--name", "lm", "--type", "feed", "--config", str(path)
    )
    assert status == 0, err
    assert tomllib.loads(path.read_text())["sources"][1] == {
        "name": "lm",
        "url": feed_url("lemonde.rss"),
        "type": "feed",
    }
