"""The feed's own freshness hint, kept across 304 responses.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

- sources.feed_ttl: seconds the feed says it stays unchanged (RSS <ttl>, sy:updatePeriod) as
  of its last full fetch; a 304 carries no document, and the hint still holds then.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("feed_ttl", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("feed_ttl")
