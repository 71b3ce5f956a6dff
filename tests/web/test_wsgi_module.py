"""aggregator.wsgi:app, the app for a WSGI server of one's own: the same documents as
``aggregator serve``, under a real granian process when granian is installed."""

from __future__ import annotations

import importlib.util
import runpy
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from _process import STOP_TIMEOUT, clean_env, free_port, wait_until_up

from aggregator.web import get_state

from .conftest import Site

PATHS = ["/feeds/kremlin.atom", "/feeds/all.json", "/sources/lemonde.rss", "/"]


def test_the_module_serves_the_configuration_named_by_the_environment(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("AGGREGATOR_CONFIG", str(site.path))
    app = runpy.run_module("aggregator.wsgi")["app"]
    app.testing = True
    client = app.test_client()
    try:
        for path in PATHS:
            ours, reference = client.get(path), site.client.get(path)
            assert ours.status_code == reference.status_code == 200, path
            assert ours.data == reference.data, path
            assert ours.headers.get("ETag") == reference.headers.get("ETag"), path
    finally:
        get_state(app).store.close()


def test_the_module_without_a_configuration_says_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aggregator.exceptions import ConfigError

    monkeypatch.setenv("AGGREGATOR_CONFIG", str(tmp_path / "missing.toml"))
    with pytest.raises(ConfigError, match="AGGREGATOR_CONFIG"):
        runpy.run_module("aggregator.wsgi")


@pytest.fixture
def granian(site: Site, tmp_path: Path) -> Iterator[str]:
    if importlib.util.find_spec("granian") is None:
        pytest.skip("granian is not installed (pip install 'aggregator[granian]')")
    port = free_port()
    log = tmp_path / "granian.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "granian",
                "--interface",
                "wsgi",
                "--workers",
                "1",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "aggregator.wsgi:app",
            ],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=clean_env(AGGREGATOR_CONFIG=str(site.path)),
            cwd=tmp_path,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(proc, base + "/healthz", log)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(STOP_TIMEOUT)


def test_granian_serves_the_same_documents_and_validators(site: Site, granian: str) -> None:
    with httpx.Client(
        base_url=granian, trust_env=False, timeout=10, headers={"Accept-Encoding": "identity"}
    ) as client:
        for path in PATHS:
            ours, reference = client.get(path), site.client.get(path)
            assert ours.status_code == reference.status_code == 200, path
            assert ours.content == reference.data, path
            assert ours.headers.get("content-type") == reference.headers["Content-Type"], path
            etag = reference.headers.get("ETag")
            assert ours.headers.get("etag") == etag, path
            if etag:
                again = client.get(path, headers={"If-None-Match": etag})
                assert again.status_code == 304, path
                assert again.content == b"", path
        gzipped = client.get("/feeds/kremlin.atom", headers={"Accept-Encoding": "gzip"})
        assert gzipped.headers.get("content-encoding") == "gzip"
        assert gzipped.content == site.client.get("/feeds/kremlin.atom").data
        assert client.get("/feeds/nope.atom").status_code == 404
