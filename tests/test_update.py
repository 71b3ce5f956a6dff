"""The ingest pipeline end to end: the local feed server, the real fetcher, a real SQLite store."""

from __future__ import annotations

import email.utils
import hashlib
import logging
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import urljoin

import pytest
from pytest_httpserver import HTTPServer
from werkzeug.wrappers import Request, Response

from aggregator.config import Config
from aggregator.exceptions import ClaimLostError, FetchError, ParseError
from aggregator.fetch import Fetcher
from aggregator.politeness import HostLimiter
from aggregator.retag import TAGGING_SETTING, retag_if_needed
from aggregator.store import Store
from aggregator.types import Entry, UpdateResult
from aggregator.update import Updater, settle, update_due_sources

DATA = Path(__file__).parent / "data"

# SQLAlchemy 2.1 deprecates Result.tuples(), still called by the store (see
# tests/store/test_store.py::test_no_deprecated_sqlalchemy_api).
KREMLIN = '["kremlin", "poutine", "putin", "peskov"]'

#: guid (or title, for the entry without one) -> tags, for the three fixture feeds.
EXPECTED_TAGS = {
    "Le Kremlin confirme l’invitation de Vladimir Poutine au « Conseil de paix »": {
        "monde",
        "russie",
        "diplomatie",
        "kremlin",
    },
    "Élections municipales : les premiers résultats à Lyon": {"monde", "politique"},
    "La Russie expulse un diplomate britannique accusé d’espionnage": {
        "monde",
        "tmp-x",
        "guerre-en-ukraine",
        "kremlin",
    },
    "Un article sans guid ni lien": {"monde", "kremlin"},
    "Guerre en Ukraine : rencontre entre Poutine et des envoyés américains": {
        "france24",
        "europe",
        "kremlin",
    },
    "Le Kremlin salue la volonté de certains pays européens de renouer le dialogue": {"france24", "kremlin"},
    "Football : le PSG s'impose": {"france24"},
    "Pour Peskov, l’Europe « change de ton »": {"elysee", "kremlin"},
    "Les exportations de blé atteignent un record": set(),
}


# -- a feed whose body and status the test changes --------------------------------------------


