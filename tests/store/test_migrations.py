"""Schema migrations on real databases: the revisions, the fast path for empty databases,
upgrading a database made by the first revision, and start-up with migrations disabled."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from conftest import ON_POSTGRES
from sqlalchemy import inspect, text

from aggregator.cli import main
from aggregator.config import Config
from aggregator.exceptions import ConfigError, StorageError
from aggregator.store import Store, _migrate, _search, database_revision
from aggregator.store.engine import make_engine
from aggregator.store.models import Base

NOW = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)


@pytest.fixture(
    params=[pytest.param("sqlite"), pytest.param("postgresql", marks=pytest.mark.postgres)]
    if not ON_POSTGRES
    else [pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database, on SQLite and on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.db'}"
    return str(request.getfixturevalue("fresh_postgres_url"))


def schema_diff(url: str) -> list[object]:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            # The full-text index is not in the models (an FTS5 virtual table on SQLite):
            # both paths make it with _search.create; the tests of search check it is there.
            context = MigrationContext.configure(
                conn, opts={"include_name": lambda name, kind, _: not (name or "").startswith(_search.TABLE)}
            )
            return list(compare_metadata(context, Base.metadata))
    finally:
        engine.dispose()


def test_the_revisions_build_the_schema_of_the_models(empty_url: str) -> None:
    """Replaying every revision gives what create_all gives (the fast path for empty
    databases), so neither can drift from the other."""
    engine = make_engine(empty_url)
    assert _migrate.upgrade(engine, _migrate.BASELINE) == (None, _migrate.BASELINE)
    assert _migrate.upgrade(engine) == (_migrate.BASELINE, _migrate.head())
    engine.dispose()
    assert schema_diff(empty_url) == []


def test_the_head_constant_is_the_head_of_the_scripts() -> None:
    """HEAD lets start-up skip Alembic; a new revision must move it too."""
    assert _migrate.head() == _migrate.HEAD


def test_an_empty_database_is_created_at_head(empty_url: str) -> None:
    store = Store(empty_url)
    store.close()
    assert database_revision(empty_url) == (_migrate.head(), _migrate.head())
    assert schema_diff(empty_url) == []


def test_the_baseline_is_the_schema_before_migrations(empty_url: str) -> None:
    """Revision 0001 is what create_all made before this branch: no claim holder, no
    counters (the columns the second revision adds)."""
    engine = make_engine(empty_url)
    _migrate.upgrade(engine, _migrate.BASELINE)
    columns = {c["name"] for c in inspect(engine).get_columns("sources")}
    engine.dispose()
    assert "claimed_until" in columns
    assert not {"claimed_by", "entry_count", "listed_at"} & columns


def make_first_schema_database(url: str, *, stamped: bool = True) -> None:
    """A database at revision 0001 with a source, two entries (one a duplicate of the other's
    article on another source) and a tag, written with the SQL of that schema."""
    engine = make_engine(url)
    _migrate.upgrade(engine, _migrate.BASELINE)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO sources (id, name, url, config_url, type, active, disabled, failures,"
                " created_at, last_seq, next_fetch_at) VALUES"
                " (1, 'a', 'https://a.example/feed', 'https://a.example/feed', 'feed', :t, :f, 0,"
                "  :now, 1, :now),"
                " (2, 'b', 'https://b.example/feed', 'https://b.example/feed', 'feed', :t, :f, 0,"
                "  :now, 1, :now)"
            ),
            {"now": NOW.replace(tzinfo=None), "t": True, "f": False},
        )
        for id_, source, dup in ((1, 1, None), (2, 2, 1)):
            conn.execute(
                text(
                    "INSERT INTO entries (id, source_id, guid, url, title, categories, enclosures,"
                    " content_hash, first_seen, changed_at, sort_date, source_seq, dedupe_key,"
                    " duplicate_of) VALUES (:id, :source, :guid, 'https://x.example/1', 'One',"
                    " '[]', '[]', 'h', :now, :now, :date, 1, 'https://x.example/1', :dup)"
                ),
                {
                    "id": id_,
                    "source": source,
                    "guid": f"g{id_}",
                    "dup": dup,
                    "now": NOW.replace(tzinfo=None),
                    "date": (NOW - timedelta(hours=id_)).replace(tzinfo=None),
                },
            )
        conn.execute(
            text(
                "INSERT INTO tags (id, slug, title, configured, last_seq, changed_at)"
                " VALUES (1, 'world', 'World', :t, 1, :now)"
            ),
            {"t": True, "now": NOW.replace(tzinfo=None)},
        )
        conn.execute(text("INSERT INTO entry_tags (tag_id, entry_id, seq) VALUES (1, 1, 1)"))
        if not stamped:
            conn.execute(text("DROP TABLE alembic_version"))
    engine.dispose()


@pytest.mark.parametrize("stamped", [True, False], ids=["at-revision-0001", "made-by-create_all"])
def test_a_database_of_the_first_schema_is_upgraded_with_its_data(empty_url: str, stamped: bool) -> None:
    make_first_schema_database(empty_url, stamped=stamped)
    store = Store(empty_url)
    try:
        assert database_revision(empty_url)[0] == _migrate.head()
        # The counters the second revision adds are filled from the rows.
        [tag] = store.list_tags()
        assert (tag.slug, tag.entries, tag.last_entry) == ("world", 1, NOW - timedelta(hours=1))
        assert {s.name: s.entries for s in store.list_sources(active_only=False)} == {"a": 1, "b": 1}
        # ... and the store works on it: the old entries are read, claims take holders.
        assert [e.data.guid for e in store.tag_entries("world", 10)] == ["g1"]
        [entry] = store.all_entries(10)
        assert [name for name, *_ in entry.also_from] == ["b"]
        claimed = store.claim_due_sources(NOW, limit=5, lease=timedelta(minutes=5), claimer="w1")
        assert {s.claimed_by for s in claimed} == {"w1"}
    finally:
        store.close()
    assert schema_diff(empty_url) == []


def test_migrate_false_refuses_a_database_not_at_head(empty_url: str) -> None:
    make_first_schema_database(empty_url)
    with pytest.raises(StorageError, match="aggregator db upgrade"):
        Store(empty_url, migrate=False)
    assert database_revision(empty_url)[0] == _migrate.BASELINE  # left as it was
    Store(empty_url).close()
    Store(empty_url, migrate=False).close()


def test_several_processes_starting_at_once_migrate_once(empty_url: str) -> None:
    """Workers started together on an empty database: one creates the schema, the others
    wait for its lock and find it done."""
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def open_store() -> None:
        try:
            start.wait(timeout=10)
            Store(empty_url).close()
        except BaseException as e:
            errors.append(e)

    threads = [threading.Thread(target=open_store) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert errors == []
    assert database_revision(empty_url) == (_migrate.head(), _migrate.head())


@pytest.fixture
def db_config(write_config: Callable[..., Config]) -> Iterator[Config]:
    yield write_config("[database]\nmigrate = false\n")


def test_db_commands(db_config: Config, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(db_config.path)
    make_first_schema_database(db_config.database.url)
    assert main(["db", "current", "--config", path]) == 1
    assert "revision 0001" in capsys.readouterr().out
    # With [database] migrate = false, commands refuse the old schema...
    assert main(["sources", "--config", path]) == 1
    assert "aggregator db upgrade" in capsys.readouterr().err
    # ... until it is upgraded.
    assert main(["db", "upgrade", "--config", path]) == 0
    assert f"upgraded from revision 0001 to {_migrate.head()}" in capsys.readouterr().out
    assert main(["db", "upgrade", "--config", path]) == 0
    assert "already at revision" in capsys.readouterr().out
    assert main(["db", "current", "--config", path]) == 0
    assert main(["sources", "--config", path]) == 0


@pytest.mark.parametrize("text", ['migrate = "yes"', "migrate = 1", "migrat = true"])
def test_migrate_key_is_strict(write_config: Callable[..., Config], text: str) -> None:
    with pytest.raises(ConfigError, match=r"database\.migrat"):
        write_config(f"[database]\n{text}\n")


def test_an_empty_database_is_made_without_alembic(tmp_path: Path) -> None:
    """A first start (``aggregator fetch`` on a new install) does not pay for importing
    Alembic: the new database is stamped at head by plain SQL, which Alembic then reads."""
    url = f"sqlite:///{tmp_path / 'new.db'}"
    script = (
        "import sys\n"
        "from aggregator.store import Store\n"
        f"Store({url!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.strip() == "[]"
    assert database_revision(url) == (_migrate.HEAD, _migrate.HEAD)
    assert schema_diff(url) == []
