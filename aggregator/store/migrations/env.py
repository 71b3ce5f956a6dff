"""Alembic environment: runs on the connection ``_migrate.upgrade`` hands over (already in a
transaction, holding the migration lock), or, for the ``alembic`` command of a developer, on
``$AGGREGATOR_DATABASE_URL``."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy.engine import Connection

from aggregator.store.models import Base


def run() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run_on(connection)
        return
    from aggregator.store.engine import make_engine

    url = os.environ.get("AGGREGATOR_DATABASE_URL")
    if not url:
        raise SystemExit("set AGGREGATOR_DATABASE_URL to the database to compare with")
    engine = make_engine(url)
    with engine.begin() as conn:
        _run_on(conn)
    engine.dispose()


def _run_on(connection: Connection) -> None:
    # Batch mode: SQLite alters a table by copying it; other backends use ALTER as usual.
    context.configure(
        connection=connection, target_metadata=Base.metadata, render_as_batch=True, compare_type=True
    )
    with context.begin_transaction():
        context.run_migrations()


run()
