"""What a store must look like whatever happened to the process writing it: checks of the
database itself, by SQL, on SQLite and PostgreSQL.

``store_problems`` lists what is wrong with the store's own bookkeeping: SQLite's
``PRAGMA integrity_check`` and ``foreign_key_check``; no (source, guid) twice; counters
that agree with the rows they count (sources.entry_count, tags.entry_count); sequence
numbers below their feed's last number and never given twice; links that point at existing
entries and tags. ``farm_problems`` adds what a ``LiveFarm`` lets us know: each source's
entries are exactly those of the generation its stored ETag names, at that generation's
revision, and a source without an ETag has no entry (no half-applied update).
"""

from __future__ import annotations

from _livefarm import LiveFarm
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection


def _rows(conn: Connection, sql: str) -> list[tuple[object, ...]]:
    return [tuple(r) for r in conn.execute(text(sql)).all()]


def _tables(conn: Connection) -> set[str]:
    return {
        str(r[0])
        for r in _rows(
            conn,
            "SELECT name FROM sqlite_master WHERE type = 'table'"
            if conn.dialect.name == "sqlite"
            else "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()",
        )
    }


def store_problems(url: str) -> list[str]:
    """Everything inconsistent in the store at ``url`` (empty when it is sound)."""
    problems: list[str] = []
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                integrity = _rows(conn, "PRAGMA integrity_check")
                if integrity != [("ok",)]:
                    problems.append(f"integrity_check: {integrity[:10]}")
                if fk := _rows(conn, "PRAGMA foreign_key_check"):
                    problems.append(f"foreign_key_check: {fk[:10]}")
            if "entries" not in _tables(conn):  # killed before the first migration committed
                return problems
            checks = {
                "duplicate (source, guid)": (
                    "SELECT source_id, guid, count(*) FROM entries"
                    " GROUP BY source_id, guid HAVING count(*) > 1"
                ),
                "sources.entry_count differs from its entries": (
                    "SELECT s.name, s.entry_count, count(e.id) FROM sources s"
                    " LEFT JOIN entries e ON e.source_id = s.id"
                    " GROUP BY s.id, s.name, s.entry_count HAVING s.entry_count <> count(e.id)"
                ),
                "sources.last_seq below an entry's source_seq": (
                    "SELECT s.name, s.last_seq, max(e.source_seq) FROM sources s"
                    " JOIN entries e ON e.source_id = s.id"
                    " GROUP BY s.id, s.name, s.last_seq HAVING max(e.source_seq) > s.last_seq"
                ),
                "source_seq given twice": (
                    "SELECT source_id, source_seq, count(*) FROM entries"
                    " GROUP BY source_id, source_seq HAVING count(*) > 1"
                ),
                "tags.entry_count differs from its links": (
                    "SELECT t.slug, t.entry_count, count(et.entry_id) FROM tags t"
                    " LEFT JOIN entry_tags et ON et.tag_id = t.id"
                    " GROUP BY t.id, t.slug, t.entry_count HAVING t.entry_count <> count(et.entry_id)"
                ),
                "tags.last_seq below a link's seq": (
                    "SELECT t.slug, t.last_seq, max(et.seq) FROM tags t"
                    " JOIN entry_tags et ON et.tag_id = t.id"
                    " GROUP BY t.id, t.slug, t.last_seq HAVING max(et.seq) > t.last_seq"
                ),
                "link to a missing entry": (
                    "SELECT et.tag_id, et.entry_id FROM entry_tags et"
                    " LEFT JOIN entries e ON e.id = et.entry_id WHERE e.id IS NULL"
                ),
                "link to a missing tag": (
                    "SELECT et.tag_id, et.entry_id FROM entry_tags et"
                    " LEFT JOIN tags t ON t.id = et.tag_id WHERE t.id IS NULL"
                ),
                "link to a duplicate (links go to the primary copy)": (
                    "SELECT et.tag_id, et.entry_id FROM entry_tags et"
                    " JOIN entries e ON e.id = et.entry_id WHERE e.duplicate_of IS NOT NULL"
                ),
                "duplicate_of a missing entry": (
                    "SELECT e.id, e.duplicate_of FROM entries e"
                    " LEFT JOIN entries p ON p.id = e.duplicate_of"
                    " WHERE e.duplicate_of IS NOT NULL AND p.id IS NULL"
                ),
                "tag feed number given twice": (
                    "SELECT tag_id, seq, count(*) FROM entry_tags GROUP BY tag_id, seq HAVING count(*) > 1"
                ),
            }
            for what, sql in checks.items():
                if found := _rows(conn, sql):
                    problems.append(f"{what}: {found[:10]}")
    finally:
        engine.dispose()
    return problems


def farm_problems(url: str, farm: LiveFarm, *, current: bool = False) -> list[str]:
    """Sources whose stored entries and bookkeeping disagree with the farm.

    Each source with an ETag holds exactly the entries of the generation it names, with that
    generation's revision, and its last fetch and last success are recorded; a source
    without one holds no entry. With ``current``, every source must also be at the farm's
    current generation (after a full pass)."""
    problems: list[str] = []
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            if "sources" not in _tables(conn):  # killed before the first migration committed
                return ["no schema after a full pass"] if current else []
            sources = {
                r[0]: r[1:]
                for r in _rows(conn, "SELECT name, id, etag, last_fetch_at, last_success_at FROM sources")
            }
            entries: dict[int, dict[str, str]] = {}
            for source_id, guid, summary in _rows(conn, "SELECT source_id, guid, summary FROM entries"):
                entries.setdefault(int(source_id), {})[str(guid)] = str(summary)  # type: ignore[call-overload]
    finally:
        engine.dispose()
    for n in range(farm.sources):
        name = f"s{n:04d}"
        if name not in sources:
            if current:
                problems.append(f"{name}: not in the store")
            continue
        source_id, etag, last_fetch, last_success = sources[name]
        stored = entries.get(int(source_id), {})  # type: ignore[call-overload]
        g = farm.generation_of(etag)  # type: ignore[arg-type]
        if g is None:
            if stored:
                problems.append(f"{name}: {len(stored)} entries but no ETag recorded")
            if last_success is not None:
                problems.append(f"{name}: a last success but no ETag recorded")
            if current:
                problems.append(f"{name}: never stored a fetch")
            continue
        if last_fetch is None or last_success is None:
            problems.append(f"{name}: ETag of generation {g} but no last fetch/success")
        # Entries a feed no longer lists (a window) are kept, never those of a later fetch.
        expected = farm.guids(n, g)
        possible = {farm.guid(n, k) for k in range(farm.items(g).stop)}
        if not expected <= set(stored) <= possible:
            problems.append(
                f"{name}: generation {g} lists {len(expected)} entries, "
                f"stored {len(stored)}: missing {sorted(expected - set(stored))[:5]}"
                f" extra {sorted(set(stored) - possible)[:5]}"
            )
        stale = [
            guid for guid, summary in stored.items() if guid in expected and farm.revision(g) not in summary
        ]
        if stale:
            problems.append(f"{name}: entries not at {farm.revision(g)}: {sorted(stale)[:5]}")
        if current and g != farm.generation:
            problems.append(f"{name}: at generation {g}, not {farm.generation}")
    return problems
