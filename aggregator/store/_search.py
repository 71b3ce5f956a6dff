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

from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, bindparam, text
from sqlalchemy.orm import Session

from aggregator.query import And, Node, Not, Or, Regex, Term
from aggregator.tag import plain_text, words

TABLE = "entry_search"
#: Rows per statement when indexing and unindexing.
BATCH = 500
#: PostgreSQL: longest text put in a tsvector (whose size is capped at 1 MB); a longer
#: entry is stored unindexed (NULL), and is a candidate of every search instead.
MAX_TSVECTOR_TEXT = 400_000

_SCOPES = ("text", "title", "body")
#: PostgreSQL: at most this many matches, and a search sorts them all (from the GIN index)
#: rather than walk the primary key hoping to meet them (see _plan_for).
PROBE = 5000


def create(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(text(
            f"CREATE TABLE {TABLE} (entry_id INTEGER PRIMARY KEY REFERENCES entries (id) "
            "ON DELETE CASCADE, doc TSVECTOR)"))
        conn.execute(text(f"CREATE INDEX ix_{TABLE}_doc ON {TABLE} USING GIN (doc)"))
        # The few entries too long for a tsvector, found without scanning the others.
        conn.execute(text(f"CREATE INDEX ix_{TABLE}_unindexed ON {TABLE} (entry_id) "
                          "WHERE doc IS NULL"))
    else:
        conn.execute(text(f"CREATE VIRTUAL TABLE {TABLE} USING fts5(text)"))


def drop(conn: Connection) -> None:
    conn.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))


def search_text(title: str | None, summary: str | None, content: str | None) -> str:
    """An entry's words as the tag matcher sees them (tag.document_of's ``text``)."""
    return " ".join(words(" ".join((title or "", plain_text(summary or ""),
                                    plain_text(content or "")))))


def index(conn: Connection | Session, rows: Iterable[tuple[int, str | None, str | None,
                                                          str | None]]) -> None:
    """(Re)index entries: (id, title, summary, content) each."""
    docs = [{"id": id_, "text": search_text(title, summary, content)}
            for id_, title, summary, content in rows]
    postgres = conn.get_bind().dialect.name == "postgresql" if isinstance(conn, Session) \
        else conn.dialect.name == "postgresql"
    for i in range(0, len(docs), BATCH):
        chunk = docs[i:i + BATCH]
        if postgres:
            conn.execute(text(
                f"INSERT INTO {TABLE} (entry_id, doc) VALUES (:id, CASE WHEN :long THEN NULL "
                "ELSE to_tsvector('simple', :text) END) ON CONFLICT (entry_id) DO UPDATE "
                "SET doc = excluded.doc"),
                [d | {"long": len(d["text"]) > MAX_TSVECTOR_TEXT} for d in chunk])
        else:
            unindex(conn, [d["id"] for d in chunk])
            conn.execute(text(f"INSERT INTO {TABLE} (rowid, text) VALUES (:id, :text)"), chunk)


def unindex(conn: Connection | Session, ids: Sequence[int]) -> None:
    """Remove entries from the index (PostgreSQL: the foreign key does it on delete)."""
    statement = text(f"DELETE FROM {TABLE} WHERE rowid IN :ids").bindparams(
        bindparam("ids", expanding=True))
    for i in range(0, len(ids), BATCH):
        conn.execute(statement, {"ids": list(ids[i:i + BATCH])})


def candidates(s: Session, tree: Node, *, before: int | None, limit: int) -> list[int]:
    """Ids of up to ``limit`` entries, below ``before``, highest first, that may match
    ``tree`` (all of those that do are among them)."""
    postgres = s.get_bind().dialect.name == "postgresql"
    params: dict[str, object] = {"before": before if before is not None else 2**62,
                                 "limit": limit}
    condition = _tsquery(tree, params) if postgres else _fts5(tree)
    if condition is None:  # nothing the index can narrow on
        return list(s.scalars(text("SELECT id FROM entries WHERE id < :before ORDER BY id "
                                   "DESC LIMIT :limit"), params))
    if postgres:
        _plan_for(s, condition, params)
        # Two branches rather than "doc @@ q OR doc IS NULL", which no index answers: the
        # planner would walk the whole table backwards for a word that is nowhere.
        statement = (
            f"SELECT entry_id FROM ((SELECT entry_id FROM {TABLE} WHERE doc @@ ({condition})"
            " AND entry_id < :before ORDER BY entry_id DESC LIMIT :limit) UNION ALL"
            f" (SELECT entry_id FROM {TABLE} WHERE doc IS NULL AND entry_id < :before"
            " ORDER BY entry_id DESC LIMIT :limit)) AS found ORDER BY entry_id DESC"
            " LIMIT :limit")
    else:
        params["match"] = condition
        statement = (f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :match AND rowid < :before"
                     " ORDER BY rowid DESC LIMIT :limit")
    try:
        return list(s.scalars(text(statement), params))
    finally:
        if postgres:
            s.execute(text("RESET enable_indexscan"))


def _plan_for(s: Session, condition: str, params: dict[str, object]) -> None:
    """PostgreSQL: make the next query walk the GIN index when few entries match.

    With ``ORDER BY entry_id DESC LIMIT n`` the planner likes to walk the primary key
    backwards, testing each row, which is quick for a frequent word and reads the whole
    table for one that is rare or nowhere (0.5 s over a million entries): its estimate of a
    rare word's frequency is a guess. So count the matches through the GIN index alone, up
    to ``PROBE``: fewer, and the walk of the key is ruled out for the next query."""
    s.execute(text("SET LOCAL enable_indexscan = off"))
    s.execute(text("SET LOCAL enable_seqscan = off"))
    try:
        found = s.scalar(text(f"SELECT count(*) FROM (SELECT 1 FROM {TABLE} WHERE doc @@ "
                              f"({condition}) AND entry_id < :before LIMIT {PROBE}) AS probe"),
                         params)
    finally:
        s.execute(text("RESET enable_seqscan"))
    if (found or 0) >= PROBE:
        s.execute(text("RESET enable_indexscan"))


def _fts5(node: Node) -> str | None:
    """An FTS5 query that every entry matching ``node`` matches; None: no constraint."""
    match node:
        case Term(words=phrase, scope=scope) if scope in _SCOPES:
            return '"' + " ".join(phrase) + '"'  # words are \w+: no quote can be in them
        case And(children):
            parts = [p for c in children if (p := _fts5(c)) is not None]
            return "(" + " AND ".join(parts) + ")" if parts else None
        case Or(children):
            parts = [_fts5(c) for c in children]
            if not parts or any(p is None for p in parts):
                return None
            return "(" + " OR ".join(p for p in parts if p) + ")"
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
            parts = [_tsquery(c, params) for c in children]
            if not parts or any(p is None for p in parts):
                return None
            return "(" + " || ".join(p for p in parts if p) + ")"
        case Term() | Regex() | Not():
            return None
    raise AssertionError(node)
