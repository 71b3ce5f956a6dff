"""A malformed feed the liberal parser half-reads: its entries are kept, and the source
carries a warning (sources, sources --json, the index page, /metrics) until a clean fetch."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from aggregator.cli import main
from aggregator.config import Config
from aggregator.store import Store
from aggregator.web import create_app

BROKEN = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>T</title><link>https://e.example/</link>
<item><title>One</title><link>https://e.example/1</link><guid>1</guid></item>
<item><title>Two & three</title><link>https://e.example/2</link><guid>2</guid></item>
</channel></rss>"""
CLEAN = BROKEN.replace(b"Two & three", b"Two &amp; three")


def sources_json(capsys: pytest.CaptureFixture[str], config: Config) -> dict[str, object]:
    capsys.readouterr()
    assert main(["sources", "--json", "--config", str(config.path)]) == 0
    [source] = json.loads(capsys.readouterr().out)
    return source


def test_a_malformed_feed_is_kept_and_warned_until_a_clean_fetch(
    write_config: Callable[..., Config], httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    body = {"now": BROKEN}

    def handler(request: Request) -> Response:
        return Response(body["now"], content_type="application/rss+xml")

    httpserver.expect_request("/feed.xml").respond_with_handler(handler)
    config = write_config(f'[[sources]]\nname = "half"\nurl = "{httpserver.url_for("/feed.xml")}"\n')
    assert main(["fetch", "--config", str(config.path)]) == 0
    source = sources_json(capsys, config)
    assert source["error"] is None
    assert source["entries"] == 2
    assert source["warning"] == (
        "malformed XML at line 4, column 18: not well-formed (invalid "
        "token); entries were read as far as possible"
    )
    capsys.readouterr()
    main(["sources", "--config", str(config.path)])
    assert "warning: malformed XML at line 4, column 18" in capsys.readouterr().out

    store = Store(config.database.url)
    try:
        client = create_app(config, store).test_client()
        assert "warning: malformed XML at line 4, column 18" in client.get("/").get_data(True)
        assert "aggregator_sources_warning 1.0" in client.get("/metrics").get_data(True)

        # The same bytes again are not parsed again: the warning stays.
        assert main(["fetch", "--config", str(config.path)]) == 0
        assert sources_json(capsys, config)["warning"] is not None

        body["now"] = CLEAN
        assert main(["fetch", "--config", str(config.path)]) == 0
        source = sources_json(capsys, config)
        assert source["warning"] is None and source["error"] is None
        assert "warning:" not in client.get("/").get_data(True)
        assert "aggregator_sources_warning 0.0" in client.get("/metrics").get_data(True)
    finally:
        store.close()
