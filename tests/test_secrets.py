"""Secrets in source URLs stay secret (issue 13): userinfo and secret query parameters reach
the server we fetch from, and nowhere else — not the index page, the feeds, the static
export, ``/opml``, ``/metrics``, ``sources`` (text and JSON), the log or the command's
output. ``export-opml`` is the administrator's backup of the configuration: it keeps them."""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import DATA
from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Request, Response

from aggregator.cli import main
from aggregator.config import Config
from aggregator.redact import redact_text, redact_url, with_credentials
from aggregator.web import create_app, get_state

#: Every secret of the test, each distinct, so a leak names where it came from.
SECRETS = ("S3CRET-PASSWORD", "S3CRET-APIKEY", "S3CRET-SESSION", "S3CRET-TOKEN")


@pytest.fixture
def private_server(httpserver: HTTPServer) -> HTTPServer:
    """A feed behind basic auth and an API key (and a custom session parameter): 401 unless
    the request carries all of them, 404 for any other path."""
    body = (DATA / "feed" / "lemonde.rss").read_bytes()
    auth = "Basic " + base64.b64encode(b"alice:S3CRET-PASSWORD").decode()

    def handler(request: Request) -> Response:
        if request.path != "/private/feed.rss":
            return Response("not found", status=404)
        if (
            request.headers.get("Authorization") != auth
            or request.args.get("api_key") != "S3CRET-APIKEY"
            or request.args.get("session") != "S3CRET-SESSION"
        ):
            return Response("unauthorized", status=401)
        return Response(body, content_type="application/rss+xml")

    httpserver.expect_request("/private/feed.rss").respond_with_handler(handler)
    httpserver.expect_request("/private/missing.rss").respond_with_handler(handler)
    return httpserver


@pytest.fixture
def config(write_config: Callable[..., Config], private_server: HTTPServer) -> Config:
    base = private_server.url_for("/private/").replace("http://", "http://alice:S3CRET-PASSWORD@")
    return write_config(f"""
        [fetch]
        allow_private = ["127.0.0.1"]
        host_delay = "0s"
        secret_params = ["session"]

        [server]
        base_url = "http://feeds.test"

        [output]
        dir = "public"

        [[sources]]
        name = "private"
        url = "{base}feed.rss?api_key=S3CRET-APIKEY&session=S3CRET-SESSION&page=1"

        [[sources]]
        name = "missing"
        url = "{base}missing.rss?token=S3CRET-TOKEN"
        """)


def assert_no_secret(text: str, where: str) -> None:
    leaked = [s for s in SECRETS if s in text]
    context = [text[max(0, text.find(s) - 200) : text.find(s) + 50] for s in leaked]
    assert not leaked, (f"{where} shows {leaked}", context)


def test_redact_url() -> None:
    assert (
        redact_url("https://u:p@a.example:8443/f?API_KEY=1&x=2&key&sig=3#frag")
        == "https://a.example:8443/f?x=2#frag"
    )
    assert redact_url("https://a.example/feed?page=2") == "https://a.example/feed?page=2"
    assert redact_url("https://a.example/cb#access_token=1&state=2") == "https://a.example/cb#state=2"
    assert (
        with_credentials("https://a.example/p/2", "https://u:p@a.example/p/1") == "https://u:p@a.example/p/2"
    )
    assert (
        with_credentials("https://b.example/p/2", "https://u:p@a.example/p/1") == "https://b.example/p/2"
    )  # another origin never gets them
    assert (
        redact_text("failed at https://u:p@a.example/?token=1, retrying")
        == "failed at https://a.example/, retrying"
    )


def test_secrets_reach_the_server_and_nothing_we_publish(
    config: Config, private_server: HTTPServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fetch", "--config", str(config.path)]) == 0
    out, err = capsys.readouterr()
    assert re.search(r"^private: ok, [1-9]\d* new", out, re.M), out  # every credential sent
    # Our lines, not those of the test's own HTTP server (werkzeug logs its requests).
    log = "\n".join(line for line in err.splitlines() if " aggregator." in line)
    assert "missing: error: HTTP 404" in out
    assert "source fetched source=missing outcome=error" in log and "url=http://" in log
    assert_no_secret(out, "aggregator fetch")
    assert_no_secret(log, "the log")

    public_url = private_server.url_for("/private/feed.rss?page=1")
    assert main(["sources", "--json", "--config", str(config.path)]) == 0
    listed = {s["name"]: s for s in json.loads(capsys.readouterr().out)}
    assert listed["private"]["url"] == public_url
    assert main(["sources", "--config", str(config.path)]) == 0
    text = capsys.readouterr().out
    assert public_url in text
    assert_no_secret(text, "aggregator sources")

    app = create_app(config)
    client = app.test_client()
    pages = ["/", "/opml", "/metrics", "/healthz"] + [
        f"/{kind}.{fmt}"
        for kind in ("feeds/all", "sources/private", "sources/missing")
        for fmt in ("atom", "rss", "json")
    ]
    for path in pages:
        response = client.get(path)
        assert response.status_code == 200, path
        assert_no_secret(response.get_data(as_text=True), path)
    assert public_url in client.get("/").get_data(as_text=True)
    for fmt in ("atom", "rss", "json"):  # <source> links, RSS source url, JSON _source
        body = client.get(f"/feeds/all.{fmt}").get_data(as_text=True)
        assert public_url.replace("&", "&amp;") in body or public_url in body, fmt

    get_state(app).store.close()

    assert main(["export", "--config", str(config.path)]) == 0
    capsys.readouterr()
    files = [p for p in (tmp_path / "public").rglob("*") if p.is_file()]
    assert len(files) > 10
    for path in files:
        assert_no_secret(path.read_text(encoding="utf-8"), str(path))

    # The administrator's own backup of the configuration keeps what it needs to work.
    assert main(["export-opml", "--config", str(config.path)]) == 0
    assert "S3CRET-APIKEY" in capsys.readouterr().out


def test_an_unknown_secret_parameter_name_is_a_config_error(write_config: Callable[..., Config]) -> None:
    from aggregator.exceptions import ConfigError

    with pytest.raises(ConfigError, match=r"fetch.secret_params\[0\]"):
        write_config('[fetch]\nsecret_params = ["a b"]\n')
