"""store/_bulk.py: rows inserted at the driver's level hold what SQLAlchemy's own executemany
would have stored, value for value and type for type (SQLite)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, insert, text

from aggregator.store import _bulk
from aggregator.store._rows import ENTRIES
from aggregator.store.models import Base

NOW = datetime(2026, 1, 21, 12, 0, 0, 123456, tzinfo=UTC)


def rows() -> list[dict[str, Any]]:
    paris = timezone(timedelta(hours=1))
    out = []
    for i, published in enumerate([NOW, None, datetime(1999, 12, 31, 23, 59, 59, tzinfo=paris), NOW]):
        out.append(
            {
                "source_id": 1,
                "guid": f"g{i}",
                "url": None if i == 1 else f"https://news.example/{i}?q=é",
                "title": "Élysée « titre »" if i else None,
                "summary": "<p>x</p>",
                "content": None,
                "author": "AFP",
                "published": published,
                "updated": NOW - timedelta(days=i),
                "categories": ["Politique", "Été"] if i % 2 else [],
                "enclosures": [["https://news.example/a.mp3", "audio/mpeg", 12]] if i == 2 else [],
                "content_hash": f"h{i}",
                "first_seen": NOW,
                "changed_at": NOW,
                "sort_date": published or NOW,
                "source_seq": i + 1,
                "dedupe_key": None,
                "duplicate_of": None,
                "seen_at": NOW,
            }
        )
    return out


def stored(path: Path, bulk: bool) -> list[tuple[Any, ...]]:
    engine = create_engine(f"sqlite:///{path}")
    Base.metadata.create_all(engine, tables=[m for m in Base.metadata.sorted_tables if m.name == "entries"])
    names = [c.name for c in ENTRIES.columns]
    with engine.begin() as conn:
        if bulk:
            assert _bulk.insert_rows(conn, ENTRIES, rows())
        else:
            conn.execute(insert(ENTRIES), rows())
        found = conn.execute(
            text("SELECT " + ", ".join(f"typeof({n}), {n}" for n in names) + " FROM entries ORDER BY id")
        ).all()
    engine.dispose()
    return [tuple(row) for row in found]


def test_bulk_insert_stores_what_sqlalchemy_stores(tmp_path: Path) -> None:
    assert stored(tmp_path / "bulk.db", bulk=True) == stored(tmp_path / "core.db", bulk=False)


def test_bulk_insert_is_sqlite_only(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    with engine.begin() as conn:
        assert not _bulk.insert_rows(conn, ENTRIES, [])  # nothing to do: the caller's path
    engine.dispose()
