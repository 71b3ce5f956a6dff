"""The pages to read: /tags/<slug> and /sources/<name>, through Flask's test client over a
store filled by ``aggregator fetch`` (tests/web/conftest.py)."""

from __future__ import annotations

import json
from collections.abc import Callable

import lxml.html
import pytest

from aggregator.config import Config
from aggregator.exceptions import ConfigError
from aggregator.store import Store
from aggregator.web import create_app

from .conftest import Site, site_toml
from .test_views import KREMLIN


def page(site: Site, path: str) -> lxml.html.HtmlElement:
    r = site.client.get(path)
    assert r.status_code == 200, r.data
    assert r.content_type == "text/html; charset=utf-8"
    return lxml.html.fromstring(r.data)


def test_tag_page_lists_the_latest_entries_with_links_sources_dates_and_summaries(site: Site) -> None:
    doc = page(site, "/tags/kremlin")
    feed = json.loads(site.client.get("/feeds/kremlin.json").data)["items"]
    items = doc.xpath("//ol[@class='entries']/li")
    assert [li.xpath("string(h2)").strip() for li in items] == [i["title"] for i in feed]
    assert sorted(t for t in (li.xpath("string(h2)").strip() for li in items)) == sorted(KREMLIN)
    for li, item in zip(items, feed, strict=True):
        assert li.xpath("string(h2/a/@href)") == item.get("url", "")
        time = li.xpath(".//time")[0]
        assert time.get("datetime").endswith("+00:00") and time.text_content().endswith(" UTC")
        source = li.xpath("string(.//div[@class='muted']/a)")
        assert source in ("lemonde", "france24", "courrier")
        assert li.xpath("string(.//div[@class='muted']/a/@href)") == f"http://feeds.test/sources/{source}"
    summary = doc.xpath("//li[h2/a[contains(@href, 'poutine-conseil-de-paix')]]/p")[0]
    assert summary.text_content().startswith("Le porte-parole de la présidence russe")
    subscribe = {a.text_content(): a.get("href") for a in doc.xpath("//p[contains(@class, 'formats')]/a")}
    assert subscribe == {
        "Atom": "http://feeds.test/feeds/kremlin.atom",
        "RSS": "http://feeds.test/feeds/kremlin.rss",
        "JSON Feed": "http://feeds.test/feeds/kremlin.json",
    }
    assert doc.xpath("//head/link[@rel='alternate']/@href")[0] == "http://feeds.test/feeds/kremlin.atom"
    assert "<script" not in site.client.get("/tags/kremlin").get_data(True)


def test_all_and_unknown_tags(site: Site) -> None:
    assert len(page(site, "/tags/all").xpath("//ol[@class='entries']/li/h2")) > len(KREMLIN)
    assert site.client.get("/tags/nope").status_code == 404


def test_source_page_by_configured_name_beside_the_feed_routes(site: Site) -> None:
    doc = page(site, "/sources/lemonde")
    assert doc.xpath("string(//h1)").split()[0] == "lemonde"
    assert "Le Monde.fr - International" in doc.xpath("string(//h1/span)")
    assert {li.xpath("string(.//div[@class='muted']/a)") for li in doc.xpath("//ol/li")} == {"lemonde"}
    # the feeds of the same name still answer as feeds
    for fmt, kind in (
        ("atom", "application/atom+xml"),
        ("rss", "application/rss+xml"),
        ("json", "application/feed+json"),
    ):
        r = site.client.get(f"/sources/lemonde.{fmt}")
        assert r.status_code == 200 and r.content_type.startswith(kind)
    assert site.client.get("/sources/nope").status_code == 404


def test_index_names_sources_and_links_the_pages(site: Site) -> None:
    doc = page(site, "/")
    names = doc.xpath("//section[@aria-labelledby='sources-h']//td[1]/a[1]")
    assert {a.text_content(): a.get("href") for a in names} == {
        n: f"http://feeds.test/sources/{n}" for n in ("lemonde", "france24", "courrier")
    }
    assert "http://feeds.test/tags/kremlin" in doc.xpath("//a/@href")
    all_row = doc.xpath("//tr[td/a[@href='http://feeds.test/tags/all']]")[0]
    assert all_row.xpath(".//time"), "the 'All entries' row shows its latest entry"


def test_pages_show_times_in_the_configured_timezone(
    write_config: Callable[..., Config], feed_url: Callable[[str], str]
) -> None:
    from aggregator.cli import main

    config = write_config(site_toml(feed_url).replace("[server]", '[server]\ntimezone = "Europe/Paris"'))
    assert config.server.timezone == "Europe/Paris"
    assert main(["fetch", "--config", str(config.path)]) == 0
    store = Store(config.database.url)
    try:
        client = create_app(config, store).test_client()
        doc = lxml.html.fromstring(client.get("/tags/kremlin").data)
        times = doc.xpath("//ol/li//time")
        assert times and all(t.get("datetime").endswith(("+01:00", "+02:00")) for t in times)
        assert all(t.text_content().endswith((" CET", " CEST")) for t in times)
        assert (
            lxml.html.fromstring(client.get("/").data)
            .xpath("//time")[0]
            .text_content()
            .endswith((" CET", " CEST"))
        )
    finally:
        store.close()


def test_server_timezone_is_checked(write_config: Callable[..., Config]) -> None:
    with pytest.raises(ConfigError, match=r"server\.timezone"):
        write_config('[server]\ntimezone = "Mars/Olympus"\n')
