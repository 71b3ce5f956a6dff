"""The full-text index of entries: which entries may match a query, found fast.

SQLite: an FTS5 table ``entry_search`` (rowid = entry id). PostgreSQL: a table
``entry_search`` (entry id, ``tsvector`` with the ``simple`` configuration) with a GIN index.
Both hold each entry's words *as the tag matcher sees them*: title, summary and content
folded and split by tag.words (lowercase, accents stripped, "Élysée" = "elysee"), joined
by spaces, so that the database's tokenizer has nothing left to decide but what it must
split further, and a query's words go through that same tokenizer.

The index only narrows: ``Store.search`` checks every candidate with the query's own
matcher (query.py), so search and tags agree by construction, provided the index never
misses a true match. It is therefore asked only what is sure to hold for a matching entry:
the words of the terms that must be present (a phrase's words as an FTS5 phrase, or ANDed
in PostgreSQL); negations, regular expressions and ``author:``/``source:``/``category:``
terms are left to the matcher (tests/test_search.py checks on random entries and queries).

Not in the models: SQLite's FTS5 table is a virtual table, which SQLAlchemy's metadata
cannot describe; ``create`` makes it, from ``_migrate._create`` and from revision 0008.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal, TypedDict

from sqlalchemy import Connection, null, select, text
from sqlalchemy.orm import Session

from aggregator.query import And, Node, Not, Or, Query, Regex, Term
from aggregator.store import models as m
from aggregator.tag import Document, document_of
from aggregator.types import EntryData

# An entry's words as the tag matcher sees them (tag.document_of's ``text``), in words.py for
# the parser processes, which compute them too.
from aggregator.words import search_text as search_text

TABLE = "entry_search"
#: Rows per statement when indexing and unindexing.
BATCH = 500
#: PostgreSQL: longest text put in a tsvector (whose size is capped at 1 MB); a longer
#: entry is stored unindexed (NULL), and is a candidate of every search instead.
MAX_TSVECTOR_TEXT = 400_000

_SCOPES = ("text", "title", "body")
#: Larger than any entry id: "below it" is every entry.
NO_ID = 2**62
#: Largest batch of candidates a search asks the index for at once (the first is the
#: page's size; the next ones what should fill it at the rate the matcher passed so far).
GROWTH_CAP = 2000
#: PostgreSQL: what fetching one match through the GIN index costs (a visit of its row in
#: the table, 6 to 13 µs) against testing one row of a walk of the primary key (1.2 µs
#: cold, 0.2 µs in cache): EXPLAIN ANALYZE over a million entries (bench/search.py). The
#: cautious end of the range: a walk costs what it reads, the visits what is below.
GIN_VISIT = 5
#: PostgreSQL: ids fetched per GIN query, whose cost is that of visiting every match below:
#: what the next batches will ask is fetched ahead.
GIN_FETCH = 2000
#: PostgreSQL: seconds a connection keeps the words' frequencies it read (they change with
#: ANALYZE, which autovacuum runs as the table grows).
STATISTICS_SECONDS = 600.0


def create(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(
            text(
                f"CREATE TABLE {TABLE} (entry_id INTEGER PRIMARY KEY REFERENCES entries (id) "
                "ON DELETE CASCADE, doc TSVECTOR)"
            )
        )
        conn.execute(text(f"CREATE INDEX ix_{TABLE}_doc ON {TABLE} USING GIN (doc)"))
        # The few entries too long for a tsvector, found without scanning the others.
        conn.execute(text(f"CREATE INDEX ix_{TABLE}_unindexed ON {TABLE} (entry_id) WHERE doc IS NULL"))
    else:
        conn.execute(text(f"CREATE VIRTUAL TABLE {TABLE} USING fts5(text)"))


def drop(conn: Connection) -> None:
    conn.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))


class _Doc(TypedDict):
    """An entry as the index's INSERT takes it."""

    id: int
    text: str


def index(conn: Connection | Session, rows: Iterable[tuple[int, str | None, str | None, str | None]]) -> None:
    """(Re)index entries: (id, title, summary, content) each."""
    index_texts(conn, ((id_, search_text(title, summary, content)) for id_, title, summary, content in rows))


def index_texts(conn: Connection | Session, rows: Iterable[tuple[int, str]]) -> None:
    """(Re)index entries whose search text is known: (id, ``search_text(...)``) each.

    SQLite: by the driver's executemany, a row at a time by rowid (see ``unindex``)."""
    connection = conn.connection() if isinstance(conn, Session) else conn
    if connection.dialect.name != "postgresql":
        docs = list(rows)
        if docs:
            unindex(connection, [id_ for id_, _ in docs])
            connection.exec_driver_sql(_INDEX_SQLITE, docs)
        return
    chunk: list[_Doc] = []
    for id_, text_ in rows:
        chunk.append({"id": id_, "text": text_})
        if len(chunk) == BATCH:
            _index_postgres(connection, chunk)
            chunk = []
    if chunk:
        _index_postgres(connection, chunk)


