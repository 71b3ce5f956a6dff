"""The feed routes answered before Flask: what feed readers poll all day.

A request for a feed document (GET or HEAD of /feeds/..., /sources/..., current or archive
page) is answered here from the rendered-documents cache, with the same status, headers and
body Flask's views give (both go through feeds.respond), without building a Flask request
context. Anything else, and any error (an unknown tag: 404; the database down: 503), goes to
the Flask app unchanged.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask

from aggregator.exceptions import AggregatorError
from aggregator.feeds import respond
from aggregator.kinds import as_feed_format, feed_kind_at
from aggregator.metrics import route_label
from aggregator.web import views

_ROUTE = re.compile(
    r"^/(feeds|sources)/([^/]+?)(?:/archive/([1-9][0-9]{0,9}))?"
    r"\.(atom|rss|json)$"
)
_LABELS = {
    ("feeds", False): route_label(views.TAG_FEED),
    ("feeds", True): route_label(views.TAG_ARCHIVE),
    ("sources", False): route_label(views.SOURCE_FEED),
    ("sources", True): route_label(views.SOURCE_ARCHIVE),
}

logger = logging.getLogger(__name__)

StartResponse = Callable[..., Any]


class FeedFastPath:
    """WSGI middleware in front of ``app.wsgi_app``."""

    def __init__(self, app: Flask) -> None:
        self.app = app
        self.next = app.wsgi_app

    def __call__(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD")
        match = _ROUTE.match(environ.get("PATH_INFO") or "") if method in ("GET", "HEAD") else None
        if match is None:
            return self.next(environ, start_response)
        folder, key, page, suffix = match.groups()
        kind, fmt = feed_kind_at(folder, key), as_feed_format(suffix)
        state = self.app.extensions["aggregator"]
        try:
            doc = state.documents.get(kind, key, fmt, int(page) if page else None)
        except AggregatorError:
            return self.next(environ, start_response)  # Flask says it (404, 503)
        except Exception:
            # A bug: answered and counted like Flask's own 500s, with the traceback logged.
            logger.exception("feed document failed path=%s", environ.get("PATH_INFO"))
            state.metrics.observe_request(_LABELS[(folder, page is not None)], 500)
            body = b"Internal Server Error: the document could not be rendered; see the log.\n"
            start_response(
                "500 INTERNAL SERVER ERROR",
                [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))],
            )
            return [] if method == "HEAD" else [body]
        status, headers, body = respond(
            doc,
            if_none_match=environ.get("HTTP_IF_NONE_MATCH"),
            if_modified_since=environ.get("HTTP_IF_MODIFIED_SINCE"),
            accept_encoding=environ.get("HTTP_ACCEPT_ENCODING"),
        )
        if status == 200:
            headers.append(("Content-Length", str(len(body))))
        state.metrics.observe_request(_LABELS[(folder, page is not None)], status)
        start_response("200 OK" if status == 200 else "304 NOT MODIFIED", headers)
        return [] if method == "HEAD" or status == 304 else [body]
