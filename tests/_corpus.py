"""The shared conformance corpus through our whole pipeline, for test_output_conformance.py.

A module of its own (not the test module) so that worker processes can import it: the
corpus is split between processes, each with its own database (a SQLite file, or a
PostgreSQL schema in that pass), to keep the run short.

For each file: parse_document -> normalize_feed -> Tagger -> Store.apply_update (one source
per file), then every format of the source's feed through Documents, each document checked
with the validators of _validate.py. At the end, the "all" feed and every tag feed, current
documents and archive pages, are rendered and checked the same way.
"""

from __future__ import annotations

import io
import re
import traceback
import warnings
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from multiprocessing import parent_process
from pathlib import Path
from urllib.parse import quote

import feedparser
from _validate import atom_problems, jsonfeed_problems, rss_problems

from aggregator.config import Config, DatabaseConfig, OutputConfig, ServerConfig, SourceConfig
from aggregator.exceptions import ParseError
from aggregator.feeds import Documents
from aggregator.normalize import normalize_feed
from aggregator.parse import parse_document
from aggregator.render import FORMATS
from aggregator.store import Store
from aggregator.tag import Tagger, category_tags
from aggregator.types import SourceUpdate, TaggedEntry
from aggregator.update import tag_titles

#: The corpus folders of feeds (the schema and the adversarial inputs are used elsewhere).
FOLDERS = (
    "feedparser-6.0.14-tests",
    "w3c-feedvalidator-testcases",
    "gofeed-testdata",
    "feed-rs-fixtures",
    "miniflux-testdata",
    "simplepie-testdata",
    "venus-reconstitute-tests",
)
BASE_URL = "http://feeds.test"
#: Where the corpus files pretend to come from (their relative links resolve against it).
ORIGIN = "https://corpus.test/"
NOW = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)
#: Entries per document: small enough that the "all" feed and big tags have archive pages.
ENTRIES = 50
#: Tag rules, so keyword tagging runs too.
RULES = {"kremlin": ("kremlin", "putin"), "example": ("example",), "atom": ("atom",)}
_HEADER = re.compile(r"^\s*Header:\s*([\w-]+):\s*(.*?)\s*$", re.M)
_VALIDATORS = {"atom": atom_problems, "rss": rss_problems, "json": jsonfeed_problems}


def corpus_files(corpus: Path) -> list[Path]:
    """Every feed of the corpus: XML files, and JSON files that are feeds (not the
    expectation files beside an input: ``X.json`` next to ``X.xml``, ``*_expected.json``,
    ``*.serde.json``)."""
    files = []
    for folder in FOLDERS:
        for path in sorted((corpus / folder).rglob("*")):
            if not path.is_file():
                continue
            if path.suffix == ".xml" or (
                path.suffix == ".json"
                and not path.name.endswith(("_expected.json", ".serde.json"))
                and not path.with_suffix(".xml").exists()
            ):
                files.append(path)
    return files


def origin_url(corpus: Path, path: Path) -> str:
    return ORIGIN + quote(path.relative_to(corpus).as_posix())


def simulated_headers(body: bytes) -> dict[str, str]:
    """The HTTP headers a feedparser test case asks for (its ``Header:`` lines), as the
    fetcher would hand them over: names lowercased."""
    head = body[:2048].decode("latin-1")
    if "Header:" not in head:
        return {}
    return {name.lower(): value for name, value in _HEADER.findall(head)}


@dataclass
class Outcome:
    """What one worker saw."""

    files: int = 0
    parse_errors: int = 0
    entries: int = 0
    #: Documents rendered and validated, by kind of feed ("source", "tag", "all", "archive").
    documents: Counter[str] = field(default_factory=Counter)
    #: Files whose ingest or rendering raised something else than ParseError.
    crashes: list[tuple[str, str]] = field(default_factory=list)
    #: (file or feed, format, problems) of each invalid document.
    invalid: list[tuple[str, str, list[str]]] = field(default_factory=list)
    #: Parse errors by corpus folder.
    errors_by_folder: Counter[str] = field(default_factory=Counter)
    #: Files refused although feedparser reads them as well-formed feeds with entries.
    wrongly_refused: list[tuple[str, str]] = field(default_factory=list)
    files_by_folder: Counter[str] = field(default_factory=Counter)

    def merge(self, other: Outcome) -> None:
        self.files += other.files
        self.parse_errors += other.parse_errors
        self.entries += other.entries
        self.documents.update(other.documents)
        self.crashes += other.crashes
        self.invalid += other.invalid
        self.errors_by_folder.update(other.errors_by_folder)
        self.wrongly_refused += other.wrongly_refused
        self.files_by_folder.update(other.files_by_folder)


