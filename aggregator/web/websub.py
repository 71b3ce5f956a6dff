"""WebSub's HTTP side: our hub's endpoint (``POST /websub``) and our subscriber callbacks
(``/websub/callback/<token>``). Thin: checks and bookkeeping live in aggregator/websub/."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from flask import Blueprint, Response, current_app, request

from aggregator.exceptions import AggregatorError, WebSubRequestError
from aggregator.web.state import get_state
from aggregator.websub.hub import MAX_SUBSCRIPTIONS, parse_request
from aggregator.websub.subscriber import MAX_PUSH, accepts, verify

if TYPE_CHECKING:
    from aggregator.update import Updater

logger = logging.getLogger(__name__)

bp = Blueprint("websub", __name__)
#: Longest (un)subscription request read (a form of four short fields).
MAX_REQUEST = 16 * 1024


def _text(body: str, status: int) -> Response:
    return Response(body + ("\n" if body else ""), status=status, content_type="text/plain; charset=utf-8")


@bp.post("/websub")
def hub() -> Response:
    """WebSub 5.1: a subscriber asks for (or ends) a subscription to one of our feeds. The
    intent is verified later, by the process that runs the scheduler (202 Accepted)."""
    state = get_state()
    if not state.config.websub.hub:
        return _text("this server is not a WebSub hub ([websub] hub = false)", 404)
    if (request.content_length or 0) > MAX_REQUEST:
        return _text("request too large", 413)
    try:
        req = parse_request(request.form, state.config, state.store)
    except WebSubRequestError as e:
        return _text(f"400 Bad Request: {e}", 400)
    taken = state.store.hub_request(
        kind=req.kind,
        key=req.key,
        fmt=req.fmt,
        topic=req.topic,
        callback=req.callback,
        mode=req.mode,
        secret=req.secret,
        lease_seconds=req.lease_seconds,
        now=datetime.now(UTC),
        limit=MAX_SUBSCRIPTIONS,
    )
    if not taken:
        return _text("400 Bad Request: this hub takes no more subscriptions", 400)
    return _text("", 202)


@bp.get("/websub/callback/<token>")
def callback_verify(token: str) -> Response:
    """WebSub 5.3: a hub checks that we asked for this (un)subscription."""
    status, body = verify(get_state().store, token, request.args, datetime.now(UTC))
    return Response(body, status=status, content_type="text/plain; charset=utf-8")


@bp.post("/websub/callback/<token>")
def callback_push(token: str) -> Response:
    """WebSub 7: a hub pushes new content of a source. Acknowledged whatever its fate (a
    bad signature is ignored, WebSub 8); stored at once when valid."""
    state = get_state()
    if (request.content_length or 0) > MAX_PUSH:
        return _text("content too large", 413)
    body = request.get_data(cache=False)
    lease = accepts(state.store, token, body, request.headers.get("X-Hub-Signature"))
    if lease is None:
        return _text("", 202)
    headers = {k.lower(): v for k, v in request.headers.items()}
    try:
        _updater().ingest_pushed(lease.source, body, headers)
        state.store.save_source_lease(replace(lease, last_push=datetime.now(UTC), error=None))
    except AggregatorError as e:
        logger.warning("websub push not stored source=%s error=%s", lease.source, e)
    return _text("", 202)


def _updater() -> Updater:
    """The Updater pushes go through, built for the configuration in force."""
    from aggregator.fetch import Fetcher
    from aggregator.update import Updater

    state = get_state()
    cached = current_app.extensions.get("aggregator-push")
    if cached is None or cached.config is not state.config:
        if cached is not None:
            cached.fetcher.close()
        cached = Updater(
            config=state.config, store=state.store, fetcher=Fetcher(state.config.fetch, max_connections=1)
        )
        current_app.extensions["aggregator-push"] = cached
    return cached
