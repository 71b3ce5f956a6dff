"""The ``aggregator`` command line.

Exit status: 0 success, 1 runtime failure, 2 bad usage or configuration.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import textwrap
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor, wait
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from aggregator import __version__
from aggregator.config import COMMAND_LINE, ENRICH_MODES, Config, load_config
from aggregator.exceptions import AggregatorError, ConfigError
from aggregator.logconfig import LEVELS, configure_logging, set_level, set_secret_params
from aggregator.redact import redact_text

if TYPE_CHECKING:
    from aggregator.store import Store
    from aggregator.types import Entry, SourceLease

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
#: `fetch --strict` when a source failed: apart from 1 (the command itself failed).
EXIT_SOURCES_FAILED = 3
#: Commands that run on the defaults when no configuration file exists (and none was named).
WITHOUT_CONFIG = ("preview",)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    configure_logging(args.log_level or "INFO")
    try:
        config = _load_config(args)
        set_secret_params(config.fetch.secret_params)
        if not args.log_level:
            set_level(config.log.level)
        return int(args.handler(config, args) or EXIT_OK)
    except BrokenPipeError:
        # The reader went away (`aggregator sources --json | head`): that is how pipes end.
        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_OK
    except ConfigError as e:
        print(f"aggregator: {e}", file=sys.stderr)
        return EXIT_USAGE
    except AggregatorError as e:
        print(f"aggregator: {e}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_OK


def _load_config(args: argparse.Namespace) -> Config:
    """The configuration; for WITHOUT_CONFIG commands, the defaults when there is no file
    and none was named (by --config or $AGGREGATOR_CONFIG)."""
    from aggregator.config import ENV_CONFIG, config_path

    if (args.command in WITHOUT_CONFIG and not args.config and not os.environ.get(ENV_CONFIG)
            and not config_path().exists()):
        return Config(path=None)
    return load_config(args.config)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aggregator",
        description="Polls feeds and HTML tag archives; publishes per-tag Atom, RSS and JSON feeds.")
    parser.add_argument("--version", action="version", version=f"aggregator {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--config", metavar="PATH",
                        help="configuration file (default: $AGGREGATOR_CONFIG, else ./config.toml)")
    common.add_argument("--log-level", choices=LEVELS, type=str.upper,
                        help="log level (default: [log] level of the configuration, else INFO)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler: Callable[[Config, argparse.Namespace], int | None],
                help: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help, description=help)
        p.set_defaults(handler=handler)
        return p

    command("run", cmd_run, "scheduler and HTTP server in one process (the systemd service)")
    command("serve", cmd_serve, "HTTP server only")
    p = command("worker", cmd_worker, "scheduler and fetchers only, no feeds served")
    p.add_argument("--listen", metavar="[HOST:]PORT", type=_listen_address,
                   help="serve /healthz and /metrics there (HOST defaults to 127.0.0.1; "
                        "default: no HTTP at all)")
    p = command("fetch", cmd_fetch, "one ingest pass now over all (or the named) sources, then exit")
    p.add_argument("names", nargs="*", metavar="NAME", help="source names (default: all)")
    p.add_argument("--strict", action="store_true",
                   help=f"exit {EXIT_SOURCES_FAILED} when any source failed (default: exit 0)")
    command("export", cmd_export, "render every feed into output.dir, then exit")
    command("check-config", cmd_check_config, "validate the configuration and exit (0 valid, 2 invalid)")
    p = command("enable", cmd_enable, "poll disabled sources again (a 410 Gone disables a source)")
    p.add_argument("names", nargs="+", metavar="NAME", help="source names")
    p = command("sources", cmd_sources, "list sources with their health")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p = command("tags", cmd_tags, "list tags with entry counts and feed URLs")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--try", dest="try_query", metavar="QUERY",
                       help="count the stored entries a query matches and show the newest")
    which.add_argument("--explain", metavar="ENTRY",
                       help="which part of which tag's rule matched an entry (its id, urn:uuid:…)")
    p.add_argument("--limit", type=int, default=10, metavar="N",
                   help="with --try: how many of the newest matches to show (default 10)")
    p = command("import-opml", cmd_import_opml,
                "add the feeds of an OPML file (a feed reader's export) to the configuration")
    p.add_argument("file", metavar="FILE", help="OPML file")
    p.add_argument("--dry-run", action="store_true", help="show what would be added, change nothing")
    command("export-opml", cmd_export_opml, "print the configured sources as OPML")
    p = command("add", cmd_add, "preview a URL, then add it as a source to the configuration file")
    p.add_argument("url", metavar="URL")
    p.add_argument("--name", help="source name (default: from the page's title, else its host)")
    p.add_argument("--tag", action="append", default=[], metavar="T", dest="tags",
                   help="a tag every entry of the source gets (repeat for more)")
    p.add_argument("--type", choices=("auto", "feed", "html"), default="auto",
                   help="read the URL as this kind of source (default: auto)")
    p = command("remove", cmd_remove, "remove a source from the configuration file")
    p.add_argument("name", metavar="NAME")
    p = command("db", cmd_db, "database schema: upgrade it, or show its revision")
    p.add_argument("action", choices=("upgrade", "current"),
                   help="upgrade: migrate to the revision this version needs; "
                        "current: print the database's revision and the one needed")
    p = command("preview", cmd_preview, "show what a page or feed would yield")
    p.add_argument("url", metavar="URL")
    p.add_argument("--type", choices=("auto", "feed", "html"), default="auto",
                   help="read the URL as this kind of source (default: auto)")
    p.add_argument("--select", nargs="+", metavar="KEY=CSS", default=[],
                   help="CSS selectors for an HTML page, as in [sources.select]: "
                        "item=... title=... link=... summary=... date=... next=...")
    p.add_argument("--timezone", default="UTC",
                   help="time zone for dates written without an offset (default: UTC)")
    p.add_argument("--limit", type=int, default=20, help="entries to show (default: 20)")
    p.add_argument("--enrich", choices=ENRICH_MODES, default=None,
                   help="read the entries' article pages as [[sources]] enrich would (default: "
                        "metadata for an HTML listing, none for a feed)")
    p.add_argument("--json", action="store_true",
                   help="print one JSON object: entries with every field and where it came "
                        "from, selectors, next page, advertised feed")
    return parser


# -- commands ---------------------------------------------------------------------------------

def cmd_check_config(config: Config, args: argparse.Namespace) -> int:
    from aggregator.preflight import SERVICE_USER, check_service, invoking_user

    print(f"{config.path}: valid ({len(config.sources)} sources, {len(config.tags)} tags, "
          f"database {_redacted(config.database.url)}, export {config.output.dir})")
    findings = check_service(config)
    print(f"checked as user {invoking_user()}; the systemd units run as the dynamic user "
          f"{SERVICE_USER!r}, which can write only /var/lib/aggregator")
    for f in findings:
        print(f"{f.level}: {f.what}: {f.message}",
              file=sys.stderr if f.level == "error" else sys.stdout)
    errors = sum(f.level == "error" for f in findings)
    if errors:
        print(f"aggregator: {config.path}: valid, but the service would fail "
              f"({errors} error{'s' if errors > 1 else ''} above)", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def cmd_fetch(config: Config, args: argparse.Namespace) -> int:
    from aggregator.fetch import Fetcher
    from aggregator.politeness import HostLimiter
    from aggregator.update import Updater, update_due_sources

    unknown = [n for n in args.names if config.source(n) is None]
    if unknown:
        raise ConfigError(f"no source named {', '.join(map(repr, unknown))} in the configuration",
                          path=config.path, key="sources")
    store = _open_store(config)
    names = args.names or [s.name for s in config.sources]
    with Fetcher(config.fetch) as fetcher, _parser_pool(len(names)) as parsers, \
            ThreadPoolExecutor(config.scheduler.workers, thread_name_prefix="fetch") as pool:
        updater = Updater(config=config, store=store, fetcher=fetcher, parsers=parsers)
        dispatch = update_due_sources(updater, HostLimiter(pool, config.fetch.max_per_host),
                                      limit=len(names) or 1, names=names, due_only=False)
        results = [f.result() for f in wait(dispatch.futures.values()).done]
    claimed = {r.source for r in results}
    for name in names:
        if name not in claimed:
            why = (f"disabled; `aggregator enable {name}` polls it again"
                   if store.source(name).disabled else "being fetched by another process")
            _print(f"{name}: skipped ({why})")
    for r in sorted(results, key=lambda r: r.source):
        if r.ok:
            what = "not modified" if r.not_modified else f"{r.new} new, {r.updated} updated"
            _print(f"{r.source}: ok, {what} ({r.seconds:.1f}s)")
        else:
            gone = (f"; source disabled; `aggregator enable {r.source}` polls it again"
                    if r.basis == "disabled" else "")
            _print(f"{r.source}: error: {redact_text(str(r.error), config.fetch.secret_params)}{gone}")
    failed = sum(not r.ok for r in results)
    _print(f"fetched {len(results)} sources: {len(results) - failed} ok, {failed} failed")
    store.close()
    return EXIT_SOURCES_FAILED if args.strict and failed else EXIT_OK


def cmd_export(config: Config, args: argparse.Namespace) -> int:
    from aggregator.export import export_all

    store = _open_store(config, sync=False)
    result = export_all(store, config)
    print(f"{config.output.dir}: {result.written} written, {result.unchanged} unchanged, "
          f"{result.removed} removed")
    store.close()
    if result.failed:
        print(f"aggregator: {result.failed} feed(s) could not be exported (the log says which "
              "and why); their previous files were kept", file=sys.stderr)
        return EXIT_FAILURE
    return EXIT_OK


def cmd_enable(config: Config, args: argparse.Namespace) -> int:
    unknown = [n for n in args.names if config.source(n) is None]
    if unknown:
        raise ConfigError(f"no source named {', '.join(map(repr, unknown))} in the configuration",
                          path=config.path, key="sources")
    store = _open_store(config)
    now = datetime.now(UTC)
    for name in args.names:
        if store.enable_source(name, now):
            print(f"{name}: enabled, due now (the running daemon fetches it at its next tick)")
        else:
            print(f"{name}: not disabled, nothing to do")
    store.close()
    return EXIT_OK


def cmd_sources(config: Config, args: argparse.Namespace) -> int:
    store = _open_store(config)
    listed = {s.name: s for s in store.list_sources()}
    leases = {lease.source: lease for lease in store.source_leases()}
    now = datetime.now(UTC)
    rows = []
    for cfg in config.sources:
        s = listed[cfg.name]
        rows.append({
            "name": s.name, "url": s.url, "type": s.type, "tags": list(cfg.tags),
            "title": s.title, "entries": s.entries, "error": s.error, "warning": s.warning,
            "failures": s.failures,
            "status": s.status, "last_status": s.status, "via": s.via,
            "last_fetch": _iso(s.last_fetch), "last_success": _iso(s.last_success),
            "next_fetch": _iso(s.next_fetch), "disabled": s.disabled,
            "stale": s.is_stale(now, config.scheduler.stale_after),
            "websub": _websub_state(leases.get(cfg.name))})
    store.close()
    if args.json:
        _print_json(rows)
        return EXIT_OK
    if not rows:
        _print("no sources configured")
    for r in rows:
        health = ("disabled" if r["disabled"] else f"error ({r['failures']}x)" if r["error"]
                  else "ok" if r["last_fetch"] else "never fetched")
        if r["stale"]:
            health += f", stale (no success since {r['last_success'] or 'it was added'})"
        if r["error"]:
            health += f": {r['error']}"
        if r["warning"]:
            health += f"\n    warning: {r['warning']}"
        via = f"\n    reads the feed it advertises: {r['via']}" if r["via"] else ""
        if r["websub"] is not None:
            ws = r["websub"]
            via += (f"\n    websub: {ws['state']} at {ws['hub']}"
                    + (f" until {ws['lease_expires']}" if ws["lease_expires"] else "")
                    + (f" ({ws['error']})" if ws["error"] else ""))
        _print(f"{r['name']}  [{r['type']}]  {r['url']}{via}\n"
              f"    entries: {r['entries']}  last fetch: {r['last_fetch'] or '-'} "
              f"(HTTP {r['last_status'] or '-'})  next: {r['next_fetch'] or '-'}\n"
              f"    health: {health}")
    return EXIT_OK


def _websub_state(lease: SourceLease | None) -> dict[str, object] | None:
    """A source's WebSub subscription for ``sources``: None when it has no hub (or none
    was looked for)."""
    if lease is None or lease.state == "none":
        return None
    return {"state": lease.state, "hub": lease.hub, "topic": lease.topic,
            "lease_expires": _iso(lease.lease_expires), "last_push": _iso(lease.last_push),
            "error": lease.error}


def cmd_tags(config: Config, args: argparse.Namespace) -> int:
    if args.try_query is not None:
        return _try_query(config, args)
    if args.explain is not None:
        return _explain(config, args)
    store = _open_store(config)
    base = config.server.base_url
    rows = [{"slug": t.slug, "title": t.title, "entries": t.entries,
             "last_entry": _iso(t.last_entry),
             "feeds": {fmt: f"{base}/feeds/{t.slug}.{fmt}" for fmt in ("atom", "rss", "json")}}
            for t in store.list_tags()]
    store.close()
    if args.json:
        _print_json(rows)
        return EXIT_OK
    if not rows:
        _print("no tags yet")
    for r in rows:
        _print(f"{r['slug']:<24} {r['entries']:>7} entries  {r['feeds']['atom']}")
    return EXIT_OK


def _try_query(config: Config, args: argparse.Namespace) -> int:
    from aggregator.exceptions import QueryError
    from aggregator.query import parse_query
    from aggregator.rules import try_query

    try:
        query = parse_query(args.try_query)
    except QueryError as e:
        print(f"aggregator: --try: {e}", file=sys.stderr)
        return EXIT_USAGE
    store = _open_store(config, sync=False)
    try:
        trial = try_query(store, query, max(args.limit, 0))
    finally:
        store.close()
    rows = [_entry_row(e) for e in trial.entries]
    if args.json:
        print(json.dumps({"count": trial.count, "query": str(query), "entries": rows},
                         indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"{trial.count} stored {'entry matches' if trial.count == 1 else 'entries match'} "
          f"{query}")
    for r in rows:
        print(f"{r['date']}  {r['source']}  {r['title']}")
    return EXIT_OK


def _explain(config: Config, args: argparse.Namespace) -> int:
    from aggregator.rules import explain_entry

    store = _open_store(config, sync=False)
    try:
        found = explain_entry(config, store, args.explain)
    finally:
        store.close()
    row = _entry_row(found.entry) | {"reasons": {k: list(v) for k, v in found.reasons.items()}}
    if args.json:
        print(json.dumps(row, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"{row['id']}  {row['date']}  {row['source']}  {row['title']}")
    print(f"stored tags: {', '.join(row['tags']) or '-'}")
    for slug, reasons in found.reasons.items():
        print(f"  {slug}: {'; '.join(reasons)}")
    if not found.reasons:
        print("  no rule of the configuration matches it")
    return EXIT_OK


def _entry_row(entry: Entry) -> dict[str, object]:
    from aggregator.render import entry_id

    return {"id": entry_id(entry), "title": entry.data.title, "link": entry.data.url,
            "source": entry.source, "date": _iso(entry.sort_date), "tags": list(entry.tags)}


def cmd_preview(config: Config, args: argparse.Namespace) -> int:
    from aggregator.config import SourceConfig, parse_select
    from aggregator.exceptions import SourceError
    from aggregator.fetch import Fetcher
    from aggregator.preview import preview_json, preview_source

    if not _is_http_url(args.url):
        raise ConfigError(f"not a URL: {args.url!r} (expected http://… or https://…)",
                          path=COMMAND_LINE, key="URL")
    # Selectors given on the command line are the option's fault, not the configuration's.
    select = parse_select(dict(_key_value(item) for item in args.select), None) \
        if args.select else None
    source = SourceConfig(name="preview", url=args.url, type=args.type, select=select,
                          timezone=args.timezone)
    try:
        with Fetcher(config.fetch) as fetcher:
            preview = preview_source(source, fetcher, now=datetime.now(UTC), limit=args.limit,
                                     enrich=args.enrich)
    except SourceError as e:
        _print(f"aggregator: {args.url}: {e}", file=sys.stderr)
        return EXIT_FAILURE
    if args.json:
        _print_json(preview_json(preview))
        return EXIT_OK
    parsed = preview.parsed
    _print(f"{preview.url}\n  kind: {parsed.kind}\n  title: {preview.info.title or '-'}\n"
           f"  entries: {len(preview.entries)}")
    if parsed.alternate_feed:
        _print(f"  advertises a feed of this listing (read instead with type = \"auto\"): "
              f"{parsed.alternate_feed}")
    if parsed.next_page:
        _print(f"  next page: {parsed.next_page}")
    if parsed.detected:
        _print(f"  found by: {parsed.detected.get('method')}")
        selectors = {k: v for k, v in parsed.detected.items() if k != "method" and "(" not in v}
        if selectors:
            _print("  selectors, for [sources.select]:")
            for key, value in selectors.items():
                _print(f"    {key} = {json.dumps(value, ensure_ascii=False)}")
    if preview.enrich != "none":
        _print(f"  article pages read: {preview.enrich} (--enrich none to skip)")
    _print()
    for item in preview.entries:
        entry = item.data
        date = entry.published or entry.updated
        _print(f"- {entry.title or '(untitled)'}\n  {entry.url or '-'}\n"
              f"  {date.isoformat() if date else 'no date'}")
        if item.enrich_error:
            _print(f"  article page not read: {item.enrich_error}")
        text = _summary_text(entry.summary or entry.content)
        if text:
            _print(textwrap.indent(textwrap.shorten(text, 200, placeholder=" …"), "  "))
    return EXIT_OK


def _is_http_url(text: str) -> bool:
    from urllib.parse import urlsplit

    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.hostname)


#: Terminal escape sequences: CSI (``ESC [`` … final byte, or the 8-bit CSI U+009B), OSC
#: (``ESC ]`` … BEL or ``ESC \``: titles, hyperlinks, clipboard writes) and the other
#: two-byte ``ESC x``; then any other C0 or C1 control character but newline and tab.
_ESCAPES = re.compile(r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*"
                      r"(?:\x07|\x1b\\|\x9c)?|\x1b[@-_]?|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _print(text: str = "", **kwargs: Any) -> None:
    """``print`` for lines that hold what remote sites sent (titles, URLs, errors): their
    escape sequences and control characters removed, so a page cannot move the cursor,
    retitle the terminal or hide text in it."""
    print(_ESCAPES.sub("", text), **kwargs)


def _print_json(value: object) -> None:
    """JSON for scripts: control characters stay escaped (``json`` escapes C0 itself; C1
    and DEL, which ``ensure_ascii=False`` would write raw, are escaped here)."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    print(re.sub(r"[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text))


