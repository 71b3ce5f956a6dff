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

from sqlalchemy import Connection, Table
from sqlalchemy.exc import StatementError

Processor = Callable[[Any], Any]
#: Per table and dialect: (statement, column names, each column's bind processor or None).
_PLANS: dict[tuple[str, str], tuple[str, tuple[str, ...], tuple[Processor | None, ...]]] = {}


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
        plan = _PLANS[plan_key] = (statement, names, processors)
    statement, names, processors = plan
    # The row's values in column order at C speed; then only the columns with a converter
    # (dates, JSON) are converted. Dates repeat within a fetch (its time on three columns
    # of every row, a published date as the sort date): each distinct one is converted
    # once. Every other value goes through its processor, None too (a JSON column stores
    # None as 'null').
    values_of = itemgetter(*names) if len(names) > 1 else lambda row: (row[names[0]],)
    converted_columns = [(i, process) for i, process in enumerate(processors) if process is not None]
    memo: dict[tuple[int, datetime], Any] = {}
    try:
        params: list[tuple[Any, ...]] = []
        for row in rows:
            values = list(values_of(row))
            for i, process in converted_columns:
                value = values[i]
                if isinstance(value, datetime):
                    key = (i, value)
                    converted = memo.get(key)
                    if converted is None:
                        converted = memo[key] = process(value)
                    values[i] = converted
                else:
                    values[i] = process(value)
            params.append(tuple(values))
    except Exception as e:  # a value its type refuses: what SQLAlchemy's own path raises
        raise StatementError(str(e), statement, None, e) from e
    conn.exec_driver_sql(statement, params)
    return True
