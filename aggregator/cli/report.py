"""Commands that report what the database holds: ``sources``, ``tags`` (with ``--try`` and
``--explain``), ``export-opml``."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypedDict

from aggregator.cli.common import EXIT_OK, EXIT_USAGE, iso, open_store, print_clean, print_json
from aggregator.config import Config

if TYPE_CHECKING:
    from aggregator.types import Entry, SourceLease


class _WebSubRow(TypedDict):
    """A source's WebSub subscription in ``sources --json``."""

    state: str
    hub: str
    topic: str
    lease_expires: str | None
    last_push: str | None
    error: str | None


class _SourceRow(TypedDict):
    """A source in ``sources --json`` (datetimes as ISO 8601)."""

    name: str
    url: str
    type: str
    tags: list[str]
    title: str | None
    entries: int
    error: str | None
    warning: str | None
    failures: int
    status: int | None
    last_status: int | None
    via: str | None
    last_fetch: str | None
    last_success: str | None
    next_fetch: str | None
    disabled: bool
    stale: bool
    websub: _WebSubRow | None


class _TagRow(TypedDict):
    """A tag in ``tags --json``: its feed's URL per format."""

    slug: str
    title: str
    entries: int
    last_entry: str | None
    feeds: dict[str, str]


class _EntryRow(TypedDict):
    """An entry in ``tags --try`` and ``tags --explain``."""

    id: str
    title: str | None
    link: str | None
    source: str
    date: str | None
    tags: list[str]


class _ExplainedRow(_EntryRow):
    """``tags --explain``: the entry and, per tag, why the configuration gives it."""

    reasons: dict[str, list[str]]


def cmd_sources(config: Config, args: argparse.Namespace) -> int:
    store = open_store(config)
    listed = {s.name: s for s in store.list_sources()}
    leases = {lease.source: lease for lease in store.source_leases()}
    now = datetime.now(UTC)
    rows: list[_SourceRow] = []
    for cfg in config.sources:
        s = listed[cfg.name]
        rows.append(
            {
                "name": s.name,
                "url": s.url,
                "type": s.type,
                "tags": list(cfg.tags),
                "title": s.title,
                "entries": s.entries,
                "error": s.error,
                "warning": s.warning,
                "failures": s.failures,
                "status": s.status,
                "last_status": s.status,
                "via": s.via,
                "last_fetch": iso(s.last_fetch),
                "last_success": iso(s.last_success),
                "next_fetch": iso(s.next_fetch),
                "disabled": s.disabled,
                "stale": s.is_stale(now, config.scheduler.stale_after),
                "websub": _websub_state(leases.get(cfg.name)),
            }
        )
    store.close()
    if args.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        print_clean("no sources configured")
    for r in rows:
        health = (
            "disabled"
            if r["disabled"]
            else f"error ({r['failures']}x)"
            if r["error"]
            else "ok"
            if r["last_fetch"]
            else "never fetched"
        )
        if r["stale"]:
            health += f", stale (no success since {r['last_success'] or 'it was added'})"
        if r["error"]:
            health += f": {r['error']}"
        if r["warning"]:
            health += f"\n    warning: {r['warning']}"
        via = f"\n    reads the feed it advertises: {r['via']}" if r["via"] else ""
        if r["websub"] is not None:
            ws = r["websub"]
            via += (
                f"\n    websub: {ws['state']} at {ws['hub']}"
                + (f" until {ws['lease_expires']}" if ws["lease_expires"] else "")
                + (f" ({ws['error']})" if ws["error"] else "")
            )
        print_clean(
            f"{r['name']}  [{r['type']}]  {r['url']}{via}\n"
            f"    entries: {r['entries']}  last fetch: {r['last_fetch'] or '-'} "
            f"(HTTP {r['last_status'] or '-'})  next: {r['next_fetch'] or '-'}\n"
            f"    health: {health}"
        )
    return EXIT_OK


def _websub_state(lease: SourceLease | None) -> _WebSubRow | None:
    """A source's WebSub subscription for ``sources``: None when it has no hub (or none
    was looked for)."""
    if lease is None or lease.state == "none":
        return None
    return {
        "state": lease.state,
        "hub": lease.hub,
        "topic": lease.topic,
        "lease_expires": iso(lease.lease_expires),
        "last_push": iso(lease.last_push),
        "error": lease.error,
    }


def cmd_tags(config: Config, args: argparse.Namespace) -> int:
    if args.try_query is not None:
        return _try_query(config, args)
    if args.explain is not None:
        return _explain(config, args)
    store = open_store(config)
    base = config.server.base_url
    rows: list[_TagRow] = [
        {
            "slug": t.slug,
            "title": t.title,
            "entries": t.entries,
            "last_entry": iso(t.last_entry),
            "feeds": {fmt: f"{base}/feeds/{t.slug}.{fmt}" for fmt in ("atom", "rss", "json")},
        }
        for t in store.list_tags()
    ]
    store.close()
    if args.json:
        print_json(rows)
        return EXIT_OK
    if not rows:
        print_clean("no tags yet")
    for r in rows:
        print_clean(f"{r['slug']:<24} {r['entries']:>7} entries  {r['feeds']['atom']}")
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
    store = open_store(config, sync=False)
    try:
        trial = try_query(store, query, max(args.limit, 0))
    finally:
        store.close()
    rows = [_entry_row(e) for e in trial.entries]
    if args.json:
        print(
            json.dumps(
                {"count": trial.count, "query": str(query), "entries": rows}, indent=2, ensure_ascii=False
            )
        )
        return EXIT_OK
    print(f"{trial.count} stored {'entry matches' if trial.count == 1 else 'entries match'} {query}")
    for r in rows:
        print(f"{r['date']}  {r['source']}  {r['title']}")
    return EXIT_OK


def _explain(config: Config, args: argparse.Namespace) -> int:
    from aggregator.rules import explain_entry

    store = open_store(config, sync=False)
    try:
        found = explain_entry(config, store, args.explain)
    finally:
        store.close()
    row: _ExplainedRow = {
        **_entry_row(found.entry),
        "reasons": {k: list(v) for k, v in found.reasons.items()},
    }
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


def _entry_row(entry: Entry) -> _EntryRow:
    from aggregator.render import entry_id

    return {
        "id": entry_id(entry),
        "title": entry.data.title,
        "link": entry.data.url,
        "source": entry.source,
        "date": iso(entry.sort_date),
        "tags": list(entry.tags),
    }


def cmd_export_opml(config: Config, args: argparse.Namespace) -> int:
    from aggregator.render.opml import render_sources_opml

    store = open_store(config, sync=False)
    titles = {s.name: s.title for s in store.list_sources(active_only=False)}
    store.close()
    body = render_sources_opml(
        ((s.name, s.url, titles.get(s.name), s.tags) for s in config.sources),
        title="aggregator sources",
        now=datetime.now(UTC),
    )
    sys.stdout.write(body.decode("utf-8") + "\n")
    return EXIT_OK
