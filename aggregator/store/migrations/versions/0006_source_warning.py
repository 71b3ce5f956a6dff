"""What was wrong with a source's last document, when entries were read from it anyway.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

- sources.warning: a malformed feed the liberal parser half-read ("malformed XML at line 3,
  column 7: ..."); null after a clean document. Shown beside ``error`` in sources, on the
  index page and in /metrics.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.add_column(sa.Column("warning", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sources") as batch:
        batch.drop_column("warning")
