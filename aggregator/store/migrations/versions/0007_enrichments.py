"""Enrichment from the article page: which entries' pages are to be read, and what they gave.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

- enrichments: one row per entry of a source with ``enrich`` on, from its arrival: when to
  (re)try its article page, how many tries failed, and the fields the page gave, which later
  fetches of the listing keep.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "enrichments",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=8), nullable=False),
        sa.Column("tries", sa.Integer(), nullable=False),
        sa.Column("next_try_at", sa.DateTime(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("fields", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["entry_id"], ["entries.id"], name=op.f("fk_enrichments_entry_id_entries"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_enrichments_source_id_sources"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("entry_id", name=op.f("pk_enrichments")),
    )
    op.create_index("ix_enrichments_due", "enrichments", ["source_id", "next_try_at"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_enrichments_due", table_name="enrichments")
    op.drop_table("enrichments")