def _key_value(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not value:
        raise ConfigError(f"expected KEY=CSS, got {text!r}", path=COMMAND_LINE, key="--select")
    return key.strip(), value.strip()


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
        _print(f"{verb} source {name}: {feed.url} (tags: {', '.join(feed.tags) or '-'})")
    for url in skipped:
        _print(f"skipped {url} (already configured, or not http(s))")
    _print(f"{config.path}: {len(added)} sources {verb.split()[-1]}, {len(skipped)} skipped")
    return EXIT_OK


#: How a running service picks up an edited configuration (README, "Lifecycle").
APPLY_HINT = ("apply it to the running service: `sudo systemctl reload aggregator` "
              "(or send SIGHUP to the aggregator process)")


def cmd_add(config: Config, args: argparse.Namespace) -> int:
    from urllib.parse import urlsplit

    from aggregator.config import SOURCE_NAME_RE
    from aggregator.config_edit import add_source
    from aggregator.exceptions import SourceError
    from aggregator.tag import slugify

    if config.path is None:
        raise ConfigError("no configuration file to add the source to; pass --config PATH")
    if not _is_http_url(args.url):
        raise ConfigError(f"not a URL: {args.url!r} (expected http://… or https://…)",
                          path=COMMAND_LINE, key="URL")
    if any(s.url == args.url for s in config.sources):
        name = next(s.name for s in config.sources if s.url == args.url)
        raise ConfigError(f"{args.url} is already configured, as source {name!r}",
                          path=config.path, key="sources")
    if args.name is not None and not SOURCE_NAME_RE.match(args.name):
        raise ConfigError(f"expected a slug of lowercase letters, digits, '-' and '_' "
                          f"(at most 64), got {args.name!r}", path=COMMAND_LINE, key="--name")
    if args.name is not None and config.source(args.name) is not None:
        raise ConfigError(f"a source named {args.name!r} already exists; choose another --name",
                          path=COMMAND_LINE, key="--name")
    try:
        kind, title, entries = _look_at(config, args.url, args.type)
    except SourceError as e:
        _print(f"aggregator: {args.url}: {e}; nothing added", file=sys.stderr)
        return EXIT_FAILURE
    name = args.name or _free_name(slugify(title or "") or slugify(urlsplit(args.url).hostname
                                                                     or "") or "source",
                                   {s.name for s in config.sources})
    keys: dict[str, object] = {"name": name, "url": args.url}
    if args.type != "auto":
        keys["type"] = args.type
    if args.tags:
        keys["tags"] = list(dict.fromkeys(args.tags))
    add_source(config.path, keys)
    _print(f"{args.url}: {kind}, {title or 'untitled'}, {entries} entries")
    print(f"added source {name} to {config.path}; {APPLY_HINT}")
    return EXIT_OK


def cmd_remove(config: Config, args: argparse.Namespace) -> int:
    from aggregator.config_edit import remove_source

    if config.path is None:
        raise ConfigError("no configuration file to remove the source from; pass --config PATH")
    remove_source(config.path, args.name)
    print(f"removed source {args.name} from {config.path} (its stored entries stay until "
          f"retention removes them); {APPLY_HINT}")
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
        parsed = parse_document(response.body, url=response.url, headers=response.headers,
                                source_type=source_type, now=datetime.now(UTC))
    info, entries = normalize_feed(parsed, base_url=response.url)
    return parsed.kind, info.title, len(entries)


def _free_name(base: str, taken: set[str]) -> str:
    base = base[:60].strip("-_") or "source"
    name, n = base, 2
    while name in taken:
        name = f"{base}-{n}"
        n += 1
    return name


def cmd_export_opml(config: Config, args: argparse.Namespace) -> int:
    from aggregator.render.opml import render_sources_opml

    store = _open_store(config, sync=False)
    titles = {s.name: s.title for s in store.list_sources(active_only=False)}
    store.close()
    body = render_sources_opml(
        ((s.name, s.url, titles.get(s.name), s.tags) for s in config.sources),
        title="aggregator sources", now=datetime.now(UTC))
    sys.stdout.write(body.decode("utf-8") + "\n")
    return EXIT_OK


def cmd_db(config: Config, args: argparse.Namespace) -> int:
    from aggregator.store import database_revision, upgrade_database

    url = _redacted(config.database.url)
    if args.action == "upgrade":
        before, after = upgrade_database(config.database.url)
        if before == after:
            _print(f"{url}: already at revision {after}")
        else:
            _print(f"{url}: upgraded from revision {before or '(empty)'} to {after}")
        return EXIT_OK
    found, needed = database_revision(config.database.url)
    _print(f"{url}: revision {found or '(none)'}; this version needs {needed}"
          + ("" if found == needed else " (run: aggregator db upgrade)"))
    return EXIT_OK if found == needed else EXIT_FAILURE


def cmd_run(config: Config, args: argparse.Namespace) -> int:
    return _service(config, args, http=True, fetch=True)


def cmd_serve(config: Config, args: argparse.Namespace) -> int:
    return _service(config, args, http=True, fetch=False)


def cmd_worker(config: Config, args: argparse.Namespace) -> int:
    return _service(config, args, http=False, fetch=True)


def _service(config: Config, args: argparse.Namespace, *, http: bool, fetch: bool) -> int:
    from aggregator.service import run_service

    return run_service(config, http=http, fetch=fetch, fixed_log_level=bool(args.log_level),
                       listen=getattr(args, "listen", None))


def _listen_address(text: str) -> tuple[str, int]:
    """``PORT``, ``HOST:PORT`` or ``[IPV6]:PORT``."""
    host, sep, port = text.rpartition(":")
    host = host.removeprefix("[").removesuffix("]") if sep else "127.0.0.1"
    if not port.isdigit() or not 0 <= int(port) <= 65535 or (sep and not host):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not [HOST:]PORT (say 9101, 127.0.0.1:9101 or [::1]:9101)")
    return host, int(port)


# -- helpers ----------------------------------------------------------------------------------

def _open_store(config: Config, *, sync: bool = True) -> Store:
    """The store, with sources and tags synced to the configuration when ``sync``."""
    from aggregator.store import Store
    from aggregator.update import apply_configuration

    store = Store(config.database.url, migrate=config.database.migrate,
                  secret_params=config.fetch.secret_params)
    if sync:
        apply_configuration(config, store)
    return store


#: A pass over at least this many sources parses in processes of its own (one per core, at
#: most four): parsing is CPU work, and one Python process runs on one core at a time.
PARSER_PROCESSES_FROM = 20


@contextmanager
def _parser_pool(sources: int) -> Iterator[Executor | None]:
    cores = os.cpu_count() or 1
    if sources < PARSER_PROCESSES_FROM or cores < 2:
        yield None
        return
    import multiprocessing

    # forkserver: children start from a clean process, not from a copy of this threaded one.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["aggregator.digest"])
    from aggregator.digest import exit_with

    with ProcessPoolExecutor(max_workers=min(cores, 4), mp_context=context,
                             initializer=exit_with, initargs=(os.getpid(),)) as pool:
        yield pool


def _iso(when: datetime | None) -> str | None:
    return when.isoformat() if when else None


def _redacted(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _summary_text(markup: str | None) -> str:
    from aggregator.parse import html_to_text

    return html_to_text(markup) if markup else ""
