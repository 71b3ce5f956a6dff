"""Views: path -> documents (rendered, cached) -> Response with validators. Thin on purpose."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from flask import Blueprint, Response, jsonify, render_template, request

from aggregator import __version__
from aggregator.exceptions import NotFoundError, QueryError, SourceNotFoundError, StorageError
from aggregator.feeds import EMPTY_FEED_DATE, Document, document_of, max_age, respond
from aggregator.query import parse_query
from aggregator.render._common import FEED_STYLESHEET
from aggregator.render.opml import render_opml
from aggregator.types import Entry, SourceInfo, TagInfo
from aggregator.web import get_state

bp = Blueprint("aggregator", __name__)
#: /healthz and /metrics: also all a worker serves (``aggregator worker --listen``).
ops = Blueprint("ops", __name__)

#: ``serve``: the scheduler of another process is considered alive when its heartbeat in
#: the database (written every 30 s, scheduler.HEARTBEAT) is this recent.
TICK_STALE_AFTER = timedelta(minutes=2)
#: /healthz says 503 after this many ticks in a row failed (the database refusing writes:
#: full, read-only, gone): one is a blip, three are a fault someone must see.
TICK_FAILURES_UNHEALTHY = 3
#: Tags listed on the index page: every configured one, then the busiest others up to this
#: many; the rest are counted ("and 1,234 more"), and all are in /opml and `aggregator tags`.
INDEX_TAGS = 200
FMT = "<any(atom, rss, json):fmt>"
#: The feed routes (web/fast.py answers them too, and labels its metrics with these).
TAG_FEED = f"/feeds/<tag>.{FMT}"
TAG_ARCHIVE = f"/feeds/<tag>/archive/<int:page>.{FMT}"
SOURCE_FEED = f"/sources/<name>.{FMT}"
SOURCE_ARCHIVE = f"/sources/<name>/archive/<int:page>.{FMT}"
SEARCH_FEED = f"/search.{FMT}"


@bp.get(TAG_FEED)
@bp.get(TAG_ARCHIVE)
def tag_feed(tag: str, fmt: str, page: int | None = None) -> Response:
    kind = "all" if tag == "all" else "tag"
    return send_document(get_state().documents.get(kind, tag, fmt, page))


@bp.get(SOURCE_FEED)
@bp.get(SOURCE_ARCHIVE)
def source_feed(name: str, fmt: str, page: int | None = None) -> Response:
    return send_document(get_state().documents.get("source", name, fmt, page))


@bp.get(SEARCH_FEED)
def search_feed(fmt: str) -> Response | tuple[str, int, dict[str, str]]:
    """The newest entries matching ``?q=QUERY`` (the language of tag queries), as a feed."""
    query = request.args.get("q", "")
    try:
        parse_query(query)
    except QueryError as e:
        return (f"400 Bad Request: q: {e}\n(the query language: docs/configuration.md, \"Tag queries\")\n",
                400, {"Content-Type": "text/plain; charset=utf-8"})
    return send_document(get_state().documents.get("search", query, fmt))


def send_document(doc: Document) -> Response:
    """A document as respond() answers it for this request."""
    status, headers, body = respond(
        doc, if_none_match=request.headers.get("If-None-Match"),
        if_modified_since=request.headers.get("If-Modified-Since"),
        accept_encoding=request.headers.get("Accept-Encoding"))
    content_type = next((v for k, v in headers if k == "Content-Type"), None)
    return Response(body, status=status, content_type=content_type,
                    headers=[(k, v) for k, v in headers if k != "Content-Type"])


@bp.get("/")
def index() -> str:
    state = get_state()
    configured = {s.name: s for s in state.config.sources}
    sources = [s for s in state.store.list_sources() if s.name in configured]
    now = datetime.now(UTC)
    stale = {s.name for s in sources if s.is_stale(now, state.config.scheduler.stale_after)}
    newest = state.store.all_entries(1)
    zone = ZoneInfo(state.config.server.timezone)
    tags, more_tags = _index_tags(state.store.list_tags(), {t.slug for t in state.config.tags})
    return render_template(
        "index.html", tags=tags, more_tags=more_tags, sources=sources, configured=configured,
        total=state.store.entry_count(), stale=stale,
        latest=newest[0].sort_date.astimezone(zone) if newest else None,
        base_url=state.config.server.base_url, version=__version__, now=now)


#: Entries listed on a tag's or a source's page, and how much of each summary is shown.
PAGE_ENTRIES = 50
SUMMARY_CHARS = 280


@bp.get("/tags/<slug>")
def tag_page(slug: str) -> str:
    """The latest entries carrying a tag (``all``: every entry), to read in a browser."""
    state = get_state()
    if slug == "all":
        title, entries = "All entries", state.store.all_entries(PAGE_ENTRIES)
    else:
        title, entries = state.store.tag(slug).title, state.store.tag_entries(slug, PAGE_ENTRIES)
    base = state.config.server.base_url
    return _entries_page(title=title, subtitle=f"tag {slug}", entries=entries,
                         feed=f"{base}/feeds/{slug}")


@bp.get("/sources/<name>")
def source_page(name: str) -> str:
    """A source's latest entries, under its configured name (its page title beside it)."""
    state = get_state()
    if state.config.source(name) is None:
        raise SourceNotFoundError(f"no source named {name!r} in the configuration")
    info = state.store.source(name)
    base = state.config.server.base_url
    return _entries_page(title=name, subtitle=info.title, entries=state.store.source_entries(
        name, PAGE_ENTRIES), feed=f"{base}/sources/{name}", source=info)


