"""The full-text index of entries, for /search and fast queries.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04

- entry_search: SQLite FTS5 table (rowid = entry id), PostgreSQL table with a tsvector and
  a GIN index; holds each entry's words folded as the tag matcher folds them
  (store/_search.py). Existing entries are indexed here, in batches.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from aggregator.store import _search

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    _search.create(conn)
    entries = sa.table(
        "entries",
        sa.column("id", sa.Integer),
        sa.column("title", sa.Text),
        sa.column("summary", sa.Text),
        sa.column("content", sa.Text),
    )
    last = 0
    while True:
        rows = conn.execute(
            sa.select(entries.c.id, entries.c.title, entries.c.summary, entries.c.content)
            .where(entries.c.id > last)
            .order_by(entries.c.id)
            .limit(_search.BATCH)
        ).all()
        if not rows:
            return
        _search.index(conn, [tuple(r) for r in rows])
        last = rows[-1][0]


def downgrade() -> None:
    _search.drop(op.get_bind())
