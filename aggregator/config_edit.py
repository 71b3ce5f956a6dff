"""Edits of config.toml by the CLI (``aggregator add`` / ``remove``), keeping the file's
comments and layout (tomlkit), validated before the file is replaced, replaced atomically.

Decides nothing about what to add: the caller gives the source's keys.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import AoT, Table

from aggregator.config import Config, parse_config
from aggregator.exceptions import ConfigError


def add_source(path: Path, keys: dict[str, Any]) -> Config:
    """Append a ``[[sources]]`` table with ``keys`` to the file; returns the new configuration.

    Raises:
        ConfigError: the file would not load afterwards (nothing is written then).
    """
    doc = _read(path)
    table = tomlkit.table()
    for key, value in keys.items():
        table.add(key, value)
    sources = doc.get("sources")
    if sources is None:
        doc.add(tomlkit.nl())
        doc.add("sources", tomlkit.aot())
        sources = doc["sources"]
    if not isinstance(sources, AoT):
        raise ConfigError("expected an array of tables ([[sources]])", path=path, key="sources")
    sources.append(table)
    return _write_checked(path, doc)


def remove_source(path: Path, name: str) -> Config:
    """Remove the ``[[sources]]`` table named ``name``; returns the new configuration.

    Raises:
        ConfigError: no such source, or the file would not load afterwards.
    """
    doc = _read(path)
    sources = doc.get("sources")
    index = next(
        (i for i, t in enumerate(sources or ()) if isinstance(t, Table | dict) and t.get("name") == name),
        None,
    )
    if not isinstance(sources, AoT) or index is None:
        raise ConfigError(f"no source named {name!r} in the configuration", path=path, key="sources")
    del sources[index]
    if not len(sources):
        del doc["sources"]
    return _write_checked(path, doc)


def _read(path: Path) -> tomlkit.TOMLDocument:
    try:
        return tomlkit.parse(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise ConfigError(f"cannot read the file: {e.strerror}", path=path) from e
    except tomlkit.exceptions.ParseError as e:
        raise ConfigError(f"not valid TOML: {e}", path=path) from e


def _write_checked(path: Path, doc: tomlkit.TOMLDocument) -> Config:
    text = tomlkit.dumps(doc)
    config = parse_config(tomllib.loads(text), path, dict(os.environ))  # raises: nothing written
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, path.stat().st_mode & 0o777)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return config