def _entries_page(*, title: str, subtitle: str | None, entries: list[Entry], feed: str,
                  source: SourceInfo | None = None) -> str:
    from aggregator.parse._html import html_to_text

    state = get_state()
    zone = ZoneInfo(state.config.server.timezone)
    configured = {s.name for s in state.config.sources}
    items = []
    for e in entries:
        text = html_to_text(e.data.summary or e.data.content or "")
        items.append({
            "title": e.data.title or "(untitled)", "url": e.data.url, "source": e.source,
            "source_title": e.source_title, "source_page": e.source in configured,
            "when": e.sort_date.astimezone(zone), "tags": e.tags,
            "summary": textwrap.shorten(text, SUMMARY_CHARS, placeholder=" …") if text else ""})
    return render_template("entries.html", title=title, subtitle=subtitle, items=items,
                           feed=feed, source=source, base_url=state.config.server.base_url,
                           version=__version__)


@bp.get(FEED_STYLESHEET)
def feed_stylesheet() -> Response:
    """The CSS our Atom and RSS documents name in their ``<?xml-stylesheet?>``."""
    body = (Path(__file__).parent / "feed.css").read_bytes()
    response = Response(body, content_type="text/css; charset=utf-8")
    response.headers["Cache-Control"] = "public, max-age=86400"
    response.headers["Access-Control-Allow-Origin"] = "*"  # exported copies elsewhere use it
    return response


def _index_tags(tags: list[TagInfo], configured: set[str]) -> tuple[list[TagInfo], int]:
    """The tags the index lists (every configured one, then the others with the most
    entries, ``INDEX_TAGS`` in all, by slug) and how many it leaves out."""
    chosen = {t.slug for t in tags if t.slug in configured}
    others = sorted((t for t in tags if t.slug not in chosen), key=lambda t: -t.entries)
    chosen.update(t.slug for t in others[:max(0, INDEX_TAGS - len(chosen))])
    return [t for t in tags if t.slug in chosen], len(tags) - len(chosen)


@bp.get("/opml")
def opml() -> Response:
    state = get_state()
    tags = state.store.list_tags()
    last = max((t.changed_at for t in tags if t.changed_at), default=EMPTY_FEED_DATE)
    body = render_opml(tags, base_url=state.config.server.base_url,
                       title="aggregator tag feeds", now=last)
    return send_document(document_of(body, "text/x-opml; charset=utf-8", last.replace(microsecond=0),
                                     f"public, max-age={max_age(state.config)}"))


@ops.get("/healthz")
def healthz() -> tuple[Response, int]:
    """503 when the database does not answer (its SQLite file gone included), when this
    process's writes to it fail (disk full, read-only), or when this process runs the
    scheduler (``run``, ``worker``) and its tick is stale or failed TICK_FAILURES_UNHEALTHY
    times in a row. In ``serve`` the scheduler is another process's: its heartbeat is
    reported, but a web server that can serve feeds stays healthy."""
    state = get_state()
    store = state.store
    database = store.ping()
    heartbeat = None
    if database:
        try:
            heartbeat = state.store.last_heartbeat()
        except StorageError:
            database = False
    failures = 0
    if state.scheduler is not None:
        alive, last_tick = state.scheduler.alive(), state.scheduler.last_tick
        failures = state.scheduler.consecutive_failures
    else:
        alive = bool(heartbeat and datetime.now(UTC) - heartbeat < TICK_STALE_AFTER)
        last_tick = heartbeat
    write_error = f"database file {store.file_problem}" if store.file_problem \
        else store.write_error
    healthy = database and write_error is None and (
        state.scheduler is None or (alive and failures < TICK_FAILURES_UNHEALTHY))
    body = {"status": "ok" if healthy else "error", "database": database,
            "database_file": store.file_problem or ("ok" if store.file else None),
            "database_writable": write_error is None, "write_error": write_error,
            "scheduler": {"alive": alive, "in_process": state.scheduler is not None,
                          "last_tick": last_tick.isoformat() if last_tick else None,
                          "consecutive_failures": failures},
            "version": __version__}
    response = jsonify(body)
    response.headers["Cache-Control"] = "no-store"
    return response, 200 if healthy else 503


@ops.get("/metrics")
def metrics() -> Response:
    body, content_type = get_state().metrics.exposition(request.headers.get("Accept"))
    response = Response(body, content_type=content_type)
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.errorhandler(NotFoundError)
def not_found(error: NotFoundError) -> tuple[str, int, dict[str, str]]:
    return f"404 Not Found: {error}\n", 404, {"Content-Type": "text/plain; charset=utf-8"}


@bp.app_errorhandler(StorageError)
def storage_error(error: StorageError) -> tuple[str, int, dict[str, str]]:
    return ("503 Service Unavailable: the database is not answering; try again shortly\n",
            503, {"Content-Type": "text/plain; charset=utf-8", "Retry-After": "30"})
