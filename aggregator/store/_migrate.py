"""Schema migrations: bring a database to the schema this code needs, with Alembic.

The revisions live in ``migrations/versions`` inside the package. ``upgrade`` runs in one
transaction holding a lock (``BEGIN IMMEDIATE`` on SQLite, an advisory lock on PostgreSQL),
so several workers starting at once against one database migrate it once; the others wait,
then find it at head.

An empty database is created from the models and stamped at head (one ``create_all``,
much faster than replaying every revision: tests open hundreds of stores), without Alembic
(its import is a tenth of a second of a first ``aggregator fetch``);
tests/store/test_migrations.py checks that the revisions build the same schema. A database
made before migrations existed (``create_all`` of the first schema) is taken as the baseline.
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    inspect,
    text,
)
from sqlalchemy.exc import SQLAlchemyError

from aggregator.store import _search
from aggregator.store import models as m
from aggregator.store.engine import writer

if TYPE_CHECKING:
    from alembic.config import Config as AlembicConfig
    from alembic.script import ScriptDirectory

logger = logging.getLogger(__name__)

#: The revision this code's models are at. Checked against the scripts by
#: tests/store/test_migrations.py; it lets a process whose database is at head start
#: without importing Alembic (a tenth of a second of every command's start-up).
HEAD = "0008"

MIGRATIONS = Path(__file__).parent / "migrations"
#: The first revision: the schema as create_all made it before migrations existed.
BASELINE = "0001"
#: pg_advisory_xact_lock key serializing migrations (any constant; "aggr" in ASCII).
LOCK_KEY = 0x61676772
#: Alembic's own version table, as Alembic defines it, for stamping a new database at head.
_VERSION_TABLE = Table(
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)


def at_head(engine: Engine) -> bool:
    """True when the database says it is at HEAD (one query, no Alembic)."""
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    except SQLAlchemyError:
        return False


def _alembic_config() -> AlembicConfig:
    from alembic.config import Config as AlembicConfig

    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@cache
def _script() -> ScriptDirectory:
    """The revisions, read once per process."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config())


def head() -> str:
    """The revision this code needs."""
    revision = _script().get_current_head()
    assert revision is not None
    return revision


def current(engine: Engine) -> str | None:
    """The database's revision (None: not under migrations, or empty)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str | None]:
    """Migrate the database to ``revision``; returns (revision before, revision after)."""
    if revision == "head" and _created(engine):
        return None, HEAD
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    with writer(engine).begin() as conn:
        _lock(conn)
        context = MigrationContext.configure(conn)
        before = context.get_current_revision()
        if before is None and "sources" in inspect(conn).get_table_names():
            logger.info("database made before migrations, taken as revision %s", BASELINE)
            context.stamp(_script(), BASELINE)
            before = BASELINE
        cfg = _alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        after = MigrationContext.configure(conn).get_current_revision()
    if after != before:
        logger.info("database migrated from=%s to=%s", before, after)
    return before, after


def _lock(conn: Connection) -> None:
    """Hold the migration lock until the transaction ends (SQLite: its BEGIN IMMEDIATE)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})


def _created(engine: Engine) -> bool:
    """Make an empty database at HEAD from the models; False, changing nothing, when the
    database has any of our tables or a version already."""
    with writer(engine).begin() as conn:
        _lock(conn)
        tables = set(inspect(conn).get_table_names())
        if tables & (set(m.Base.metadata.tables) | {_VERSION_TABLE.name}):
            return False
        m.Base.metadata.create_all(conn)
        _search.create(conn)
        _VERSION_TABLE.create(conn)
        conn.execute(_VERSION_TABLE.insert().values(version_num=HEAD))
    logger.info("database created at revision %s", HEAD)
    return True