def _index_postgres(conn: Connection, chunk: list[_Doc]) -> None:
    conn.execute(_INDEX_POSTGRES, [d | {"long": len(d["text"]) > MAX_TSVECTOR_TEXT} for d in chunk])


# Built once: a statement's cache key is computed once per statement object, and that cost
# more than SQLite's own work for a source's entries.
_INDEX_POSTGRES = text(
    f"INSERT INTO {TABLE} (entry_id, doc) VALUES (:id, CASE WHEN :long THEN NULL "
    "ELSE to_tsvector('simple', :text) END) ON CONFLICT (entry_id) DO UPDATE "
    "SET doc = excluded.doc"
)
_INDEX_SQLITE = f"INSERT INTO {TABLE} (rowid, text) VALUES (?, ?)"
_UNINDEX_SQLITE = f"DELETE FROM {TABLE} WHERE rowid = ?"


def unindex(conn: Connection | Session, ids: Sequence[int]) -> None:
    """Remove entries from the index (SQLite; on PostgreSQL the foreign key does it on
    delete).

    One rowid per statement, by executemany: an FTS5 table deleting the rows of ``rowid IN
    (...)`` writes out the terms it holds in memory first (what a transaction's inserts
    gather, written once at its end otherwise), so that a DELETE before each source's
    inserts made a segment of the index per source; a DELETE by ``rowid =`` of an entry
    the index does not hold finds no row, and writes nothing."""
    if ids:
        connection = conn.connection() if isinstance(conn, Session) else conn
        connection.exec_driver_sql(_UNINDEX_SQLITE, [(id_,) for id_ in ids])


def matches(s: Session, query: Query, *, first: int, examine: int | None) -> Iterator[int]:
    """Ids of the articles (duplicates aside) that match ``query``, last to arrive first.

    The index proposes candidates newest first, in batches of ``first`` then growing; the
    query's matcher decides, reading only the columns the query looks at (a word reads
    title, summary and content; ``author:`` the author alone). Stops after ``examine``
    candidates (None: no bound), so that a query the index cannot narrow (only ``-words``
    or ``/regexes/``) costs a bounded walk: what it found within it."""
    columns = _columns_of(query.tree)
    proposals = _Candidates(s, query.tree)
    examined = found = 0
    batch = first
    while examine is None or examined < examine:
        ids = proposals.take(batch if examine is None else min(batch, examine - examined))
        if not ids:
            return
        examined += len(ids)
        # Without an index condition the candidates are every id of a range: say so, not
        # 2,000 bound parameters.
        which = m.Entry.id.between(ids[-1], ids[0]) if proposals.condition is None else m.Entry.id.in_(ids)
        rows = {
            row[0]: row
            for row in s.execute(
                select(*columns).join_from(m.Entry, m.Source).where(which, m.Entry.duplicate_of.is_(None))
            )
        }
        for id_ in ids:
            if id_ in rows and query.matches(_document(rows[id_])):
                found += 1
                yield id_
        # The next batch: what should make up the ``first`` at the rate met so far (a
        # regex that one candidate in seven passes asks seven times the rest), within
        # GROWTH_CAP; ``tags --try``, which wants them all, takes the largest.
        wanted = first - found if examine is not None and found < first else GROWTH_CAP
        batch = max(first, min(GROWTH_CAP, math.ceil(wanted * examined / max(found, 1) * 1.25)))


def _columns_of(tree: Node) -> list[Any]:
    """Columns for reading a candidate: id, title, summary, content, author, categories,
    source name, each NULL unless one of the query's terms reads it."""
    scopes: set[str] = set()
    stack = [tree]
    while stack:
        match stack.pop():
            case Term(scope=scope) | Regex(scope=scope):
                scopes.add(scope)
            case Not(child):
                stack.append(child)
            case And(children) | Or(children):
                stack.extend(children)
    read = {column for scope in scopes for column in _READS[scope]}
    return [m.Entry.id, *(column if column in read else null() for column in _READ_ORDER)]


#: Columns each scope reads (tag.document_of builds the fields from them).
_READ_ORDER = (
    m.Entry.title,
    m.Entry.summary,
    m.Entry.content,
    m.Entry.author,
    m.Entry.categories,
    m.Source.name,
)
_READS: dict[str, tuple[Any, ...]] = {
    "text": _READ_ORDER[:3],
    "title": _READ_ORDER[:1],
    "body": _READ_ORDER[1:3],
    "author": _READ_ORDER[3:4],
    "category": _READ_ORDER[4:5],
    "source": _READ_ORDER[5:],
}