@dataclass
class Mutable:
    """What /mutable/<name> answers: a body (with validators and 304s) or an error status."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "application/rss+xml"
    #: False: no ETag, no Last-Modified, never a 304 (many sites, most archive pages).
    validators: bool = True

    def handler(self, request: Request) -> Response:
        if self.status != 200:
            return Response("error", status=self.status, headers=self.headers)
        response = Response(self.body, content_type=self.content_type, headers=self.headers)
        if not self.validators:
            return response
        response.set_etag(hashlib.sha1(self.body).hexdigest())
        return response.make_conditional(request)


@pytest.fixture
def mutable(feed_server: HTTPServer) -> Callable[[str], tuple[Mutable, str]]:
    def make(name: str) -> tuple[Mutable, str]:
        feed = Mutable()
        path = f"/mutable/{name}"
        feed_server.expect_request(path).respond_with_handler(feed.handler)
        return feed, feed_server.url_for(path)

    return make


# -- the pipeline -----------------------------------------------------------------------------


@pytest.fixture
def make_updater(store: Store, write_config: Callable[..., Config]) -> Iterator[Callable[[str], Updater]]:
    """Write the config, sync the store to it, and build an Updater (fetcher closed after)."""
    fetchers: list[Fetcher] = []

    def make(text: str) -> Updater:
        config = write_config(text)
        store.sync_sources(config.sources, datetime.now(UTC))
        store.sync_tags(config.tags)
        fetcher = Fetcher(config.fetch)
        fetchers.append(fetcher)
        return Updater(config=config, store=store, fetcher=fetcher)

    yield make
    for fetcher in fetchers:
        fetcher.close()


def run(updater: Updater, *names: str) -> dict[str, UpdateResult]:
    """One ingest pass over the named (or all) sources, as ``aggregator fetch`` does."""
    with ThreadPoolExecutor(4) as pool:
        dispatch = update_due_sources(
            updater,
            HostLimiter(pool, updater.config.fetch.max_per_host),
            limit=100,
            names=names or None,
            due_only=False,
        )
        results = [f.result(timeout=30) for f in dispatch.futures.values()]
    return {r.source: r for r in results}


def config_text(feed_url: Callable[[str], str], extra: str = "", keywords: str = KREMLIN) -> str:
    return f"""
        [scheduler]
        interval = "1h"

        [tags.kremlin]
        title = "Kremlin"
        keywords = {keywords}

        [[sources]]
        name = "lemonde"
        url = "{feed_url("lemonde.rss")}"
        type = "feed"
        tags = ["monde"]
        category_tags = true

        [[sources]]
        name = "france24"
        url = "{feed_url("france24.atom")}"
        tags = ["france24"]
        category_tags = true

        [[sources]]
        name = "courrier"
        url = "{feed_url("courrier.rdf")}"
        category_tags = true
        {extra}
        """


def tags_by_title(entries: list[Entry]) -> dict[str | None, set[str]]:
    return {e.data.title: set(e.tags) for e in entries}


@pytest.fixture
def updater(make_updater: Callable[[str], Updater], feed_url: Callable[[str], str]) -> Updater:
    return make_updater(config_text(feed_url))


# -- tests ------------------------------------------------------------------------------------


def test_first_pass_stores_every_entry_with_its_tags(updater: Updater, store: Store) -> None:
    before = datetime.now(UTC)
    results = run(updater)
    after = datetime.now(UTC)

    assert {name: (r.ok, r.new, r.updated, r.status) for name, r in results.items()} == {
        "lemonde": (True, 4, 0, 200),
        "france24": (True, 3, 0, 200),
        "courrier": (True, 2, 0, 200),
    }
    assert tags_by_title(store.all_entries(100)) == EXPECTED_TAGS
    assert store.entry_count() == 9

    kremlin = store.tag_entries("kremlin", 100)
    assert len(kremlin) == 6
    sort_dates = [e.sort_date for e in kremlin]
    assert sort_dates == sorted(sort_dates, reverse=True)
    assert store.tag("kremlin").title == "Kremlin"
    assert store.tag("guerre-en-ukraine").title == "Guerre en Ukraine"
    assert store.tag("elysee").title == "Élysée"

    # courrier has two dated entries: too few for a rhythm, so scheduler.interval (1h). The
    # others last published in January 2026: a silence that long is read as a slow source,
    # polled at max_interval (1d, jitter only shortens it).
    expected = {
        "lemonde": (timedelta(hours=21.5), timedelta(days=1), "rhythm"),
        "france24": (timedelta(hours=21.5), timedelta(days=1), "rhythm"),
        "courrier": (timedelta(minutes=53), timedelta(minutes=67), "default"),
    }
    for name, (low, high, basis) in expected.items():
        info = store.source(name)
        assert info.error is None and info.failures == 0 and info.status == 200
        assert info.last_fetch is not None and before <= info.last_fetch <= after
        assert info.next_fetch is not None
        assert before + low < info.next_fetch <= after + high
        assert results[name].next_fetch == info.next_fetch
        assert results[name].basis == basis
        state = store.source_state(name)
        assert state.etag and state.last_modified
    assert store.source("lemonde").title == "Le Monde.fr - International"
    assert store.source("france24").link == "https://www.france24.example/fr/europe/"


def test_entries_are_sanitized_and_absolute(
    updater: Updater, store: Store, feed_url: Callable[[str], str]
) -> None:
    run(updater, "lemonde", "france24")
    by_title = {e.data.title: e for e in store.all_entries(100)}
    diplomate = by_title["La Russie expulse un diplomate britannique accusé d’espionnage"]
    assert diplomate.data.content is not None and diplomate.data.summary is not None
    for html in (diplomate.data.content, diplomate.data.summary):
        assert "<script" not in html and "<iframe" not in html and "javascript:" not in html
        assert "onclick" not in html and "onerror" not in html
    # relative URLs resolve against the document's own URL (no xml:base in these feeds)
    assert diplomate.data.enclosures[0].url == urljoin(feed_url("lemonde.rss"), "/audio/diplomate.mp3")
    rencontre = by_title["Guerre en Ukraine : rencontre entre Poutine et des envoyés américains"]
    assert rencontre.data.url == urljoin(feed_url("france24.atom"), "/fr/europe/20260120-ukraine-rencontre")


def test_second_pass_is_not_modified_and_changes_nothing(
    updater: Updater, store: Store, feed_server: HTTPServer
) -> None:
    run(updater)
    entries = store.all_entries(100)
    tags = store.list_tags()
    feed_server.clear_log()

    results = run(updater)
    assert {name: (r.ok, r.not_modified, r.status, r.new, r.updated) for name, r in results.items()} == {
        name: (True, True, 304, 0, 0) for name in ("lemonde", "france24", "courrier")
    }
    assert len(feed_server.log) == 3
    assert all("If-None-Match" in request.headers for request, _ in feed_server.log)
    assert store.all_entries(100) == entries
    assert store.list_tags() == tags
    assert all(
        store.source(n).status == 304 and store.source(n).error is None
        for n in ("lemonde", "france24", "courrier")
    )


def test_a_pass_that_does_not_wait_for_its_304s_commits_settles_them(updater: Updater, store: Store) -> None:
    """``aggregator fetch`` records its 304s without waiting for each commit
    (``defer_commits``): once settled, the results and the store are what waiting gave."""
    run(updater)
    updater.defer_commits = True
    results = settle(updater, list(run(updater).values()))
    assert {r.source: (r.ok, r.not_modified, r.status) for r in results} == {
        name: (True, True, 304) for name in ("lemonde", "france24", "courrier")
    }
    assert updater.pending == {}
    assert all(store.source(n).status == 304 for n in ("lemonde", "france24", "courrier"))
    # Claims released with the commit: every source can be claimed again.
    again = store.claim_due_sources(datetime.now(UTC), limit=5, lease=timedelta(minutes=5), due_only=False)
    assert len(again) == 3


def test_a_304_whose_claim_was_lost_is_an_error_once_settled(updater: Updater, store: Store) -> None:
    run(updater)
    updater.defer_commits = True
    (state,) = store.claim_due_sources(
        datetime.now(UTC), limit=1, lease=timedelta(minutes=5), names=["courrier"], due_only=False
    )
    # Another worker takes the source over (its lease ran out, say) before the 304 is stored.
    store.release_claims(["courrier"])
    store.claim_due_sources(
        datetime.now(UTC), limit=1, lease=timedelta(minutes=5), names=["courrier"], claimer="other"
    )
    fetched = updater.update_source(state)
    assert fetched.not_modified and "courrier" in updater.pending
    (settled,) = settle(updater, [fetched])
    assert not settled.ok and isinstance(settled.error, ClaimLostError)
    assert store.source("courrier").status == 200  # the first pass's: the 304 was not stored


@pytest.mark.slow
def test_changed_feed_updates_the_edited_entry_in_place(
    make_updater: Callable[[str], Updater], store: Store, mutable: Callable[[str], tuple[Mutable, str]]
) -> None:
    feed, url = mutable("lemonde.rss")
    original = (DATA / "feed" / "lemonde.rss").read_bytes()
    feed.body = original
    updater = make_updater(f"""
        [tags.kremlin]
        keywords = {KREMLIN}
        [[sources]]
        name = "lemonde"
        url = "{url}"
        """)
    assert run(updater)["lemonde"].new == 4
    before = {e.data.guid: e for e in store.source_entries("lemonde", 100)}

    old_title = "Élections municipales : les premiers résultats à Lyon"
    new_title = "Élections municipales : Vladimir Poutine félicite Lyon"
    feed.body = original.replace(old_title.encode(), new_title.encode())
    result = run(updater)["lemonde"]
    assert (result.ok, result.new, result.updated, result.unchanged) == (True, 0, 1, 3)

    after = {e.data.guid: e for e in store.source_entries("lemonde", 100)}
    assert after.keys() == before.keys()
    (guid,) = [g for g in after if after[g].data.title != before[g].data.title]
    assert after[guid].data.title == new_title
    assert after[guid].id == before[guid].id
    assert after[guid].first_seen == before[guid].first_seen
    assert after[guid].changed_at > before[guid].changed_at
    assert "kremlin" in after[guid].tags
    assert {g: e for g, e in after.items() if g != guid} == {g: e for g, e in before.items() if g != guid}
    assert store.entry_count() == 4


def test_the_same_body_again_is_not_parsed_again(
    make_updater: Callable[[str], Updater],
    store: Store,
    feed_server: HTTPServer,
    mutable: Callable[[str], tuple[Mutable, str]],
) -> None:
    """A server without validators sends the whole body at every poll: the bytes stored
    last time count as a 304 (nothing parsed, nothing written but the fetch's record)."""
    feed, url = mutable("lemonde.rss")
    original = (DATA / "feed" / "lemonde.rss").read_bytes()
    feed.body, feed.validators = original, False
    updater = make_updater(f'[[sources]]\nname = "lemonde"\nurl = "{url}"\n')
    assert run(updater)["lemonde"].new == 4
    entries = store.source_entries("lemonde", 100)
    changed = store.source("lemonde").changed_at
    feed_server.clear_log()

    result = run(updater)["lemonde"]
    assert (result.ok, result.not_modified, result.status, result.new, result.updated) == (
        True,
        True,
        200,
        0,
        0,
    )
    ((request, response),) = feed_server.log
    assert "If-None-Match" not in request.headers and response.status_code == 200
    assert store.source_entries("lemonde", 100) == entries
    assert store.source("lemonde").changed_at == changed
    assert (store.source("lemonde").status, store.source("lemonde").error) == (200, None)

    # Other bytes are read; then they are the ones not read again.
    feed.body = original.replace("premiers résultats".encode(), "résultats définitifs".encode())
    result = run(updater)["lemonde"]
    assert (result.not_modified, result.new, result.updated) == (False, 0, 1)
    assert run(updater)["lemonde"].not_modified


def test_the_same_body_read_with_other_settings_is_parsed_again(
    make_updater: Callable[[str], Updater], store: Store, mutable: Callable[[str], tuple[Mutable, str]]
) -> None:
    """Raising fetch.max_entries brings the entries the last reading of the same document
    left out: the hash of a body covers how it was read."""
    feed, url = mutable("lemonde.rss")
    feed.body, feed.validators = (DATA / "feed" / "lemonde.rss").read_bytes(), False
    source = f'[[sources]]\nname = "lemonde"\nurl = "{url}"\n'

    def fetch_table(max_entries: int) -> str:
        return f'[fetch]\nallow_private = ["127.0.0.1"]\nhost_delay = "0s"\nmax_entries = {max_entries}\n'

    assert run(make_updater(fetch_table(2) + source))["lemonde"].new == 2
    assert run(make_updater(fetch_table(2) + source))["lemonde"].not_modified
    result = run(make_updater(fetch_table(1000) + source))["lemonde"]
    assert (result.not_modified, result.new) == (False, 2)
    assert store.entry_count() == 4


def test_failing_source_is_recorded_and_the_others_are_ingested(
    make_updater: Callable[[str], Updater], store: Store, feed_url: Callable[[str], str]
) -> None:
    updater = make_updater(
        config_text(feed_url, extra="")
        + f"""
        [[sources]]
        name = "gone"
        url = "{feed_url("missing.rss")}"
        """
    )
    before = datetime.now(UTC)
    results = run(updater)
    after = datetime.now(UTC)
    gone = results["gone"]
    assert not gone.ok
    assert isinstance(gone.error, FetchError)
    assert gone.status == 404
    assert [results[n].new for n in ("lemonde", "france24", "courrier")] == [4, 3, 2]

    info = store.source("gone")
    assert info.error is not None and "404" in info.error
    assert (info.failures, info.status, info.entries) == (1, 404, 0)
    # first failure: min_interval (5 min) with up to 10% jitter
    assert info.next_fetch is not None
    assert before + timedelta(minutes=4.4) <= info.next_fetch <= after + timedelta(minutes=5.6)

    entries = store.all_entries(100)
    results = run(updater)
    assert not results["gone"].ok
    assert all(results[n].not_modified for n in ("lemonde", "france24", "courrier"))
    info = store.source("gone")
    assert info.failures == 2
    assert info.next_fetch is not None
    assert info.next_fetch >= datetime.now(UTC) + timedelta(minutes=8.9)  # doubled
    assert store.all_entries(100) == entries
    assert store.source("lemonde").error is None


def test_source_that_starts_failing_keeps_its_entries_and_validators(
    make_updater: Callable[[str], Updater], store: Store, mutable: Callable[[str], tuple[Mutable, str]]
) -> None:
    feed, url = mutable("france24.atom")
    feed.body = (DATA / "feed" / "france24.atom").read_bytes()
    updater = make_updater(f"""
        [[sources]]
        name = "f24"
        url = "{url}"
        """)
    run(updater)
    entries = store.all_entries(100)
    etag = store.source_state("f24").etag
    assert etag

    feed.status = 500
    result = run(updater)["f24"]
    assert result.status == 500
    info = store.source("f24")
    assert (info.failures, info.status, info.entries) == (1, 500, 3)
    assert info.error and "500" in info.error
    assert store.source_state("f24").etag == etag
    assert store.all_entries(100) == entries

    feed.status = 200
    result = run(updater)["f24"]
    assert result.ok and result.not_modified
    info = store.source("f24")
    assert (info.failures, info.error) == (0, None)


HTML = b"""<!DOCTYPE html>
<html lang="fr"><head><title>Kremlin - Exemple</title></head>
<body><h1>Tag : Kremlin</h1>
<article><h2><a href="/a/1">Un article</a></h2><p>Le Kremlin a parl\xc3\xa9.</p></article>
</body></html>
"""


def test_html_page_for_a_feed_source_is_a_parse_error(
    make_updater: Callable[[str], Updater],
    store: Store,
    feed_url: Callable[[str], str],
    mutable: Callable[[str], tuple[Mutable, str]],
) -> None:
    page, url = mutable("page")
    page.body, page.content_type = HTML, "text/html; charset=utf-8"
    updater = make_updater(
        config_text(feed_url)
        + f"""
        [[sources]]
        name = "page"
        url = "{url}"
        type = "feed"
        """
    )
    results = run(updater)
    assert isinstance(results["page"].error, ParseError)
    info = store.source("page")
    assert info.error is not None and "HTML" in info.error
    assert (info.failures, info.status, info.entries) == (1, 200, 0)
    assert info.next_fetch is not None
    assert results["lemonde"].new == 4


def test_retry_after_sets_the_next_fetch(
    make_updater: Callable[[str], Updater], store: Store, mutable: Callable[[str], tuple[Mutable, str]]
) -> None:
    feed, url = mutable("busy")
    feed.status, feed.headers = 503, {"Retry-After": "7200"}
    updater = make_updater(f"""
        [[sources]]
        name = "busy"
        url = "{url}"
        """)
    result = run(updater)["busy"]
    assert isinstance(result.error, FetchError)
    assert result.error.retry_after == 7200
    info = store.source("busy")
    assert info.next_fetch is not None
    assert info.next_fetch >= datetime.now(UTC) + timedelta(hours=1.7)


def test_absurd_retry_after_is_capped_at_max_interval(
    make_updater: Callable[[str], Updater], store: Store, mutable: Callable[[str], tuple[Mutable, str]]
) -> None:
    """A Retry-After of three million years must not crash the update (update_source never
    raises) and waits at most scheduler.max_interval."""
    feed, url = mutable("absurd")
    feed.status, feed.headers = 503, {"Retry-After": "100000000000000"}
    updater = make_updater(f"""
        [[sources]]
        name = "absurd"
        url = "{url}"
        """)
    (state,) = store.claim_due_sources(datetime.now(UTC), limit=1, lease=timedelta(minutes=5))
    result = updater.update_source(state)
    assert not result.ok
    info = store.source("absurd")
    assert info.failures == 1
    assert info.next_fetch is not None
    assert info.next_fetch <= datetime.now(UTC) + timedelta(days=1.1)


def test_permanent_redirect_moves_the_source(
    make_updater: Callable[[str], Updater],
    store: Store,
    feed_server: HTTPServer,
    feed_url: Callable[[str], str],
) -> None:
    feed_server.expect_request("/old.rss").respond_with_data(
        "", status=301, headers={"Location": feed_url("courrier.rdf")}
    )
    updater = make_updater(f"""
        [[sources]]
        name = "courrier"
        url = "{feed_server.url_for("/old.rss")}"
        """)
    assert run(updater)["courrier"].new == 2
    assert store.source_state("courrier").url == feed_url("courrier.rdf")
    feed_server.clear_log()
    assert run(updater)["courrier"].not_modified
    assert [request.path for request, _ in feed_server.log] == ["/feed/courrier.rdf"]


@pytest.mark.parametrize("status", [301, 308])
def test_permanent_redirect_is_logged(
    status: int,
    make_updater: Callable[[str], Updater],
    store: Store,
    feed_server: HTTPServer,
    feed_url: Callable[[str], str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    old = feed_server.url_for(f"/old-{status}.rss")
    feed_server.expect_request(f"/old-{status}.rss").respond_with_data(
        "", status=status, headers={"Location": feed_url("courrier.rdf")}
    )
    updater = make_updater(f"""
        [[sources]]
        name = "courrier"
        url = "{old}"
        """)
    with caplog.at_level(logging.INFO, logger="aggregator"):
        assert run(updater)["courrier"].ok
    assert store.source_state("courrier").url == feed_url("courrier.rdf")
    (line,) = [r.getMessage() for r in caplog.records if "moved permanently" in r.getMessage()]
    assert line == (f"source moved permanently source=courrier from={old} url={feed_url('courrier.rdf')}")


@pytest.mark.parametrize("status", [302, 303, 307])
def test_temporary_redirect_keeps_the_url(
    status: int,
    make_updater: Callable[[str], Updater],
    store: Store,
    feed_server: HTTPServer,
    feed_url: Callable[[str], str],
) -> None:
    old = feed_server.url_for(f"/tmp-{status}.rss")
    feed_server.expect_request(f"/tmp-{status}.rss").respond_with_data(
        "", status=status, headers={"Location": feed_url("courrier.rdf")}
    )
    updater = make_updater(f"""
        [[sources]]
        name = "courrier"
        url = "{old}"
        """)
    assert run(updater)["courrier"].new == 2
    assert store.source_state("courrier").url == old
    feed_server.clear_log()
    run(updater)
    assert feed_server.log[0][0].path == f"/tmp-{status}.rss"


def test_source_removed_from_the_config_after_its_claim(
    make_updater: Callable[[str], Updater], store: Store, feed_url: Callable[[str], str]
) -> None:
    make_updater(config_text(feed_url))
    (state,) = store.claim_due_sources(
        datetime.now(UTC), limit=1, lease=timedelta(minutes=5), names=["courrier"]
    )
    smaller = make_updater(f"""
        [[sources]]
        name = "lemonde"
        url = "{feed_url("lemonde.rss")}"
        """)
    result = smaller.update_source(state)
    assert not result.ok
    assert "no longer in the configuration" in str(result.error)
    info = {s.name: s for s in store.list_sources(active_only=False)}["courrier"]
    assert info.entries == 0
    assert info.next_fetch is None
    # not the source's failure: nothing recorded, and the claim is given back
    assert info.error is None and info.failures == 0 and info.last_fetch is None
    make_updater(config_text(feed_url))  # back in the configuration
    claimed = store.claim_due_sources(
        datetime.now(UTC), limit=5, lease=timedelta(minutes=5), names=["courrier"], due_only=False
    )
    assert [s.name for s in claimed] == ["courrier"]


# -- retagging --------------------------------------------------------------------------------


def test_retag_after_a_keyword_rule_changes(
    make_updater: Callable[[str], Updater], store: Store, feed_url: Callable[[str], str]
) -> None:
    first = make_updater(config_text(feed_url))
    run(first)
    assert retag_if_needed(first.config, store) == 0  # first call: records the fingerprint
    assert store.get_setting(TAGGING_SETTING)
    assert len(store.tag_entries("kremlin", 100)) == 6

    # "Moscou" appears in two entries; one of them ("Lyon") did not match before.
    second = make_updater(config_text(feed_url, keywords='["kremlin", "poutine", "moscou"]'))
    assert retag_if_needed(second.config, store) == 2  # Lyon gains kremlin, Peskov loses it
    kremlin = {e.data.title for e in store.tag_entries("kremlin", 100)}
    assert "Élections municipales : les premiers résultats à Lyon" in kremlin
    assert "Pour Peskov, l’Europe « change de ton »" not in kremlin
    assert len(kremlin) == 6
    # the rest of each entry's tags is untouched
    lyon = tags_by_title(store.all_entries(100))["Élections municipales : les premiers résultats à Lyon"]
    assert lyon == {"monde", "politique", "kremlin"}


def test_retag_leaves_removed_sources_alone(
    make_updater: Callable[[str], Updater], store: Store, feed_url: Callable[[str], str]
) -> None:
    first = make_updater(config_text(feed_url))
    run(first)
    retag_if_needed(first.config, store)
    only_lemonde = make_updater(f"""
        [tags.kremlin]
        keywords = ["moscou"]
        [[sources]]
        name = "lemonde"
        url = "{feed_url("lemonde.rss")}"
        tags = ["monde"]
        category_tags = true
        """)
    retag_if_needed(only_lemonde.config, store)
    tags = tags_by_title(store.all_entries(100))
    assert tags["Pour Peskov, l’Europe « change de ton »"] == {"elysee", "kremlin"}
    assert tags["Le Kremlin confirme l’invitation de Vladimir Poutine au « Conseil de paix »"] == {
        "monde",
        "russie",
        "diplomatie",
    }


def test_retag_after_source_tags_change(
    make_updater: Callable[[str], Updater], store: Store, feed_url: Callable[[str], str]
) -> None:
    first = make_updater(config_text(feed_url))
    run(first)
    retag_if_needed(first.config, store)
    second = make_updater(config_text(feed_url).replace('tags = ["monde"]', 'tags = ["le-monde"]'))
    assert retag_if_needed(second.config, store) == 4
    assert len(store.tag_entries("le-monde", 100)) == 4
    assert [t.slug for t in store.list_tags() if t.slug == "monde"] == []


def test_retag_does_nothing_when_nothing_changed(
    make_updater: Callable[[str], Updater],
    store: Store,
    feed_url: Callable[[str], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    updater = make_updater(config_text(feed_url))
    run(updater)
    retag_if_needed(updater.config, store)
    entries = store.all_entries(100)

    def must_not_run(*args: object, **kwargs: object) -> None:
        raise AssertionError("retag read the entries although nothing changed")

    monkeypatch.setattr(store, "iter_entries_for_tagging", must_not_run)
    monkeypatch.setattr(store, "replace_tags", must_not_run)
    same = make_updater(config_text(feed_url))
    assert retag_if_needed(same.config, store) == 0
    assert store.all_entries(100) == entries


# -- scheduling after a success ---------------------------------------------------------------


def rss(dates: list[datetime], channel: str = "") -> bytes:
    """An RSS document with one entry per date (newest first)."""
    items = "".join(
        f"<item><title>entry {i}</title><guid>urn:e:{d.isoformat()}</guid>"
        f"<pubDate>{email.utils.format_datetime(d)}</pubDate></item>"
        for i, d in enumerate(dates)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{channel}{items}</channel></rss>'
    ).encode()


def hourly(count: int, newest: datetime, step: timedelta = timedelta(hours=1)) -> list[datetime]:
    return [(newest - step * i).replace(microsecond=0) for i in range(count)]


def one_source(make_updater: Callable[[str], Updater], url: str, extra: str = "") -> Updater:
    return make_updater(f"""
        [scheduler]
        interval = "1h"
        min_interval = "5m"
        max_interval = "1d"
        [[sources]]
        name = "s"
        url = "{url}"
        {extra}
        """)


def delay(store: Store, result: UpdateResult) -> timedelta:
    info = store.source("s")
    assert info.next_fetch is not None and info.last_fetch is not None
    assert result.next_fetch == info.next_fetch
    return info.next_fetch - info.last_fetch


def test_a_source_posting_hourly_is_polled_every_half_hour(
    make_updater: Callable[[str], Updater], store: Store, mutable: Callable[[str], tuple[Mutable, str]]
) -> None:
    feed, url = mutable("hourly")
    feed.body = rss(hourly(10, datetime.now(UTC)))
    result = run(one_source(make_updater, url))["s"]
    assert result.basis == "rhythm"
    assert timedelta(minutes=27) <= delay(store, result) <= timedelta(minutes=33)


def test_a_source_posting_weekly_is_polled_at_max_interval(
    make_updater: Callable[[str], Updater], store: Store, mutable: Callable[[str], tuple[Mutable, str]]
) -> None:
    feed, url = mutable("weekly")
    feed.body = rss(hourly(10, datetime.now(UTC), step=timedelta(weeks=1)))
    result = run(one_source(make_updater, url))["s"]
    assert result.basis == "rhythm"
    assert timedelta(hours=21.5) <= delay(store, result) <= timedelta(days=1)


def test_a_configured_interval_is_not_adapted(
    make_updater: Callable[[str], Updater], store: Store, mutable: Callable[[str], tuple[Mutable, str]]
) -> None:
    feed, url = mutable("fixed")
    feed.body = rss(hourly(10, datetime.now(UTC), step=timedelta(weeks=1)))
    result = run(one_source(make_updater, url, 'interval = "15m"'))["s"]
    assert result.basis == "interval"
    assert timedelta(minutes=13.4) <= delay(store, result) <= timedelta(minutes=16.6)


def test_the_rhythm_is_learned_across_fetches(
    make_updater: Callable[[str], Updater], store: Store, mutable: Callable[[str], tuple[Mutable, str]]
) -> None:
    """A feed that lists only its two newest entries: the stored ones give the rhythm."""
    feed, url = mutable("short")
    dates = hourly(3, datetime.now(UTC))
    feed.body = rss(dates[1:])
    updater = one_source(make_updater, url)
    assert run(updater)["s"].basis == "default"
    feed.body = rss(dates[:2])
    result = run(updater)["s"]
    assert (result.new, result.basis) == (1, "rhythm")
    assert store.recent_entry_dates("s", 10) == dates


def test_cache_control_max_age_is_a_lower_bound(
    make_updater: Callable[[str], Updater], store: Store, mutable: Callable[[str], tuple[Mutable, str]]
) -> None:
    feed, url = mutable("cached")
    feed.body = rss([])
    feed.headers = {"Cache-Control": "public, max-age=10800"}
    updater = one_source(make_updater, url)
    result = run(updater)["s"]
    assert result.basis == "upstream"
    assert timedelta(hours=3) <= delay(store, result) <= timedelta(hours=3.3)
    # the 304 carries the header too, and it still holds
    result = run(updater)["s"]
    assert result.not_modified and result.basis == "upstream"
    assert timedelta(hours=3) <= delay(store, result) <= timedelta(hours=3.3)


def test_expires_is_a_lower_bound(
    make_updater: Callable[[str], Updater], store: Store, mutable: Callable[[str], tuple[Mutable, str]]
) -> None:
    feed, url = mutable("expires")
    feed.body = rss([])
    when = datetime.now(UTC) + timedelta(hours=5)
    feed.headers = {"Expires": email.utils.format_datetime(when, usegmt=True)}
    result = run(one_source(make_updater, url))["s"]
    assert result.basis == "upstream"
    assert timedelta(hours=4.9) <= delay(store, result) <= timedelta(hours=5.6)


def test_rss_ttl_is_a_lower_bound_and_outlives_a_304(
    make_updater: Callable[[str], Updater], store: Store, mutable: Callable[[str], tuple[Mutable, str]]
) -> None:
    feed, url = mutable("ttl")
    feed.body = rss([], channel="<ttl>240</ttl>")
    updater = one_source(make_updater, url)
    result = run(updater)["s"]
    assert result.basis == "upstream"
    assert timedelta(hours=4) <= delay(store, result) <= timedelta(hours=4.4)
    assert store.source_state("s").feed_ttl == timedelta(hours=4)
    result = run(updater)["s"]
    assert result.not_modified
    assert timedelta(hours=4) <= delay(store, result) <= timedelta(hours=4.4)


def test_hints_never_go_past_max_interval(
    make_updater: Callable[[str], Updater], store: Store, mutable: Callable[[str], tuple[Mutable, str]]
) -> None:
    feed, url = mutable("ttl-year")
    feed.body = rss([], channel="<ttl>525600</ttl>")
    feed.headers = {"Cache-Control": "max-age=31536000"}
    result = run(one_source(make_updater, url))["s"]
    assert delay(store, result) == timedelta(days=1)


def test_a_short_hint_does_not_make_polling_faster(
    make_updater: Callable[[str], Updater], store: Store, mutable: Callable[[str], tuple[Mutable, str]]
) -> None:
    feed, url = mutable("short-ttl")
    feed.body = rss([], channel="<ttl>1</ttl>")
    feed.headers = {"Cache-Control": "max-age=60"}
    result = run(one_source(make_updater, url))["s"]
    assert result.basis == "default"
    assert timedelta(minutes=53) <= delay(store, result) <= timedelta(minutes=67)


# -- 410 Gone ---------------------------------------------------------------------------------


def test_gone_disables_the_source_and_keeps_its_entries(
    make_updater: Callable[[str], Updater], store: Store, mutable: Callable[[str], tuple[Mutable, str]]
) -> None:
    feed, url = mutable("gone")
    feed.body = (DATA / "feed" / "lemonde.rss").read_bytes()
    updater = one_source(make_updater, url)
    assert run(updater)["s"].new == 4
    feed.status = 410
    result = run(updater)["s"]
    assert (result.status, result.basis, result.next_fetch) == (410, "disabled", None)
    info = store.source("s")
    assert info.disabled and info.next_fetch is None and info.entries == 4
    assert info.error is not None and "aggregator enable s" in info.error
    assert (
        store.claim_due_sources(datetime.now(UTC) + timedelta(days=30), limit=10, lease=timedelta(minutes=5))
        == []
    )


@pytest.mark.slow
def test_gone_advertised_feed_falls_back_to_the_page(
    make_updater: Callable[[str], Updater], store: Store, feed_server: HTTPServer
) -> None:
    """A 410 from the feed an HTML page advertises drops that feed, not the source."""
    page = Mutable(content_type="text/html; charset=utf-8")
    page.body = HTML.replace(
        b"<title>", b'<link rel="alternate" type="application/rss+xml" href="/tag/kremlin/feed/"><title>'
    )
    feed = Mutable(body=rss(hourly(3, datetime.now(UTC))))
    feed_server.expect_request("/tag/kremlin/").respond_with_handler(page.handler)
    feed_server.expect_request("/tag/kremlin/feed/").respond_with_handler(feed.handler)
    updater = one_source(make_updater, feed_server.url_for("/tag/kremlin/"))
    assert run(updater)["s"].new == 3
    assert store.source("s").via == feed_server.url_for("/tag/kremlin/feed/")
    feed.status = 410
    result = run(updater)["s"]
    assert result.status == 410 and result.basis == "backoff"
    info = store.source("s")
    assert not info.disabled and info.via is None and info.next_fetch is not None
    result = run(updater)["s"]
    assert result.ok and result.new == 1  # the page itself


def test_max_entries_bounds_what_one_fetch_takes(
    make_updater: Callable[[str], Updater], store: Store, mutable: Callable[[str], tuple[Mutable, str]]
) -> None:
    feed, url = mutable("many")
    dates = hourly(30, datetime.now(UTC))
    feed.body = rss(dates)
    updater = make_updater(f"""
        [fetch]
        allow_private = ["127.0.0.1"]
        host_delay = "0s"
        max_entries = 10
        [[sources]]
        name = "s"
        url = "{url}"
        """)
    assert run(updater)["s"].new == 10
    # the first ten of the document: its newest
    assert store.recent_entry_dates("s", 100) == dates[:10]
