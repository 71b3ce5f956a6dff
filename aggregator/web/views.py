"""Views: path -> documents (rendered, cached) -> Response with validators. Thin on purpose."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from flask import Blueprint, Response, jsonify, request

from aggregator import __version__
from aggregator.exceptions import NotFoundError, QueryError, SourceNotFoundError, StorageError
from aggregator.feeds import Document, document_of, max_age, respond
from aggregator.kinds import as_feed_format, feed_kind_at
from aggregator.pages import PAGE_ENTRIES, entries_page, index_page, opml_list
from aggregator.query import parse_query
from aggregator.render import FEED_STYLESHEET
from aggregator.web.state import get_state

bp = Blueprint("aggregator", __name__)
#: /healthz and /metrics: also all a worker serves (``aggregator worker --listen``).
ops = Blueprint("ops", __name__)

#: ``serve``: the scheduler of another process is considered alive when its heartbeat in
#: the database (written every 30 s, scheduler.HEARTBEAT) is this recent.
TICK_STALE_AFTER = timedelta(minutes=2)
#: /healthz says 503 after this many ticks in a row failed (the database refusing writes:
#: full, read-only, gone): one is a blip, three are a fault someone must see.
TICK_FAILURES_UNHEALTHY = 3
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
    documents = get_state().documents
    return send_document(documents.get(feed_kind_at("feeds", tag), tag, as_feed_format(fmt), page))


@bp.get(SOURCE_FEED)
@bp.get(SOURCE_ARCHIVE)
def source_feed(name: str, fmt: str, page: int | None = None) -> Response:
    return send_document(get_state().documents.get("source", name, as_feed_format(fmt), page))


@bp.get(SEARCH_FEED)
def search_feed(fmt: str) -> Response | tuple[str, int, dict[str, str]]:
    """The newest entries matching ``?q=QUERY`` (the language of tag queries), as a feed."""
    query = request.args.get("q", "")
    try:
        parse_query(query)
    except QueryError as e:
        return (
            f'400 Bad Request: q: {e}\n(the query language: docs/configuration.md, "Tag queries")\n',
            400,
            {"Content-Type": "text/plain; charset=utf-8"},
        )
    return send_document(get_state().documents.get("search", query, as_feed_format(fmt)))


def send_document(doc: Document) -> Response:
    """A document as respond() answers it for this request."""
    status, headers, body = respond(
        doc,
        if_none_match=request.headers.get("If-None-Match"),
        if_modified_since=request.headers.get("If-Modified-Since"),
        accept_encoding=request.headers.get("Accept-Encoding"),
    )
    content_type = next((v for k, v in headers if k == "Content-Type"), None)
    return Response(
        body,
        status=status,
        content_type=content_type,
        headers=[(k, v) for k, v in headers if k != "Content-Type"],
    )


@bp.get("/")
def index() -> str:
    state = get_state()
    return index_page(state.config, state.store, datetime.now(UTC))


@bp.get("/tags/<slug>")
def tag_page(slug: str) -> str:
    """The latest entries carrying a tag (``all``: every entry), to read in a browser."""
    state = get_state()
    if slug == "all":
        title, entries = "All entries", state.store.all_entries(PAGE_ENTRIES)
    else:
        title, entries = state.store.tag(slug).title, state.store.tag_entries(slug, PAGE_ENTRIES)
    base = state.config.server.base_url
    return entries_page(
        state.config, title=title, subtitle=f"tag {slug}", entries=entries, feed=f"{base}/feeds/{slug}"
    )


@bp.get("/sources/<name>")
def source_page(name: str) -> str:
    """A source's latest entries, under its configured name (its page title beside it)."""
    state = get_state()
    if state.config.source(name) is None:
        raise SourceNotFoundError(f"no source named {name!r} in the configuration")
    info = state.store.source(name)
    base = state.config.server.base_url
    entries = state.store.source_entries(name, PAGE_ENTRIES)
    return entries_page(
        state.config,
        title=name,
        subtitle=info.title,
        entries=entries,
        feed=f"{base}/sources/{name}",
        source=info,
    )


@bp.get(FEED_STYLESHEET)
def feed_stylesheet() -> Response:
    """The CSS our Atom and RSS documents name in their ``<?xml-stylesheet?>``."""
    body = (Path(__file__).parent / "feed.css").read_bytes()
    response = Response(body, content_type="text/css; charset=utf-8")
    response.headers["Cache-Control"] = "public, max-age=86400"
    response.headers["Access-Control-Allow-Origin"] = "*"  # exported copies elsewhere use it
    return response


@bp.get("/opml")
def opml() -> Response:
    state = get_state()
    body, last = opml_list(state.config, state.store)
    return send_document(
        document_of(
            body,
            "text/x-opml; charset=utf-8",
            last.replace(microsecond=0),
            f"public, max-age={max_age(state.config)}",
        )
    )


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
    write_error = f"database file {store.file_problem}" if store.file_problem else store.write_error
    if write_error is None and getattr(state.scheduler, "service_writes", lambda: (False, 0))()[0]:
        write_error = "the service process's database writes fail (its log says why)"
    healthy = (
        database
        and write_error is None
        and (state.scheduler is None or (alive and failures < TICK_FAILURES_UNHEALTHY))
    )
    body = {
        "status": "ok" if healthy else "error",
        "database": database,
        "database_file": store.file_problem or ("ok" if store.file else None),
        "database_writable": write_error is None,
        "write_error": write_error,
        "scheduler": {
            "alive": alive,
            "in_process": state.scheduler is not None,
            "last_tick": last_tick.isoformat() if last_tick else None,
            "consecutive_failures": failures,
        },
        "version": __version__,
    }
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
    return (
        "503 Service Unavailable: the database is not answering; try again shortly\n",
        503,
        {"Content-Type": "text/plain; charset=utf-8", "Retry-After": "30"},
    )