def _document(row: Any) -> Document:
    _, title, summary, content, author, categories, source = row
    return document_of(
        EntryData(
            guid="",
            url=None,
            title=title,
            summary=summary,
            content=content,
            author=author,
            published=None,
            updated=None,
            categories=tuple(categories or ()),
        ),
        source or "",
    )


class _Candidates:
    """Entries that may match a tree, newest first, a batch at a time (``take``).

    SQLite: FTS5 walks the word's list of entries backwards from ``before``, which costs
    the batch whatever the word's frequency. PostgreSQL: a GIN index knows which entries
    hold a word but not in which order: asked for the newest n, it visits every match and
    sorts them (cost ~ frequency x entries), while walking the primary key backwards and
    testing each row costs ~ n / frequency. Neither wins for every word, and the planner's
    estimate of a word missing from its statistics is a guess (it walked a million rows for
    a word that is nowhere). A word that ANALYZE's statistics do not count among the
    frequent ones, rarer than where the two costs meet, goes to the GIN index at once.
    Otherwise the choice is measured: walk up to sqrt(n x entries x
    GIN_VISIT) rows, where the two costs meet; a batch filled there goes on walking while
    that costs less than visiting the matches left below (at the rate the walk met them);
    a batch not filled, or a walk dearer than the visits, continues from the GIN index,
    ``GIN_FETCH`` ids at a time.
    """

    def __init__(self, s: Session, tree: Node) -> None:
        self.s = s
        self.postgres = s.get_bind().dialect.name == "postgresql"
        self.params: dict[str, object] = {}
        self.tree = tree
        self.condition = _tsquery(tree, self.params) if self.postgres else _fts5(tree)
        #: Candidates have ids below this.
        self.before = NO_ID
        #: PostgreSQL: "walk" the primary key, or fetch from the "gin" index; None: not
        #: decided yet (the first batch measures).
        self.mode: Literal["walk", "gin"] | None = None
        #: PostgreSQL: matches per row met by the walk so far.
        self.rate = 1.0
        self.ahead: list[int] = []  # GIN ids fetched ahead, highest first
        self.exhausted = False

    def take(self, size: int) -> list[int]:
        if self.exhausted and not self.ahead:
            return []
        if self.condition is None:  # nothing the index can narrow on
            ids = self._ids("SELECT id FROM entries WHERE id < :before ORDER BY id DESC LIMIT :limit", size)
        elif not self.postgres:
            ids = self._ids(
                f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :match AND rowid"
                " < :before ORDER BY rowid DESC LIMIT :limit",
                size,
                match=self.condition,
            )
        else:
            ids = self._take_postgres(size)
        if ids:
            self.before = min(self.before, ids[-1])
        if len(ids) < size and not self.ahead:
            self.exhausted = True
        return ids

    def _take_postgres(self, size: int) -> list[int]:
        if self.mode is None:
            frequency = _frequency(self.tree, _lexeme_frequencies(self.s))
            if frequency is not None and frequency**2 * GIN_VISIT * self._entries() < size:
                self.mode = "gin"  # a rare word: its few matches cost less than a walk
        # Walk on while it costs less than visiting every match left below.
        if self.mode is None or (
            self.mode == "walk" and size / self.rate < GIN_VISIT * self.rate * self.before
        ):
            window = max(
                size,
                math.isqrt(size * GIN_VISIT * self._entries())
                if self.mode is None
                else math.ceil(size / self.rate * 1.5),
            )
            ids = self._ids(
                f"SELECT entry_id FROM (SELECT entry_id, doc FROM {TABLE} WHERE entry_id <"
                " :before ORDER BY entry_id DESC LIMIT :window) AS recent WHERE doc @@"
                f" ({self.condition}) OR doc IS NULL ORDER BY entry_id DESC LIMIT :limit",
                size,
                window=window,
            )
            if len(ids) == size:
                self.mode = "walk"
                self.rate = size / max(self.before - ids[-1], 1)
                return ids
            # The window is spent: go on below it from the GIN index.
            low = self.s.scalar(
                text(
                    f"SELECT entry_id FROM {TABLE} WHERE entry_id < :before"
                    " ORDER BY entry_id DESC OFFSET :skip LIMIT 1"
                ),
                {"before": self.before, "skip": window - 1},
            )
            self.mode = "gin"
            if low is None:  # the window reached the oldest entry
                self.exhausted = True
                return ids
            self.before = low
            return ids + self._take_gin(size - len(ids))
        self.mode = "gin"
        return self._take_gin(size)

    def _take_gin(self, size: int) -> list[int]:
        if len(self.ahead) < size and not self.exhausted:
            below = self.ahead[-1] if self.ahead else self.before
            limit = max(size, GIN_FETCH)
            # Two branches rather than "doc @@ q OR doc IS NULL", which no index answers.
            fetched = list(
                self.s.scalars(
                    text(
                        f"SELECT entry_id FROM ((SELECT entry_id FROM {TABLE} WHERE doc @@"
                        f" ({self.condition}) AND entry_id < :before ORDER BY entry_id DESC LIMIT"
                        f" :limit) UNION ALL (SELECT entry_id FROM {TABLE} WHERE doc IS NULL AND"
                        " entry_id < :before ORDER BY entry_id DESC LIMIT :limit)) AS found ORDER BY"
                        " entry_id DESC LIMIT :limit"
                    ),
                    self.params | {"before": below, "limit": limit},
                )
            )
            self.ahead.extend(fetched)
            self.exhausted = len(fetched) < limit
        ids, self.ahead = self.ahead[:size], self.ahead[size:]
        return ids

    def _entries(self) -> int:
        """About how many entries lie below ``before`` (ids are dense enough for this)."""
        if self.before == NO_ID:
            self.before = (self.s.scalar(text(f"SELECT max(entry_id) FROM {TABLE}")) or 0) + 1
        return self.before

    def _ids(self, statement: str, limit: int, **params: object) -> list[int]:
        return list(
            self.s.scalars(text(statement), self.params | params | {"before": self.before, "limit": limit})
        )


