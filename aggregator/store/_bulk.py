"""Many rows in one statement, with the values converted once, at the driver's level.

SQLAlchemy's executemany converts each value of each row through the column's type (a
date goes through ``UTCDateTime`` and then SQLite's text format, a list through
``json.dumps``) inside a generic per-row loop: for the entries of a cold ingest that loop
cost more than SQLite's own work of inserting them into a table with four indexes. Here the
same converters (the columns' own bind processors, so the stored values are the same to the
byte) run in one tight loop, and the driver's ``executemany`` gets plain tuples.

SQLite only: on PostgreSQL the driver's parameter style and types differ, and SQLAlchemy's
insertmanyvalues already batches the rows there.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from operator import itemgetter
from typing import Any

from sqlalchemy import Column, Connection, Table
from sqlalchemy.exc import StatementError

Processor = Callable[[Any], Any]
#: Per table and dialect: (statement, column names, each column's bind processor or None,
#: each column's kind: ``_kinds``).
_PLANS: dict[tuple[str, str], tuple[str, tuple[str, ...], tuple[Processor | None, ...], tuple[int, ...]]] = {}


def insert_rows(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> bool:
    """INSERT ``rows`` (each with a value for every column but the integer primary key) into
    ``table`` by one driver-level executemany; False, doing nothing, where not supported
    (not SQLite): the caller then executes its own statement."""
    if not rows or conn.dialect.name != "sqlite":
        return False
    plan_key = (table.name, conn.dialect.name)
    plan = _PLANS.get(plan_key)
    if plan is None:
        written = [c for c in table.columns if not (c.primary_key and c.autoincrement in (True, "auto"))]
        names = tuple(c.name for c in written)
        statement = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        processors: tuple[Processor | None, ...] = tuple(
            c.type._cached_bind_processor(conn.dialect) for c in written
        )
        plan = _PLANS[plan_key] = (statement, names, processors, _kinds(written))
    statement, names, processors, kinds = plan
    # The row's values in column order at C speed; then only the columns with a converter
    # (dates, JSON) are converted. Values repeat within a fetch (its time on three columns
    # of every row, a published date as the sort date, a feed's few categories, no
    # enclosure): each distinct one is converted once per type of column.
    values_of = itemgetter(*names) if len(names) > 1 else lambda row: (row[names[0]],)
    converted_columns = [
        (i, process, kinds[i]) for i, process in enumerate(processors) if process is not None
    ]
    memo: dict[tuple[Any, ...], Any] = {}
    try:
        params: list[tuple[Any, ...]] = []
        for row in rows:
            values = list(values_of(row))
            for i, process, kind in converted_columns:
                values[i] = _converted(memo, kind, process, values[i])
            params.append(tuple(values))
    except Exception as e:  # a value its type refuses: what SQLAlchemy's own path raises
        raise StatementError(str(e), statement, None, e) from e
    conn.exec_driver_sql(statement, params)
    return True


#: Per table, key column and set of columns written (in the caller's order): the UPDATE
#: statement and each written column's bind processor (or None).
_UPDATES: dict[tuple[str, str, tuple[str, ...]], tuple[str, tuple[Processor | None, ...]]] = {}


def update_row(conn: Connection, table: Table, key: str, key_value: Any, values: Mapping[str, Any]) -> bool:
    """``UPDATE table SET <values> WHERE key = key_value`` at the driver's level, the values
    converted by their columns' processors; False, doing nothing, where not supported (not
    SQLite). SQLAlchemy's own execution of a compiled UPDATE builds its parameters in Python
    at every call, more than SQLite's update of the row: in a cold pass, where the writer
    waits for the GIL, 0.19 s of its 1.0 s (py-spy, 2026-12-05)."""
    if conn.dialect.name != "sqlite":
        return False
    plan_key = (table.name, key, tuple(values))
    plan = _UPDATES.get(plan_key)
    if plan is None:
        columns = [table.c[name] for name in values]
        statement = f"UPDATE {table.name} SET {', '.join(f'{c.name} = ?' for c in columns)} WHERE {key} = ?"
        plan = _UPDATES[plan_key] = (
            statement,
            tuple(c.type._cached_bind_processor(conn.dialect) for c in columns),
        )
    statement, processors = plan
    try:
        params = [v if p is None else p(v) for v, p in zip(values.values(), processors, strict=True)]
    except Exception as e:  # a value its type refuses: what SQLAlchemy's own path raises
        raise StatementError(str(e), statement, None, e) from e
    params.append(key_value)
    conn.exec_driver_sql(statement, tuple(params))
    return True


def _kinds(columns: Sequence[Column[Any]]) -> tuple[int, ...]:
    """For each column, the position of the first column of the same type (class and
    arguments): columns of one kind convert a value alike, so one conversion serves them all."""
    first: dict[tuple[type, str], int] = {}
    return tuple(first.setdefault((type(c.type), repr(c.type)), i) for i, c in enumerate(columns))


def _converted(memo: dict[tuple[Any, ...], Any], kind: int, process: Processor, value: Any) -> Any:
    """``process(value)``, from ``memo`` when a value equal to it was converted for a column
    of this kind: dates (the same instant at the same offset), and lists of strings (a JSON
    column's categories; 1 and True are equal keys, "1" and "true" are not)."""
    if isinstance(value, datetime):
        key: tuple[Any, ...] = (kind, value, value.utcoffset())
    elif isinstance(value, list) and all(type(item) is str for item in value):
        key = (kind, *value)
    else:
        return process(value)
    converted = memo.get(key)
    if converted is None:
        converted = memo[key] = process(value)
    return converted
