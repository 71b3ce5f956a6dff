"""Fuzzing the ingest and the output: random feeds and archive pages (tests/_fuzz.py)
through parse -> normalize -> tag -> store -> render, as update.py chains them.

For every document: the parser either reads it or raises ParseError (anything else would
escape the per-source error path: a bug); every tag is a safe slug; every feed document
we then serve (the source's, each of its tags', the all feed, in Atom, RSS and JSON Feed,
archive pages too) is well-formed and valid to its format (tests/_validate.py); the index
page and the OPML file still render. A few sources take turns, so entries are inserted,
edited and deduplicated across them.

Bounded and reproducible for CI: ``derandomize=True`` (examples follow from the test's
code), no example database, ``AGGREGATOR_FUZZ_EXAMPLES`` examples per test (default 60).
A longer hunt: ``AGGREGATOR_FUZZ_EXAMPLES=5000 pytest tests/test_fuzz.py``.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from _fuzz import archive_page, atom_document, damaged, jsonfeed_document, rss_document
from _validate import atom_problems, jsonfeed_problems, rss_problems
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from aggregator.config import (
    TAG_SLUG_RE,
    Config,
    OutputConfig,
    SelectConfig,
    ServerConfig,
    SourceConfig,
    TagConfig,
)
from aggregator.exceptions import ParseError
from aggregator.feeds import Documents
from aggregator.normalize import normalize_feed
from aggregator.parse import parse_document
from aggregator.render import FORMATS
from aggregator.store import Store
from aggregator.tag import MAX_SLUG_LENGTH, Tagger, category_tags
from aggregator.types import SourceUpdate, TaggedEntry
from aggregator.update import tag_titles
from aggregator.web import create_app

EXAMPLES = int(os.environ.get("AGGREGATOR_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
#: Sources the examples take turns on: entries are inserted, then edited or left alone.
NAMES = ("f0", "f1", "f2", "f3")
#: Where documents pretend to come from (relative links resolve against it).
ORIGIN = "https://fuzz.test/section/page.html"
NOW = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)
TAGS = (
    TagConfig("kremlin", "Kremlin", ("kremlin", "путин")),
    TagConfig("rtl", "ימין לשמאל", ("שלום", "مرحبا")),
)
SELECTS = (
    None,
    SelectConfig(item="article", title="h2 a", link="h2 a", date="time", summary="p", next="a.next"),
    SelectConfig(item="li, .post", title="a"),
)
VALIDATORS = {"atom": atom_problems, "rss": rss_problems, "json": jsonfeed_problems}
#: What the examples did, per test (reported at the end of the session).
TALLY: Counter[str] = Counter()


class Pipeline:
    """The stages of update.py, on a real store, and the checks on what comes out."""

    def __init__(self, store: Store, tmp_path: Path) -> None:
        self.store = store
        sources = tuple(SourceConfig(name=n, url=ORIGIN, tags=("fuzz",)) for n in NAMES)
        self.config = Config(
            path=None,
            server=ServerConfig(base_url="http://feeds.test"),
            output=OutputConfig(dir=tmp_path / "out", entries=5),
            tags=TAGS,
            sources=sources,
        )
        store.sync_sources(sources, NOW)
        store.sync_tags(TAGS, NOW)
        self.documents = Documents(store, self.config)
        self.tagger = Tagger({t.slug: t.keywords for t in TAGS})
        self.app = create_app(self.config, store)

    def ingest(
        self,
        test: str,
        name: str,
        body: bytes,
        source_type: str,
        select: SelectConfig | None = None,
        content_type: str = "",
    ) -> None:
        TALLY[f"{test} examples"] += 1
        headers = {"content-type": content_type} if content_type else {}
        try:
            parsed = parse_document(
                body,
                url=ORIGIN,
                headers=headers,
                source_type=source_type,
                source=name,
                select=select,
                timezone="Europe/Paris",
                now=NOW,
            )
        except ParseError:
            TALLY[f"{test} parse errors"] += 1
            return
        limit = self.config.fetch.max_entries
        info, entries = normalize_feed(replace(parsed, entries=parsed.entries[:limit]), base_url=ORIGIN)
        allowed = category_tags(entries, enabled=True)  # remote categories, capped
        tagged = tuple(TaggedEntry(data, self.tagger.tags_for(data, ("fuzz",), allowed)) for data in entries)
        titles = tag_titles(self.config, entries)
        for slug in {t for e in tagged for t in e.tags} | set(titles):
            assert TAG_SLUG_RE.match(slug) and len(slug) <= MAX_SLUG_LENGTH, slug
        now = datetime.now(UTC)
        self.store.apply_update(
            SourceUpdate(
                name=name,
                fetched_at=now,
                next_fetch=now + timedelta(hours=1),
                status=200,
                feed=info,
                feed_ttl=parsed.ttl,
                entries=tagged,
                tag_titles=titles,
            )
        )
        TALLY[f"{test} entries"] += len(entries)
        feeds = [
            ("source", name),
            ("all", "all"),
            *(("tag", slug) for slug in sorted({t for e in tagged for t in e.tags})),
        ]
        for kind, key in feeds:
            self.check_feed(kind, key)
        self.check_pages()

    def check_feed(self, kind: str, key: str) -> None:
        """The current document and the newest archive page (the ones an example changed:
        older pages were checked when they were the newest)."""
        for fmt in FORMATS:
            doc = self.documents.get(kind, key, fmt)
            self.check(doc.body, fmt, f"{kind} {key}")
            if doc.archives:
                self.check(
                    self.documents.get(kind, key, fmt, doc.archives).body,
                    fmt,
                    f"{kind} {key} archive {doc.archives}",
                )

    def check(self, body: bytes, fmt: str, label: str) -> None:
        TALLY["documents validated"] += 1
        problems = VALIDATORS[fmt](body)
        assert problems == [], f"{label} {fmt}: {problems}\n{body[:3000]!r}"

    def check_pages(self) -> None:
        with self.app.test_client() as client:
            index = client.get("/")
            assert index.status_code == 200, index.get_data()[:2000]
            etree.fromstring(index.get_data(), etree.HTMLParser())
            opml = client.get("/opml")
            assert opml.status_code == 200
            etree.fromstring(opml.get_data())  # well-formed XML, or this raises


@pytest.fixture
def pipeline(store: Store, tmp_path: Path) -> Iterator[Pipeline]:
    yield Pipeline(store, tmp_path)


@FUZZ
@pytest.mark.slow
@given(
    name=st.sampled_from(NAMES), body=damaged(rss_document()), source_type=st.sampled_from(("feed", "auto"))
)
def test_rss_documents(pipeline: Pipeline, name: str, body: bytes, source_type: str) -> None:
    pipeline.ingest("rss", name, body, source_type, content_type="application/rss+xml")


@FUZZ
@pytest.mark.slow
@given(
    name=st.sampled_from(NAMES), body=damaged(atom_document()), source_type=st.sampled_from(("feed", "auto"))
)
def test_atom_documents(pipeline: Pipeline, name: str, body: bytes, source_type: str) -> None:
    pipeline.ingest("atom", name, body, source_type, content_type="application/atom+xml")


@FUZZ
@pytest.mark.slow
@given(
    name=st.sampled_from(NAMES),
    body=damaged(jsonfeed_document()),
    source_type=st.sampled_from(("feed", "auto")),
)
def test_json_feed_documents(pipeline: Pipeline, name: str, body: bytes, source_type: str) -> None:
    pipeline.ingest("jsonfeed", name, body, source_type, content_type="application/feed+json")


@FUZZ
@pytest.mark.slow
@given(
    name=st.sampled_from(NAMES),
    body=damaged(archive_page()),
    source_type=st.sampled_from(("html", "auto")),
    select=st.sampled_from(SELECTS),
)
def test_archive_pages(
    pipeline: Pipeline, name: str, body: bytes, source_type: str, select: SelectConfig | None
) -> None:
    pipeline.ingest("html", name, body, source_type, select=select, content_type="text/html")


@FUZZ
@given(
    name=st.sampled_from(NAMES),
    body=st.one_of(
        st.binary(max_size=2000),
        st.sampled_from(
            (
                b"",
                b"<",
                b"{",
                b"[]",
                b"null",
                b"<rss",
                b"<?xml?>",
                b"\xff\xfe<\x00",
                b"<html><body><article><a href=x>y</a></article>",
            )
        ),
    ),
    source_type=st.sampled_from(("feed", "auto", "html")),
)
def test_arbitrary_bytes(pipeline: Pipeline, name: str, body: bytes, source_type: str) -> None:
    pipeline.ingest("bytes", name, body, source_type)


def teardown_module() -> None:
    """One JSON line with what the fuzz tests ran (visible with ``pytest -s``)."""
    if TALLY:
        print(
            "\n" + json.dumps({"test": "fuzz", "examples_per_test": EXAMPLES, **dict(sorted(TALLY.items()))})
        )