def _lexeme_frequencies(s: Session) -> dict[str, float] | None:
    """PostgreSQL: the share of entries holding each of the most common words (ANALYZE's
    statistics of the tsvector column), a word missing from them counting as 0; None
    before the first ANALYZE. Read once per connection every ``STATISTICS_SECONDS``."""
    info = s.connection().info
    known: tuple[float, dict[str, float] | None] | None = info.get("search_statistics")
    if known is not None and time.monotonic() - known[0] < STATISTICS_SECONDS:
        return known[1]
    row = s.execute(
        text(
            "SELECT CAST(CAST(most_common_elems AS text) AS text[]) AS words,"
            " most_common_elem_freqs AS shares FROM pg_stats WHERE schemaname = current_schema()"
            " AND tablename = :table AND attname = 'doc'"
        ),
        {"table": TABLE},
    ).first()
    frequencies = None
    if row is not None and row.words and row.shares:
        # the shares go on with three more: the least, the largest and that of NULL
        frequencies = dict(zip(row.words, row.shares, strict=False))
    info["search_statistics"] = (time.monotonic(), frequencies)
    return frequencies


def _frequency(node: Node, frequencies: dict[str, float] | None) -> float | None:
    """PostgreSQL: about the share of entries that hold what the index is asked for
    ``node`` (as _tsquery builds it); None when unknown or not asked."""
    if frequencies is None:
        return None
    match node:
        case Term(words=phrase, scope=scope) if scope in _SCOPES:
            return min(frequencies.get(word, 0.0) for word in phrase)
        case And(children):
            known = [f for c in children if (f := _frequency(c, frequencies)) is not None]
            return min(known) if known else None
        case Or(children):
            parts = [_frequency(c, frequencies) for c in children]
            if any(p is None for p in parts):
                return None
            return min(1.0, sum(p for p in parts if p is not None))
    return None


def _fts5(node: Node) -> str | None:
    """An FTS5 query that every entry matching ``node`` matches; None: no constraint."""
    match node:
        case Term(words=phrase, scope=scope) if scope in _SCOPES:
            return '"' + " ".join(phrase) + '"'  # words are \w+: no quote can be in them
        case And(children):
            parts = [p for c in children if (p := _fts5(c)) is not None]
            return "(" + " AND ".join(parts) + ")" if parts else None
        case Or(children):
            options = [_fts5(c) for c in children]
            if not options or any(p is None for p in options):
                return None
            return "(" + " OR ".join(p for p in options if p) + ")"
        case Term() | Regex() | Not():
            return None
    raise AssertionError(node)


def _tsquery(node: Node, params: dict[str, object]) -> str | None:
    """SQL for a tsquery that every entry matching ``node`` matches; None: no constraint.
    Words are ANDed, not chained by <->: positions in a tsvector stop at 16383, a phrase
    further down a long text would be missed."""
    match node:
        case Term(words=phrase, scope=scope) if scope in _SCOPES:
            name = f"w{len(params)}"
            params[name] = " ".join(phrase)
            return f"plainto_tsquery('simple', :{name})"
        case And(children):
            parts = [p for c in children if (p := _tsquery(c, params)) is not None]
            return "(" + " && ".join(parts) + ")" if parts else None
        case Or(children):
            options = [_tsquery(c, params) for c in children]
            if not options or any(p is None for p in options):
                return None
            return "(" + " || ".join(p for p in options if p) + ")"
        case Term() | Regex() | Not():
            return None
    raise AssertionError(node)