def run_chunk(corpus: str, files: list[str], database_url: str, output: str) -> Outcome:
    """Ingest ``files`` (paths relative to ``corpus``) into the empty database at
    ``database_url`` and validate every document of every feed they make (``output``: the
    configuration's output folder)."""
    if parent_process() is not None:  # a worker: warn as the test suite does (filterwarnings)
        warnings.simplefilter("error")
    root = Path(corpus)
    paths = [root / f for f in files]
    names = {path: f"c{i:05d}" for i, path in enumerate(paths)}
    sources = tuple(
        SourceConfig(name=name, url=origin_url(root, path), type="feed") for path, name in names.items()
    )
    config = Config(
        path=None,
        database=DatabaseConfig(database_url),
        server=ServerConfig(base_url=BASE_URL),
        output=OutputConfig(dir=Path(output), entries=ENTRIES),
        sources=sources,
    )
    outcome = Outcome()
    store = Store(config.database.url)
    try:
        store.sync_sources(sources, NOW)
        documents = Documents(store, config)
        tagger = Tagger(RULES)
        for path, name in names.items():
            relative = path.relative_to(root).as_posix()
            outcome.files += 1
            outcome.files_by_folder[relative.split("/")[0]] += 1
            try:
                _ingest(path, name, root, store, config, tagger, documents, outcome)
            except Exception:
                outcome.crashes.append((relative, traceback.format_exc(limit=-4)))
        _check_shared_feeds(store, documents, outcome)
    finally:
        store.close()
    return outcome


def _ingest(
    path: Path,
    name: str,
    root: Path,
    store: Store,
    config: Config,
    tagger: Tagger,
    documents: Documents,
    outcome: Outcome,
) -> None:
    relative = path.relative_to(root).as_posix()
    body = path.read_bytes()
    url = origin_url(root, path)
    try:
        parsed = parse_document(
            body, url=url, headers=simulated_headers(body), source_type="feed", source=name
        )
    except ParseError as e:
        outcome.parse_errors += 1
        outcome.errors_by_folder[relative.split("/")[0]] += 1
        # A refusal is for a broken document (or one declaring entities, refused on purpose):
        # never for one feedparser reads cleanly, entries and all.
        reference = feedparser.parse(io.BytesIO(body), response_headers=simulated_headers(body))
        if not reference.bozo and reference.get("version") and reference.entries and "ENTITY" not in str(e):
            outcome.wrongly_refused.append((relative, str(e)))
        return
    info, entries = normalize_feed(parsed, base_url=url)
    allowed = category_tags(entries, enabled=True)
    tagged = tuple(TaggedEntry(data, tagger.tags_for(data, (), allowed)) for data in entries)
    store.apply_update(
        SourceUpdate(
            name=name,
            fetched_at=NOW,
            next_fetch=NOW + timedelta(hours=1),
            status=200,
            feed=info,
            entries=tagged,
            tag_titles=tag_titles(config, entries),
        )
    )
    outcome.entries += len(entries)
    _check_feed(documents, "source", name, relative, outcome)


def _check_feed(documents: Documents, kind: str, key: str, label: str, outcome: Outcome) -> None:
    """Every document of one feed: its current document and its archive pages."""
    for fmt in FORMATS:
        doc = documents.get(kind, key, fmt)
        _check(doc.body, fmt, kind, label, outcome)
        for page in range(1, doc.archives + 1):
            _check(
                documents.get(kind, key, fmt, page).body, fmt, "archive", f"{label} archive {page}", outcome
            )


def _check(body: bytes, fmt: str, kind: str, label: str, outcome: Outcome) -> None:
    outcome.documents[kind] += 1
    problems = _VALIDATORS[fmt](body)
    if problems:
        outcome.invalid.append((label, fmt, problems))


def _check_shared_feeds(store: Store, documents: Documents, outcome: Outcome) -> None:
    """The "all" feed and every tag feed made of this chunk's entries."""
    try:
        _check_feed(documents, "all", "all", "feed all", outcome)
    except Exception:
        outcome.crashes.append(("feed all", traceback.format_exc(limit=-4)))
    for tag in store.list_tags():
        try:
            _check_feed(documents, "tag", tag.slug, f"tag {tag.slug}", outcome)
        except Exception:
            outcome.crashes.append((f"tag {tag.slug}", traceback.format_exc(limit=-4)))
