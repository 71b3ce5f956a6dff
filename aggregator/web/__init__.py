"""The Flask app: feeds, the HTML index, OPML, health and metrics, read from the store.

``create_app`` does no work at import and never starts the scheduler (service.py does).
A configuration reload swaps the app's whole ``WebState`` at once (``set_config``); a view
reads the state once, so one request never mixes two configurations.
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlsplit

from flask import Flask, Response, request

from aggregator.config import Config
from aggregator.feeds import Documents
from aggregator.metrics import Metrics
from aggregator.store import Store
from aggregator.web import views, websub
from aggregator.web.fast import FeedFastPath

# The app's state (web/state.py), importable from here as before.
from aggregator.web.state import TickHealth as TickHealth
from aggregator.web.state import WebState as WebState
from aggregator.web.state import get_state as get_state


def create_app(
    config: Config,
    store: Store | None = None,
    *,
    metrics: Metrics | None = None,
    scheduler: TickHealth | None = None,
    fresh_for: float = 0.0,
    feeds: bool = True,
) -> Flask:
    """A WSGI app serving ``config``'s feeds from ``store`` (opened from config if None).

    Without ``metrics``, the app makes its own, watching ``store``. ``fresh_for``: seconds
    a feed's state read from the database is reused (see feeds.Documents); the server
    processes use one, tests none. ``feeds=False``: only /healthz and /metrics, for a
    worker that publishes nothing.
    """
    app = Flask(__name__)
    app.json.sort_keys = False  # type: ignore[attr-defined]
    store = store or Store(
        config.database.url, migrate=config.database.migrate, secret_params=config.fetch.secret_params
    )
    if metrics is None:
        metrics = Metrics()
        metrics.watch_store(store, lambda: get_state(app).config)
    documents = Documents(store, config, metrics=metrics, fresh_for=fresh_for)
    app.extensions["aggregator"] = WebState(
        config=config, store=store, documents=documents, metrics=metrics, scheduler=scheduler
    )
    app.register_blueprint(views.ops)
    app.after_request(_count_request)
    app.after_request(_redirect_to_base_url)
    if not feeds:
        return app
    app.register_blueprint(views.bp)
    app.register_blueprint(websub.bp)
    app.wsgi_app = FeedFastPath(app)  # type: ignore[method-assign]
    return app


def set_config(app: Flask, config: Config) -> None:
    """Serve ``config`` from the next request on (configuration reload). Documents rendered
    with the old configuration (titles, base URL, entries per document) are dropped."""
    state = get_state(app)
    state.store.secret_params = config.fetch.secret_params
    app.extensions["aggregator"] = replace(
        state,
        config=config,
        documents=Documents(state.store, config, metrics=state.metrics, fresh_for=state.documents.fresh_for),
    )


def _redirect_to_base_url(response: Response) -> Response:
    """Point every redirect (Werkzeug's: ``/feeds//x.atom`` to ``/feeds/x.atom``, a missing
    trailing slash) at ``server.base_url``. Werkzeug builds its Location from the request's
    Host header, which the client chooses: a redirect to anywhere, cached by a proxy."""
    location = response.headers.get("Location")
    if location is None or not 300 <= response.status_code < 400:
        return response
    parts = urlsplit(location)
    if not (parts.scheme or parts.netloc):
        return response  # relative: resolved against the URL the client asked for
    path = parts.path
    root = request.root_path
    if root and path.startswith(root):
        path = path[len(root) :]
    target = get_state().config.server.base_url.rstrip("/") + "/" + path.lstrip("/")
    response.headers["Location"] = f"{target}?{parts.query}" if parts.query else target
    return response


def _count_request(response: Response) -> Response:
    # Also runs for error responses, 500 included (Flask finalizes those through it).
    rule = request.url_rule.rule if request.url_rule is not None else None
    get_state().metrics.observe_request(rule, response.status_code)
    return response
