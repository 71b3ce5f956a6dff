"""The hash of the last body parsed, so that the same bytes are not parsed again.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26

- sources.body_hash: SHA-256 of the last body stored and of the settings it was read with;
  a server without validators answers 200 with the same bytes, which then count as a 304.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("body_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("body_hash")
