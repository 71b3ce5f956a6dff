"""Views: path -> store query -> render() -> Response with validators. Thin on purpose."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from flask import Blueprint, Response, jsonify, render_template, request

from aggregator import __version__
from aggregator.exceptions import NotFoundError, StorageError
from aggregator.feeds import feed_document
from aggregator.render.opml import render_opml
from aggregator.web import get_state

bp = Blueprint("aggregator", __name__)

#: The scheduler is considered alive when it ticked this recently.
TICK_STALE_AFTER = timedelta(minutes=2)


@bp.get("/feeds/<tag>.<any(atom, rss, json):fmt>")
def tag_feed(tag: str, fmt: str) -> Response:
    return _feed_response("all" if tag == "all" else "tag", tag, fmt)


@bp.get("/sources/<name>.<any(atom, rss, json):fmt>")
def source_feed(name: str, fmt: str) -> Response:
    return _feed_response("source", name, fmt)


def _feed_response(kind: str, key: str, fmt: str) -> Response:
    state = get_state()
    doc = feed_document(state.store, state.config, kind, key, fmt)
    return _conditional(doc.body, doc.content_type, doc.last_modified)


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
    last = max((t.last_entry for t in tags if t.last_entry), default=_EPOCH)
    body = render_opml(tags, base_url=state.config.server.base_url,
                       title="aggregator tag feeds", now=last)
    return _conditional(body, "text/x-opml; charset=utf-8", last)


@bp.get("/healthz")
def healthz() -> tuple[Response, int]:
    state = get_state()
    database = state.store.ping()
    last_tick = None
    if database:
        try:
            value = state.store.get_setting("scheduler_last_tick")
            last_tick = datetime.fromisoformat(value) if value else None
        except StorageError:
            database = False
    alive = bool(last_tick and datetime.now(UTC) - last_tick < TICK_STALE_AFTER)
    body = {"status": "ok" if database else "error", "database": database,
            "scheduler": {"alive": alive,
                          "last_tick": last_tick.isoformat() if last_tick else None},
            "version": __version__}
    response = jsonify(body)
    response.headers["Cache-Control"] = "no-store"
    return response, 200 if database else 503


@bp.errorhandler(NotFoundError)
def not_found(error: NotFoundError) -> tuple[str, int, dict[str, str]]:
    return f"404 Not Found: {error}\n", 404, {"Content-Type": "text/plain; charset=utf-8"}


@bp.app_errorhandler(StorageError)
def storage_error(error: StorageError) -> tuple[str, int, dict[str, str]]:
    return ("503 Service Unavailable: the database is not answering; try again shortly\n",
            503, {"Content-Type": "text/plain; charset=utf-8", "Retry-After": "30"})


_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)


def _conditional(body: bytes, content_type: str, last_modified: datetime) -> Response:
    response = Response(body, content_type=content_type)
    response.set_etag(hashlib.sha256(body).hexdigest()[:32])
    response.last_modified = last_modified
    response.headers["Cache-Control"] = "public, max-age=60"
    return response.make_conditional(request)
