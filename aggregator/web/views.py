"""Views: path -> documents (rendered, cached) -> Response with validators. Thin on purpose."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flask import Blueprint, Response, jsonify, render_template, request

from aggregator import __version__
from aggregator.exceptions import NotFoundError, StorageError
from aggregator.feeds import EMPTY_FEED_DATE, Document, document_of, max_age
from aggregator.render.opml import render_opml
from aggregator.scheduler import HEARTBEAT_SETTING
from aggregator.web import get_state

bp = Blueprint("aggregator", __name__)

#: ``serve``: the scheduler of another process is considered alive when its heartbeat in
#: the database (written every 30 s, scheduler.HEARTBEAT) is this recent.
TICK_STALE_AFTER = timedelta(minutes=2)
FMT = "<any(atom, rss, json):fmt>"
#: Header of a feed document served from memory while the database does not answer.
STALE_HEADER = "Aggregator-Stale"
#: Seconds a cache may keep such a document.
STALE_MAX_AGE = 30


@bp.get(f"/feeds/<tag>.{FMT}")
@bp.get(f"/feeds/<tag>/archive/<int:page>.{FMT}")
def tag_feed(tag: str, fmt: str, page: int | None = None) -> Response:
    kind = "all" if tag == "all" else "tag"
    return send_document(get_state().documents.get(kind, tag, fmt, page))


@bp.get(f"/sources/<name>.{FMT}")
@bp.get(f"/sources/<name>/archive/<int:page>.{FMT}")
def source_feed(name: str, fmt: str, page: int | None = None) -> Response:
    return send_document(get_state().documents.get("source", name, fmt, page))


def send_document(doc: Document) -> Response:
    """A document with its validators, gzipped when the client takes it; 304 when the
    client's copy is current (decided from the cached validators: nothing is rendered)."""
    use_gzip = doc.gzipped is not None and request.accept_encodings["gzip"] > 0
    # Each representation has its own strong ETag; either one shows the client is current.
    etags = (doc.etag, f"{doc.etag}-gz")
    headers = {"ETag": f'"{etags[1] if use_gzip else etags[0]}"',
               "Last-Modified": _http_date(doc.last_modified),
               "Cache-Control": doc.cache_control, "Vary": "Accept-Encoding"}
    if doc.stale:
        # The database does not answer: the last version we rendered, which may be behind.
        # Caches keep it briefly, so readers come back for the current one soon.
        headers[STALE_HEADER] = "database unavailable; last rendered version"
        headers["Cache-Control"] = f"public, max-age={STALE_MAX_AGE}"
    if_none_match = request.if_none_match
    if if_none_match:
        fresh = if_none_match.star_tag or any(if_none_match.contains_weak(e) for e in etags)
    else:
        since = request.if_modified_since
        fresh = since is not None and doc.last_modified <= since
    if fresh:
        return Response(status=304, headers=headers)
    response = Response(doc.gzipped if use_gzip else doc.body, content_type=doc.content_type,
                        headers=headers)
    if use_gzip:
        response.headers["Content-Encoding"] = "gzip"
    return response


def _http_date(when: datetime) -> str:
    from email.utils import format_datetime

    return format_datetime(when.astimezone(UTC), usegmt=True)


@bp.get("/")
def index() -> str:
    state = get_state()
    configured = {s.name: s for s in state.config.sources}
    sources = [s for s in state.store.list_sources() if s.name in configured]
    now = datetime.now(UTC)
    stale = {s.name for s in sources if s.is_stale(now, state.config.scheduler.stale_after)}
    return render_template(
        "index.html", tags=state.store.list_tags(), sources=sources, configured=configured,
        total=state.store.entry_count(), stale=stale,
        base_url=state.config.server.base_url, version=__version__, now=now)


@bp.get("/opml")
def opml() -> Response:
    state = get_state()
    tags = state.store.list_tags()
    last = max((t.changed_at for t in tags if t.changed_at), default=EMPTY_FEED_DATE)
    body = render_opml(tags, base_url=state.config.server.base_url,
                       title="aggregator tag feeds", now=last)
    return send_document(document_of(body, "text/x-opml; charset=utf-8", last.replace(microsecond=0),
                                     f"public, max-age={max_age(state.config)}"))


@bp.get("/healthz")
def healthz() -> tuple[Response, int]:
    """503 when the database does not answer, or when this process runs the scheduler
    (``run``) and its tick is stale. In ``serve`` the scheduler is another process's: its
    heartbeat is reported, but a web server that can serve feeds stays healthy."""
    state = get_state()
    database = state.store.ping()
    heartbeat = None
    if database:
        try:
            value = state.store.get_setting(HEARTBEAT_SETTING)
            heartbeat = datetime.fromisoformat(value) if value else None
        except StorageError:
            database = False
    if state.scheduler is not None:
        alive, last_tick = state.scheduler.alive(), state.scheduler.last_tick
    else:
        alive = bool(heartbeat and datetime.now(UTC) - heartbeat < TICK_STALE_AFTER)
        last_tick = heartbeat
    healthy = database and (alive or state.scheduler is None)
    body = {"status": "ok" if healthy else "error", "database": database,
            "scheduler": {"alive": alive, "in_process": state.scheduler is not None,
                          "last_tick": last_tick.isoformat() if last_tick else None},
            "version": __version__}
    response = jsonify(body)
    response.headers["Cache-Control"] = "no-store"
    return response, 200 if healthy else 503


@bp.get("/metrics")
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
