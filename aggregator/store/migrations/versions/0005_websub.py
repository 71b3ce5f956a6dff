"""WebSub: subscribers of our feeds (as a hub), and our subscriptions to sources' hubs.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

- websub_subscriptions: one row per (topic, callback) of a subscriber to one of our feeds;
- websub_leases: one row per source we subscribed to at its hub.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "websub_subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("fmt", sa.String(length=8), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("callback", sa.Text(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("secret", sa.Text(), nullable=True),
        sa.Column("lease_expires", sa.DateTime(), nullable=True),
        sa.Column("pending_mode", sa.String(length=16), nullable=True),
        sa.Column("pending_secret", sa.Text(), nullable=True),
        sa.Column("pending_lease", sa.Integer(), nullable=True),
        sa.Column("delivered", sa.Text(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("next_attempt", sa.DateTime(), nullable=False),
        sa.Column("claimed_until", sa.DateTime(), nullable=True),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_websub_subscriptions")),
        sa.UniqueConstraint("topic", "callback", name=op.f("uq_websub_subscriptions_topic")),
    )
    op.create_index("ix_websub_subscriptions_due", "websub_subscriptions", ["next_attempt"])
    op.create_table(
        "websub_leases",
        sa.Column("source", sa.String(length=64), nullable=False),
        sa.Column("hub", sa.Text(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("secret", sa.String(length=64), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("lease_expires", sa.DateTime(), nullable=True),
        sa.Column("requested_at", sa.DateTime(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_push", sa.DateTime(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("source", name=op.f("pk_websub_leases")),
        sa.UniqueConstraint("token", name=op.f("uq_websub_leases_token")),
    )


def downgrade() -> None:
    op.drop_table("websub_leases")
    op.drop_index("ix_websub_subscriptions_due", table_name="websub_subscriptions")
    op.drop_table("websub_subscriptions")
