"""Static export: every feed document, the index page and the OPML file in ``output.dir``.

The directory mirrors the site's paths (``feeds/kremlin.atom``,
``feeds/kremlin/archive/3.atom``, ``sources/<name>.rss``, ``index.html``, ``opml.xml``), so
any static web server can serve it as its root. Documents come from what the web views use
too (feeds.Documents, pages.py), not from a web app, so the files are byte for byte what the
server sends. Each is written through a temporary file and a rename, so a reader never sees
half a file, and only when its bytes changed. File names come only from validated slugs,
and every path is checked to stay inside the directory.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from aggregator.config import Config
from aggregator.exceptions import StorageError
from aggregator.feeds import Documents
from aggregator.kinds import FeedKind
from aggregator.metrics import Metrics
from aggregator.pages import index_page, opml_list
from aggregator.render import FORMATS
from aggregator.store import Store

logger = logging.getLogger(__name__)

_SAFE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
_OUR_FILE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}\.(?:atom|rss|json)$")
_ARCHIVE_FILE = re.compile(r"^[1-9][0-9]*\.(?:atom|rss|json)$")
#: Documents the exporter keeps between passes (feeds.Documents): its current documents.
EXPORT_CACHE_SIZE = 8


@dataclass(frozen=True, slots=True)
class ExportResult:
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    #: Feeds that could not be exported this time (each logged; their old files are kept).
    failed: int = 0


@dataclass
class Exporter:
    """Writes the export; remembers which feed versions it wrote, so that after an ingest
    pass only the feeds that changed are rendered again."""

    store: Store
    config: Config
    metrics: Metrics | None = None
    documents: Documents = field(init=False)
    #: Per feed written: its version then, and its number of archive pages.
    _written: dict[tuple[FeedKind, str], tuple[object, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # The current documents only: archive pages are rendered once each, and kept
        # pages would hold tens of megabytes for nothing.
        self.documents = Documents(self.store, self.config, size=EXPORT_CACHE_SIZE, metrics=self.metrics)

    def export(self) -> ExportResult:
        root = self.config.output.dir.resolve()
        root.mkdir(parents=True, exist_ok=True)
        written = unchanged = failed = 0
        keep: set[Path] = set()
        feeds: list[tuple[FeedKind, str, str]] = [("all", "feeds", "all")]
        feeds += [("tag", "feeds", t.slug) for t in self.store.list_tags()]
        feeds += [("source", "sources", s.name) for s in self.store.list_sources()]
        for kind, folder, key in feeds:
            if not _SAFE_NAME.match(key):
                logger.warning("export skipped an unsafe name name=%r", key)
                continue
            version = self.store.feed_version(kind, key)
            known = self._written.get((kind, key))
            # An unchanged feed is not rendered again: its files are checked to be there.
            archives = known[1] if known is not None and known[0] == version else None
            files = _FeedFiles(self.documents, root, kind, folder, key, archives)
            try:
                for path, body in files:
                    keep.add(path)
                    if body is None:
                        continue
                    if write_atomic(path, body):
                        written += 1
                    else:
                        unchanged += 1
            except (OSError, StorageError):
                raise  # the disk or the database: every other feed would fail the same way
            except Exception:
                # One feed must not stop the export of the others: its files stay as they
                # were, and it is rendered again at the next export.
                logger.exception(
                    "export of a feed failed, its files are left as they were feed=%s/%s", folder, key
                )
                failed += 1
                keep.update(files.existing())
                self._written.pop((kind, key), None)
                continue
            self._written[(kind, key)] = (version, files.archives)
        pages = {
            "index.html": index_page(self.config, self.store, datetime.now(UTC)).encode(),
            "opml.xml": opml_list(self.config, self.store)[0],
        }
        for name, body in pages.items():
            path = _inside(root, name)
            keep.add(path)
            if write_atomic(path, body):
                written += 1
            else:
                unchanged += 1
        removed = _remove_stale(root, keep)
        logger.info(
            "export done dir=%s written=%d unchanged=%d removed=%d failed=%d",
            root,
            written,
            unchanged,
            removed,
            failed,
        )
        return ExportResult(written=written, unchanged=unchanged, removed=removed, failed=failed)


class _FeedFiles:
    """(path, bytes) of each document of a feed, rendered one at a time as they are asked
    for (a feed of a million entries has thousands of archive pages); bytes None for a file
    known current. ``archives``: the feed's archive pages, known when the feed is unchanged
    since the last export, else read from its current document."""

    def __init__(
        self, documents: Documents, root: Path, kind: FeedKind, folder: str, key: str, archives: int | None
    ) -> None:
        self.documents, self.root = documents, root
        self.kind, self.folder, self.key = kind, folder, key
        self.unchanged = archives is not None
        self.archives = archives or 0

    def __iter__(self) -> Iterator[tuple[Path, bytes | None]]:
        kind, key = self.kind, self.key
        for fmt in FORMATS:
            current = self._path(f"{key}.{fmt}")
            if self.unchanged and current.exists():
                yield current, None
            else:
                doc = self.documents.get(kind, key, fmt)
                self.archives = doc.archives
                yield current, doc.body
            for page in range(1, self.archives + 1):
                path = self._path(f"{key}/archive/{page}.{fmt}")
                if self.unchanged and path.exists():
                    yield path, None
                else:
                    yield path, self.documents.get(kind, key, fmt, page).body

    def existing(self) -> Iterator[Path]:
        """The feed's files already in the export: its current documents and archive pages."""
        for fmt in FORMATS:
            current = self._path(f"{self.key}.{fmt}")
            if current.exists():
                yield current
        archive = self._path(f"{self.key}/archive")
        if archive.is_dir():
            yield from (p.resolve() for p in archive.iterdir() if _ARCHIVE_FILE.match(p.name))

    def _path(self, relative: str) -> Path:
        return _inside(self.root, f"{self.folder}/{relative}")


def export_all(store: Store, config: Config) -> ExportResult:
    """Write the whole export once (``aggregator export``)."""
    return Exporter(store, config).export()


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
    """Delete feed files of ours that no longer belong to a tag, source or archive page."""
    removed = 0
    for folder in ("feeds", "sources"):
        directory = root / folder
        if not directory.is_dir():
            continue
        for path in directory.iterdir():
            if path.is_file() and _OUR_FILE.match(path.name) and path.resolve() not in keep:
                path.unlink()
                removed += 1
            elif path.is_dir() and _SAFE_NAME.match(path.name):
                archive = path / "archive"
                for page in archive.iterdir() if archive.is_dir() else ():
                    if _ARCHIVE_FILE.match(page.name) and page.resolve() not in keep:
                        page.unlink()
                        removed += 1
                for empty in (archive, path):
                    if empty.is_dir() and not any(empty.iterdir()):
                        empty.rmdir()
    return removed
