"""Redirects point at ``server.base_url``, whatever Host header the client sent."""

from __future__ import annotations

import pytest

from .conftest import BASE_URL, Site


@pytest.mark.parametrize(
    "path, target",
    [
        ("/feeds//all.atom", "/feeds/all.atom"),
        ("/feeds//all.atom?x=1", "/feeds/all.atom?x=1"),
        ("/sources//lemonde.rss", "/sources/lemonde.rss"),
    ],
)
def test_a_redirect_is_built_from_base_url_not_from_host(site: Site, path: str, target: str) -> None:
    response = site.client.get(path, headers={"Host": "evil.example"})
    assert 300 <= response.status_code < 400
    location = response.headers["Location"]
    assert "evil.example" not in location
    assert location == BASE_URL + target
    assert site.client.get(location.removeprefix(BASE_URL)).status_code == 200


def test_a_redirect_under_a_base_path(site: Site) -> None:
    from dataclasses import replace

    from aggregator.web import set_config

    set_config(
        site.app, replace(site.config, server=replace(site.config.server, base_url="https://example.org/agg"))
    )
    response = site.client.get("/feeds//all.atom", headers={"Host": "evil.example:666"})
    assert response.headers["Location"] == "https://example.org/agg/feeds/all.atom"
