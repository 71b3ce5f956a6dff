"""Scale-out: claim holders, retention bookkeeping, maintained counters.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26

- sources.claimed_by: which worker holds the claim; only its result is applied.
- sources.listed_at, entries.seen_at: what a source still lists, which retention keeps.
- sources.entry_count, tags.entry_count, tags.last_entry: counters maintained with the rows,
  so listing sources and tags no longer counts every entry.
- ix_entries_source_date: retention by age, per source, as an index range.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("claimed_by", sa.String(length=128), nullable=True))
        batch.add_column(sa.Column("listed_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("entry_count", sa.Integer(), server_default="0", nullable=False))
    with op.batch_alter_table("entries") as batch:
        batch.add_column(sa.Column("seen_at", sa.DateTime(), nullable=True))
    with op.batch_alter_table("tags") as batch:
        batch.add_column(sa.Column("entry_count", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(sa.Column("last_entry", sa.DateTime(), nullable=True))
    op.create_index("ix_entries_source_date", "entries", ["source_id", "sort_date"], unique=False)

    # Fill what the new columns stand for from the rows already there.
    op.execute("UPDATE entries SET seen_at = first_seen")
    op.execute(
        "UPDATE sources SET entry_count = (SELECT count(*) FROM entries WHERE entries.source_id = sources.id)"
    )
    op.execute(
        "UPDATE tags SET entry_count = (SELECT count(*) FROM entry_tags WHERE entry_tags.tag_id = tags.id)"
    )
    op.execute(
        "UPDATE tags SET last_entry = (SELECT max(entries.sort_date) FROM entry_tags"
        " JOIN entries ON entries.id = entry_tags.entry_id"
        " WHERE entry_tags.tag_id = tags.id)"
    )


def downgrade() -> None:
    op.drop_index("ix_entries_source_date", table_name="entries")
    with op.batch_alter_table("tags") as batch:
        batch.drop_column("last_entry")
        batch.drop_column("entry_count")
    with op.batch_alter_table("entries") as batch:
        batch.drop_column("seen_at")
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("entry_count")
        batch.drop_column("listed_at")
        batch.drop_column("claimed_by")
