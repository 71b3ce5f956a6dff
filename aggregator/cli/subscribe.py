"""Commands about what to follow: ``preview`` a page or feed, ``add`` and ``remove`` a
source, ``import-opml``; the last three edit the configuration file."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from datetime import UTC, datetime

from aggregator.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    is_http_url,
    key_value,
    print_clean,
    print_json,
    summary_text,
)
from aggregator.config import COMMAND_LINE, Config
from aggregator.exceptions import ConfigError


def cmd_preview(config: Config, args: argparse.Namespace) -> int:
    from aggregator.config import SourceConfig, parse_select
    from aggregator.exceptions import SourceError
    from aggregator.fetch import Fetcher
    from aggregator.preview import preview_json, preview_source

    if not is_http_url(args.url):
        raise ConfigError(
            f"not a URL: {args.url!r} (expected http://… or https://…)", path=COMMAND_LINE, key="URL"
        )
    # Selectors given on the command line are the option's fault, not the configuration's.
    select = parse_select(dict(key_value(item) for item in args.select), None) if args.select else None
    source = SourceConfig(name="preview", url=args.url, type=args.type, select=select, timezone=args.timezone)
    try:
        with Fetcher(config.fetch) as fetcher:
            preview = preview_source(
                source, fetcher, now=datetime.now(UTC), limit=args.limit, enrich=args.enrich
            )
    except SourceError as e:
        print_clean(f"aggregator: {args.url}: {e}", file=sys.stderr)
        return EXIT_FAILURE
    if args.json:
        print_json(preview_json(preview))
        return EXIT_OK
    parsed = preview.parsed
    print_clean(
        f"{preview.url}\n  kind: {parsed.kind}\n  title: {preview.info.title or '-'}\n"
        f"  entries: {len(preview.entries)}"
    )
    if parsed.alternate_feed:
        print_clean(
            f'  advertises a feed of this listing (read instead with type = "auto"): {parsed.alternate_feed}'
        )
    if parsed.next_page:
        print_clean(f"  next page: {parsed.next_page}")
    if parsed.detected:
        print_clean(f"  found by: {parsed.detected.get('method')}")
        selectors = {k: v for k, v in parsed.detected.items() if k != "method" and "(" not in v}
        if selectors:
            print_clean("  selectors, for [sources.select]:")
            for key, value in selectors.items():
                print_clean(f"    {key} = {json.dumps(value, ensure_ascii=False)}")
    if preview.enrich != "none":
        print_clean(f"  article pages read: {preview.enrich} (--enrich none to skip)")
    print_clean()
    for item in preview.entries:
        entry = item.data
        date = entry.published or entry.updated
        print_clean(
            f"- {entry.title or '(untitled)'}\n  {entry.url or '-'}\n"
            f"  {date.isoformat() if date else 'no date'}"
        )
        if item.enrich_error:
            print_clean(f"  article page not read: {item.enrich_error}")
        text = summary_text(entry.summary or entry.content)
        if text:
            print_clean(textwrap.indent(textwrap.shorten(text, 200, placeholder=" …"), "  "))
    return EXIT_OK


def cmd_import_opml(config: Config, args: argparse.Namespace) -> int:
    from pathlib import Path

    from aggregator.opml import append_sources, read_opml

    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ConfigError(f"cannot read the file: {e.strerror}", path=path) from e
    added, skipped = append_sources(config, read_opml(data, path), dry_run=args.dry_run)
    verb = "would add" if args.dry_run else "added"
    for name, feed in added:
        print_clean(f"{verb} source {name}: {feed.url} (tags: {', '.join(feed.tags) or '-'})")
    for url in skipped:
        print_clean(f"skipped {url} (already configured, or not http(s))")
    print_clean(f"{config.path}: {len(added)} sources {verb.split()[-1]}, {len(skipped)} skipped")
    return EXIT_OK


#: How a running service picks up an edited configuration (README, "Lifecycle").
APPLY_HINT = (
    "apply it to the running service: `sudo systemctl reload aggregator` "
    "(or send SIGHUP to the aggregator process)"
)


def cmd_add(config: Config, args: argparse.Namespace) -> int:
    from urllib.parse import urlsplit

    from aggregator.config import SOURCE_NAME_RE
    from aggregator.config_edit import add_source
    from aggregator.exceptions import SourceError
    from aggregator.tag import slugify

    if config.path is None:
        raise ConfigError("no configuration file to add the source to; pass --config PATH")
    if not is_http_url(args.url):
        raise ConfigError(
            f"not a URL: {args.url!r} (expected http://… or https://…)", path=COMMAND_LINE, key="URL"
        )
    if any(s.url == args.url for s in config.sources):
        name = next(s.name for s in config.sources if s.url == args.url)
        raise ConfigError(
            f"{args.url} is already configured, as source {name!r}", path=config.path, key="sources"
        )
    if args.name is not None and not SOURCE_NAME_RE.match(args.name):
        raise ConfigError(
            f"expected a slug of lowercase letters, digits, '-' and '_' (at most 64), got {args.name!r}",
            path=COMMAND_LINE,
            key="--name",
        )
    if args.name is not None and config.source(args.name) is not None:
        raise ConfigError(
            f"a source named {args.name!r} already exists; choose another --name",
            path=COMMAND_LINE,
            key="--name",
        )
    try:
        kind, title, entries = _look_at(config, args.url, args.type)
    except SourceError as e:
        print_clean(f"aggregator: {args.url}: {e}; nothing added", file=sys.stderr)
        return EXIT_FAILURE
    name = args.name or _free_name(
        slugify(title or "") or slugify(urlsplit(args.url).hostname or "") or "source",
        {s.name for s in config.sources},
    )
    keys: dict[str, object] = {"name": name, "url": args.url}
    if args.type != "auto":
        keys["type"] = args.type
    if args.tags:
        keys["tags"] = list(dict.fromkeys(args.tags))
    add_source(config.path, keys)
    print_clean(f"{args.url}: {kind}, {title or 'untitled'}, {entries} entries")
    print(f"added source {name} to {config.path}; {APPLY_HINT}")
    return EXIT_OK


def cmd_remove(config: Config, args: argparse.Namespace) -> int:
    from aggregator.config_edit import remove_source

    if config.path is None:
        raise ConfigError("no configuration file to remove the source from; pass --config PATH")
    remove_source(config.path, args.name)
    print(
        f"removed source {args.name} from {config.path} (its stored entries stay until "
        f"retention removes them); {APPLY_HINT}"
    )
    return EXIT_OK


def _look_at(config: Config, url: str, source_type: str) -> tuple[str, str | None, int]:
    """Fetch and parse ``url`` as a source would: (kind, title, entries). Raises SourceError."""
    from aggregator.fetch import Fetcher
    from aggregator.normalize import normalize_feed
    from aggregator.parse import parse_document
    from aggregator.types import Fetched

    with Fetcher(config.fetch) as fetcher:
        response = fetcher.fetch(url)
        assert isinstance(response, Fetched)  # no validators sent: never a 304
        parsed = parse_document(
            response.body,
            url=response.url,
            headers=response.headers,
            source_type=source_type,
            now=datetime.now(UTC),
        )
    info, entries = normalize_feed(parsed, base_url=response.url)
    return parsed.kind, info.title, len(entries)


def _free_name(base: str, taken: set[str]) -> str:
    base = base[:60].strip("-_") or "source"
    name, n = base, 2
    while name in taken:
        name = f"{base}-{n}"
        n += 1
    return name
