"""Search: the full-text index agrees with the tag matcher, and /search.<fmt>?q= serves it."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest
from _validate import validate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from sqlalchemy import text
from sqlalchemy.orm import Session

from aggregator.config import Config, DatabaseConfig, OutputConfig, ServerConfig, SourceConfig
from aggregator.feeds import SEARCH_CACHE_SIZE, Documents
from aggregator.normalize import normalize_entry
from aggregator.query import parse_query
from aggregator.store import Store, _search
from aggregator.tag import document_of
from aggregator.types import EntryData, FeedInfo, RawEntry, SourceUpdate, TaggedEntry
from aggregator.web import create_app

T0 = datetime(2026, 1, 1, tzinfo=UTC)
BASE = "http://feeds.test"
_numbers = itertools.count(1)


def ingest(store: Store, source: str, raws: Sequence[RawEntry], when: datetime = T0) -> list[EntryData]:
    """Store ``raws`` as one fetch of the source named ``source``; returns them normalized."""
    store.sync_sources([SourceConfig(name=source, url=f"https://{source}.example/feed", type="feed")], when)
    entries = [e for e in (normalize_entry(r, base_url=f"https://{source}.example/") for r in raws) if e]
    store.apply_update(
        SourceUpdate(
            name=source,
            fetched_at=when,
            next_fetch=when + timedelta(hours=1),
            status=200,
            feed=FeedInfo(title=source, link=f"https://{source}.example/"),
            entries=tuple(TaggedEntry(e, frozenset()) for e in entries),
            tag_titles={},
        )
    )
    return entries


def raw(title: str, summary: str = "", hours: int = 0) -> RawEntry:
    n = next(_numbers)
    return RawEntry(
        id=f"g{n}",
        link=f"https://news.example/{n}",
        title=title,
        summary=summary,
        published=T0 + timedelta(hours=hours or n),
    )


def titles(store: Store, query: str, limit: int = 100) -> list[str]:
    return [e.data.title or "" for e in store.search(parse_query(query), limit).entries]


# -- the index, on SQLite and PostgreSQL --------------------------------------------------------

STORIES = [
    raw("Au Kremlin, Poutine reçoit", "Sur la <b>place Rouge</b>.", 1),
    raw("Le Kremlin et le football", "Le club du KREMLIN gagne.", 2),
    raw("L’Élysée répond", "Le président à l'Elysee.", 3),
    raw("Straßenfest in München", "Die Bürger feierten.", 4),
    raw("Песков прокомментировал", "В Кремле сообщили.", 5),
    raw("Snake_case and kremlinology", "Nothing here.", 6),
]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kremlin", ["Le Kremlin et le football", "Au Kremlin, Poutine reçoit"]),
        ("KREMLIN -football", ["Au Kremlin, Poutine reçoit"]),
        ("elysee", ["L’Élysée répond"]),
        ("ÉLYSÉE", ["L’Élysée répond"]),
        ('"place rouge"', ["Au Kremlin, Poutine reçoit"]),
        ('"rouge place"', []),
        ("strassenfest OR кремле", ["Песков прокомментировал", "Straßenfest in München"]),
        ("intitle:poutine", ["Au Kremlin, Poutine reçoit"]),
        ("insummary:kremlin", ["Le Kremlin et le football"]),
        ("snake", []),  # "snake_case" is one word, as for tags
        ("snake_case", ["Snake_case and kremlinology"]),
        ("kreml", []),
        ("/kreml/ -intitle:kremlin", ["Snake_case and kremlinology"]),
        ("-kremlin -elysee -strassenfest -песков", ["Snake_case and kremlinology"]),
    ],
)
def test_search(any_store: Store, query: str, expected: list[str]) -> None:
    ingest(any_store, "wire", STORIES)
    assert titles(any_store, query) == expected


def test_search_keeps_the_newest_arrivals_and_sorts_them_by_date(any_store: Store) -> None:
    ingest(any_store, "a", [raw(f"Kremlin {n}", hours=n) for n in range(1, 8)])
    ingest(any_store, "b", [raw("Kremlin old, arrived last", hours=-100)])
    assert titles(any_store, "kremlin", limit=3) == ["Kremlin 7", "Kremlin 6", "Kremlin old, arrived last"]


def test_edits_and_removals_reach_the_index(any_store: Store) -> None:
    [story] = ingest(any_store, "wire", [raw("Peskov speaks", hours=1)])
    assert titles(any_store, "peskov") == ["Peskov speaks"]
    edited = RawEntry(
        id=story.guid, link=story.url, title="Zakharova speaks", published=T0 + timedelta(hours=1)
    )
    ingest(any_store, "wire", [edited])
    assert titles(any_store, "peskov") == []
    assert titles(any_store, "zakharova") == ["Zakharova speaks"]
    later = T0 + timedelta(days=3)
    ingest(any_store, "wire", [raw("Lavrov speaks", hours=50)], when=later)
    removed = any_store.remove_old_entries(later, max_age=None, max_per_source=1, keep_last=0)
    assert removed == 1
    assert titles(any_store, "zakharova OR lavrov") == ["Lavrov speaks"]
    with any_store._reading() as s:  # the row left the index too, not only the entry
        assert s.scalar(text(f"SELECT count(*) FROM {_search.TABLE}")) == 1


def test_an_entry_too_long_for_a_tsvector_is_still_found(
    any_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_search, "MAX_TSVECTOR_TEXT", 40)  # PostgreSQL stores it unindexed
    ingest(
        any_store,
        "wire",
        [
            raw("Kremlin " + "and more words " * 5, hours=1),
            raw("Short Kremlin", hours=2),
            raw("Other", hours=3),
        ],
    )
    assert titles(any_store, "kremlin") == [
        "Short Kremlin",
        "Kremlin " + "and more words " * 4 + "and more words",
    ]
    assert titles(any_store, "nowhere") == []


def test_the_migration_indexes_existing_entries(any_store: Store) -> None:
    ingest(any_store, "wire", STORIES)
    with any_store._writing() as s:  # as a database of revision 0007 was
        _search.drop(s.connection())
    engine = any_store.engine
    from aggregator.store import _migrate

    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0007'"))
    _migrate.upgrade(engine)
    assert titles(any_store, "kremlin -football") == ["Au Kremlin, Poutine reçoit"]


# -- property: the index never loses what the matcher finds ---------------------------------

WORDS = [
    "Kremlin",
    "KREMLIN",
    "kremlin",
    "Élysée",
    "elysee",
    "ELYSÉE",
    "Poutine",
    "Straße",
    "strasse",
    "Кремль",
    "КРЕМЛЬ",
    "кремле",
    "foo_bar",
    "foo",
    "bar",
    "jean-luc",
    "place",
    "rouge",
    "l’été",
    "1984",
    "ﬁnance",
    "Œuvre",
]
SEPARATORS = [" ", ", ", "-", "_", "'", " <b>", "</b> ", "\n", " &amp; ", ".", "’"]

texts = st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=8).map(
    lambda parts: "".join(w + s for w, s in parts)
)


def _term() -> st.SearchStrategy[str]:
    word = st.sampled_from(WORDS).map(lambda w: w.replace("’", "'"))
    phrase = st.lists(word, min_size=1, max_size=3).map(lambda ws: '"' + " ".join(ws) + '"')
    regex = st.sampled_from(["/kreml/", "/^le /", "/(a+)+$/", "/кремл[ье]/", "/e{2}/"])
    prefix = st.sampled_from(["", "", "", "intitle:", "insummary:"])
    return st.tuples(prefix, st.one_of(word, word, phrase, regex)).map("".join)


queries = st.recursive(
    _term(),
    lambda inner: st.one_of(
        st.lists(inner, min_size=2, max_size=3).map(" ".join),
        st.lists(inner, min_size=2, max_size=3).map(" OR ".join),
        inner.map(lambda q: f"-({q})"),
        inner.map(lambda q: f"({q})"),
    ),
    max_leaves=6,
)

_sources = itertools.count(1)


@pytest.mark.slow
@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(entries=st.lists(st.tuples(texts, texts), min_size=1, max_size=6), query=queries)
def test_sql_search_agrees_with_the_matcher(
    any_store: Store, entries: list[tuple[str, str]], query: str
) -> None:
    name = f"s{next(_sources)}"
    stored = ingest(any_store, name, [raw(t or "x", s) for t, s in entries])
    scoped = parse_query(f"source:{name} ({query})")
    expected = {e.guid for e in stored if scoped.matches(document_of(e, name))}
    found = {e.data.guid for e in any_store.search(scoped, 1000).entries}
    assert found == expected, (query, entries)
    # and in batches of one candidate, every path of the walk taken (PostgreSQL)
    with any_store.engine.connect() as conn, Session(bind=conn) as s:
        ids = list(_search.matches(s, scoped, first=1, examine=None))
    assert {e.data.guid for e in any_store.newest_entries(ids, len(ids))} == expected


# -- the candidates' walk: every batch size, every path ----------------------------------------

#: Entry i's title holds "kremlin" when i % 3 == 0, "peskov" when i % 17 == 0, "elysee" when
#: i % 61 == 0: a frequent, a rare and a very rare word.
WALKED = [
    raw(
        " ".join(
            ["Article", str(i)]
            + [w for w, every in (("kremlin", 3), ("peskov", 17), ("elysee", 61)) if i % every == 0]
        ),
        hours=i,
    )
    for i in range(1, 301)
]


@pytest.mark.parametrize(
    "query",
    [
        "kremlin",
        "peskov",
        "elysee",
        "kremlin peskov",
        "peskov OR elysee",
        "/kreml/ peskov",
        "kremlin -peskov",
        "-kremlin",
        "nowhere",
        '"article 3"',
        "/^article 29/",
    ],
)
@pytest.mark.parametrize(("first", "analyzed"), [(1, False), (3, False), (40, False), (3, True)])
def test_small_batches_find_what_the_matcher_finds(
    any_store: Store, query: str, first: int, analyzed: bool
) -> None:
    # Small batches over 300 entries: on PostgreSQL the walk of the newest rows, the GIN
    # index below it, and the switch between the two all happen, and once ANALYZE has
    # counted the words, a rare one goes to the GIN index at once; the answer is the same.
    stored = ingest(any_store, "wire", WALKED)
    if analyzed:
        with any_store.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))
    parsed = parse_query(query)
    expected = {e.title for e in stored if parsed.matches(document_of(e, "wire"))}
    with any_store.engine.connect() as conn, Session(bind=conn) as s:
        ids = list(_search.matches(s, parsed, first=first, examine=None))
    assert ids == sorted(set(ids), reverse=True)  # each once, last to arrive first
    assert {e.data.title for e in any_store.newest_entries(ids, len(ids))} == expected


def test_a_query_the_index_cannot_narrow_examines_a_bounded_history(any_store: Store) -> None:
    ingest(any_store, "wire", WALKED)
    # 250 to 259: stored among the first (a fetch stores its oldest entries first)
    parsed = parse_query(r"/^article 25\d\b/")
    with any_store.engine.connect() as conn, Session(bind=conn) as s:
        assert len(list(_search.matches(s, parsed, first=10, examine=None))) == 10
        # the last 200 to arrive examined: the bound ends the search before them
        assert list(_search.matches(s, parsed, first=10, examine=200)) == []


# -- /search.<fmt>?q= ------------------------------------------------------------------------


@pytest.fixture
def client(any_store: Store, tmp_path: object) -> object:
    ingest(any_store, "wire", STORIES)
    config = Config(
        path=None,
        database=DatabaseConfig("sqlite://"),
        server=ServerConfig(base_url=BASE),
        output=OutputConfig(entries=50),
    )
    return create_app(config, any_store).test_client()


A = "{http://www.w3.org/2005/Atom}"


@pytest.mark.parametrize("fmt", ["atom", "rss", "json"])
def test_search_feed_validates_and_links_to_itself(client: object, fmt: str) -> None:
    r = client.get(f"/search.{fmt}", query_string={"q": 'kremlin -football "place rouge"'})
    assert r.status_code == 200
    validate(fmt, r.data)
    self_url = f"{BASE}/search.{fmt}?q=kremlin%20-football%20%22place%20rouge%22"
    if fmt == "json":
        import json

        data = json.loads(r.data)
        assert data["feed_url"] == self_url
        assert [i["title"] for i in data["items"]] == ["Au Kremlin, Poutine reçoit"]
    else:
        root = etree.fromstring(r.data)
        links = root.iter(f"{A}link")
        assert self_url in {link.get("href") for link in links if link.get("rel") == "self"}
        items = root.findall(f"{A}entry") if fmt == "atom" else root.find("channel").findall("item")
        assert [i.findtext(f"{A}title" if fmt == "atom" else "title") for i in items] == [
            "Au Kremlin, Poutine reçoit"
        ]


def test_search_feed_is_cached_and_answers_conditional_requests(client: object) -> None:
    first = client.get("/search.atom?q=kremlin")
    again = client.get("/search.atom?q=kremlin")
    assert first.headers["ETag"] == again.headers["ETag"]
    assert first.data == again.data
    r = client.get("/search.atom?q=kremlin", headers={"If-None-Match": first.headers["ETag"]})
    assert r.status_code == 304


@pytest.mark.parametrize(
    ("q", "message"),
    [
        ("kremlin OR", "q: column 9: expected a term after OR"),
        ("", "q: column 1: empty query"),
        ("/(a)\\1/", "q: column 1: not a regular expression"),
    ],
)
def test_a_bad_query_is_a_400_that_says_why(client: object, q: str, message: str) -> None:
    r = client.get("/search.rss", query_string={"q": q})
    assert r.status_code == 400
    assert r.content_type.startswith("text/plain")
    assert message in r.get_data(as_text=True)


def test_the_index_page_has_a_search_box(client: object) -> None:
    page = client.get("/").get_data(as_text=True)
    assert f'action="{BASE}/search.atom"' in page
    assert 'name="q"' in page


def test_many_distinct_searches_do_not_evict_the_feeds(any_store: Store) -> None:
    ingest(any_store, "wire", STORIES)
    config = Config(path=None, server=ServerConfig(base_url=BASE))
    documents = Documents(any_store, config, size=8)
    documents.get("all", "all", "atom")
    for n in range(SEARCH_CACHE_SIZE + 10):  # anyone may type a new query
        documents.get("search", f"kremlin -x{n}", "atom")
    hits = documents.hits
    documents.get("all", "all", "atom")
    assert documents.hits == hits + 1  # still rendered: searches have their own room
    documents.get("search", f"kremlin -x{SEARCH_CACHE_SIZE + 9}", "atom")
    assert documents.hits == hits + 2  # the last searches too
