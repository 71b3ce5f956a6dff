"""Importing a feed reader's OPML export into config.toml.

The file is read with entities and network access off. New sources are appended to the
configuration as text, so its comments and layout stay; the result is validated before
the file is replaced, and the file is replaced atomically.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from lxml import etree

from aggregator.config import Config, parse_config
from aggregator.exceptions import ConfigError
from aggregator.words import slugify

#: Longest source name we generate (SOURCE_NAME_RE allows 64).
NAME_LENGTH = 48


@dataclass(frozen=True, slots=True)
class OpmlFeed:
    url: str
    title: str | None
    #: Slugs of the folders (and OPML categories) it was filed under.
    tags: tuple[str, ...]


def read_opml(data: bytes, path: Path) -> list[OpmlFeed]:
    """The feeds of an OPML document, with the folders they sit in as tags."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as e:
        raise ConfigError(f"not a readable OPML file: {e}", path=path) from e
    name = etree.QName(root).text  # the tag as text ({namespace}local): typed str, unlike .tag
    if name != "opml":
        raise ConfigError(f"not an OPML file (root element <{name}>)", path=path)
    body = root.find("body")
    feeds: list[OpmlFeed] = []
    for outline in body.iter("outline") if body is not None else ():
        url = (outline.get("xmlUrl") or outline.get("xmlurl") or "").strip()
        if not url:
            continue
        folders = [o.get("title") or o.get("text") or "" for o in outline.iterancestors("outline")]
        categories = [c for c in (outline.get("category") or "").replace("/", ",").split(",")]
        tags = tuple(
            dict.fromkeys(t for t in map(slugify, [*reversed(folders), *categories]) if t and t != "all")
        )
        feeds.append(
            OpmlFeed(
                url=url, title=(outline.get("title") or outline.get("text") or "").strip() or None, tags=tags
            )
        )
    return feeds


def append_sources(
    config: Config, feeds: list[OpmlFeed], *, dry_run: bool = False
) -> tuple[list[tuple[str, OpmlFeed]], list[str]]:
    """Add the feeds not yet configured to ``config``'s file; returns ((name, feed) added,
    URLs skipped). Raises ConfigError, leaving the file untouched, if the result would not
    load. ``dry_run``: decide, check, but write nothing."""
    if config.path is None:
        raise ConfigError("the configuration has no file to add sources to")
    known_urls = {s.url for s in config.sources}
    names = _Names({s.name for s in config.sources})
    blocks, added, skipped = [], [], []
    for feed in feeds:
        parts = urlsplit(feed.url)
        if parts.scheme not in ("http", "https") or not parts.hostname or feed.url in known_urls:
            skipped.append(feed.url)
            continue
        name = names.take(slugify(feed.title or "") or slugify(parts.hostname))
        known_urls.add(feed.url)
        added.append((name, feed))
        lines = ["", "[[sources]]", f"name = {_toml(name)}", f"url = {_toml(feed.url)}"]
        if feed.tags:
            lines.append("tags = [" + ", ".join(_toml(t) for t in feed.tags) + "]")
        blocks.append("\n".join(lines) + "\n")
    if not blocks:
        return added, skipped
    text = config.path.read_text(encoding="utf-8")
    new_text = (text if text.endswith("\n") else text + "\n") + "".join(blocks)
    parse_config(tomllib.loads(new_text), config.path)  # raises ConfigError: nothing written
    if dry_run:
        return added, skipped
    fd, tmp = tempfile.mkstemp(dir=config.path.parent, prefix=f".{config.path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(new_text)
        os.chmod(tmp, config.path.stat().st_mode & 0o777)
        os.replace(tmp, config.path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return added, skipped


class _Names:
    """Unique source names: ``base``, then ``base-2``, ``base-3``…

    Remembers the next number of each base, so 20,000 outlines of one title take linear
    time (trying ``-2``, ``-3``… from the start each time was quadratic).
    """

    def __init__(self, taken: set[str]) -> None:
        self.taken = set(taken)
        self._next: dict[str, int] = {}

    def take(self, base: str) -> str:
        base = (base or "source")[:NAME_LENGTH].strip("-") or "source"
        name, n = base, self._next.get(base, 2)
        if name in self.taken:
            name = f"{base}-{n}"
            while name in self.taken:
                n += 1
                name = f"{base}-{n}"
            self._next[base] = n + 1
        self.taken.add(name)
        return name


def _toml(value: str) -> str:
    """A TOML basic string."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    escaped = "".join(c if c >= " " and c != "\x7f" else f"\\u{ord(c):04x}" for c in escaped)
    return f'"{escaped}"'
