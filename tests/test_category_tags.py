"""Tags from remote categories (issue 13): opt-in per source (``category_tags``), at most
MAX_CATEGORY_TAGS_PER_FETCH from one fetch, MAX_CATEGORY_TAGS in the database, and an index
page that lists a bounded number of tags. One 1.9 MB feed once made 50,000 tags."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from pytest_httpserver import HTTPServer

from aggregator.cli import main
from aggregator.config import Config, SourceConfig
from aggregator.normalize import content_hash
from aggregator.pages import INDEX_TAGS
from aggregator.store import Store, _links
from aggregator.tag import MAX_CATEGORY_TAGS_PER_FETCH
from aggregator.types import EntryData, SourceUpdate, TaggedEntry
from aggregator.web import create_app

NOW = datetime(2026, 1, 20, 12, tzinfo=UTC)


def category_bomb(items: int = 1000, per_item: int = 50) -> bytes:
    """An RSS feed whose every item has ``per_item`` categories of its own (50,000 in all,
    about 1.9 MB: the attack of the issue)."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>bomb</title><link>https://bomb.example/</link><description>x</description>"
    ]
    for i in range(items):
        cats = "".join(f"<category>category number {i} {j}</category>" for j in range(per_item))
        out.append(
            f"<item><title>item {i}</title><link>https://bomb.example/{i}</link>"
            f"<guid>https://bomb.example/{i}</guid>{cats}</item>"
        )
    out.append("</channel></rss>")
    return "".join(out).encode()


@pytest.mark.slow  # 2 to 4 s: a 1.9 MB feed through fetch, parse and store
@pytest.mark.parametrize("opt_in", [False, True])
def test_a_feed_of_50000_categories_makes_a_bounded_number_of_tags(
    write_config: Callable[..., Config],
    httpserver: HTTPServer,
    opt_in: bool,
    capsys: pytest.CaptureFixture[str],
) -> None:
    body = category_bomb()
    assert len(body) > 1_800_000
    httpserver.expect_request("/bomb.rss").respond_with_data(body, content_type="application/rss+xml")
    config = write_config(f"""
        [tags.kremlin]
        keywords = ["kremlin"]

        [[sources]]
        name = "bomb"
        url = "{httpserver.url_for("/bomb.rss")}"
        tags = ["own"]
        {"category_tags = true" if opt_in else ""}
        """)
    assert main(["fetch", "--config", str(config.path)]) == 0
    assert "bomb: ok, 1000 new" in capsys.readouterr().out
    store = Store(config.database.url)
    try:
        tags = {t.slug: t for t in store.list_tags()}
    finally:
        store.close()
    from_categories = set(tags) - {"kremlin", "own"}
    assert tags["own"].entries == 1000
    if opt_in:
        assert len(from_categories) == MAX_CATEGORY_TAGS_PER_FETCH
        assert "category-number-0-0" in from_categories  # the newest entries' first
    else:
        assert from_categories == set()  # a source's categories are not tags unless it says so


def entry(guid: str, *categories: str) -> EntryData:
    data = EntryData(
        guid=guid,
        url=f"https://news.example/{guid}",
        title=f"Title {guid}",
        summary=None,
        content=None,
        author=None,
        published=NOW,
        updated=None,
        categories=categories,
    )
    return replace(data, content_hash=content_hash(data))


def store_with(
    store: Store, name: str, *entries: tuple[EntryData, frozenset[str]], category_tags: frozenset[str]
) -> None:
    store.apply_update(
        SourceUpdate(
            name=name,
            fetched_at=NOW,
            next_fetch=NOW + timedelta(hours=1),
            status=200,
            entries=tuple(TaggedEntry(data, tags) for data, tags in entries),
            category_tags=category_tags,
        )
    )


def test_category_tags_in_the_database_are_capped(any_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # The real limit (2,000) lowered: the same code path, at a size a test can afford.
    monkeypatch.setattr(_links, "MAX_CATEGORY_TAGS", 30)
    any_store.sync_sources(
        [SourceConfig(name=n, url=f"https://{n}.example/feed") for n in ("a", "b", "c")], NOW
    )
    for name in ("a", "b"):
        cats = frozenset(f"{name}-cat-{i}" for i in range(20))
        store_with(any_store, name, (entry(f"{name}1"), cats | {"shared"}), category_tags=cats | {"shared"})
    slugs = {t.slug for t in any_store.list_tags()}
    assert len(slugs) == 30  # 21 of a's, then 9 of b's: the limit
    assert "shared" in slugs
    # At the limit: an existing category tag is still linked, a new one is not created, and
    # a source's own configured tag always is.
    store_with(
        any_store,
        "c",
        (entry("c1"), frozenset({"shared", "c-new", "c-own"})),
        category_tags=frozenset({"shared", "c-new"}),
    )
    (c1,) = any_store.source_entries("c", 10)
    assert c1.tags == ("c-own", "shared")
    assert "c-new" not in {t.slug for t in any_store.list_tags()}


def test_the_index_lists_a_bounded_number_of_tags(write_config: Callable[..., Config], store: Store) -> None:
    config = write_config(
        '[tags.kremlin]\nkeywords = ["kremlin"]\n[[sources]]\nname = "a"\nurl = "https://a.example/feed"\n'
    )
    store.sync_sources(config.sources, NOW)
    store.sync_tags(config.tags, NOW)
    extra = 50
    cats = [f"tag-{i:04d}" for i in range(INDEX_TAGS + extra)]
    for i in range(0, len(cats), 100):
        batch = frozenset(cats[i : i + 100])
        store_with(store, "a", (entry(f"e{i}"), batch), category_tags=batch)
    page = create_app(config, store).test_client().get("/").get_data(as_text=True)
    assert "/feeds/kremlin.atom" in page  # configured tags are always listed
    listed = sum(f"/feeds/{slug}.atom" in page for slug in cats)
    assert listed == INDEX_TAGS - 1
    assert f"and {extra + 1} more tags" in page
