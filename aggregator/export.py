"""Static export: every feed document written into ``output.dir``, atomically.

The directory mirrors the site's paths (``feeds/kremlin.atom``, ``sources/<name>.rss``,
``index.html``, ``opml.xml``), so any static web server can serve it as its root. Files are
written with the same ``render()`` the server uses, through a temporary file and a rename, so
a reader never sees half a file. File names come only from validated slugs, and every path
is checked to stay inside the directory.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from aggregator.config import Config
from aggregator.feeds import EMPTY_FEED_DATE, feed_document
from aggregator.render import FORMATS
from aggregator.render.opml import render_opml
from aggregator.store import Store

logger = logging.getLogger(__name__)

_SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_OUR_FILE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}\.(?:atom|rss|json)$")


@dataclass(frozen=True, slots=True)
class ExportResult:
    written: int = 0
    unchanged: int = 0
    removed: int = 0


def export_all(store: Store, config: Config) -> ExportResult:
    """Render every tag feed, the all feed and every source feed into ``output.dir``."""
    root = config.output.dir.resolve()
    wanted: dict[Path, bytes] = {}
    tags = store.list_tags()
    for kind, folder, keys in (
        ("all", "feeds", ["all"]),
        ("tag", "feeds", [t.slug for t in tags]),
        ("source", "sources", [s.name for s in store.list_sources()]),
    ):
        for key in keys:
            if not _SAFE_NAME.match(key):
                logger.warning("export skipped an unsafe name name=%r", key)
                continue
            for fmt in FORMATS:
                path = _inside(root, f"{folder}/{key}.{fmt}")
                wanted[path] = feed_document(store, config, kind, key, fmt).body
    last = max((t.last_entry for t in tags if t.last_entry), default=EMPTY_FEED_DATE)
    wanted[_inside(root, "opml.xml")] = render_opml(
        tags, base_url=config.server.base_url, title="aggregator tag feeds", now=last)

    written = unchanged = 0
    for path, body in wanted.items():
        if write_atomic(path, body):
            written += 1
        else:
            unchanged += 1
    removed = _remove_stale(root, set(wanted))
    logger.info("export done dir=%s written=%d unchanged=%d removed=%d",
                root, written, unchanged, removed)
    return ExportResult(written=written, unchanged=unchanged, removed=removed)


def write_atomic(path: Path, body: bytes) -> bool:
    """Write ``body`` to ``path`` through a temporary file and a rename; False when the file
    already held exactly these bytes (left untouched, so its mtime stays meaningful)."""
    try:
        if path.read_bytes() == body:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(body)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def _inside(root: Path, relative: str) -> Path:
    path = (root / relative).resolve()
    if not path.is_relative_to(root):
        raise ValueError(f"refusing to write outside {root}: {relative!r}")
    return path


def _remove_stale(root: Path, keep: set[Path]) -> int:
    """Delete feed files of ours that no longer correspond to a tag or source."""
    removed = 0
    for folder in ("feeds", "sources"):
        directory = root / folder
        if not directory.is_dir():
            continue
        for path in directory.iterdir():
            if path.is_file() and _OUR_FILE.match(path.name) and path.resolve() not in keep:
                path.unlink()
                removed += 1
    return removed
