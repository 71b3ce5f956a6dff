"""The Flask app: feeds, the HTML index, OPML and health, read from the store.

``create_app`` does no work at import and never starts the scheduler (cli.py does).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from flask import Flask, current_app

from aggregator.config import Config

if TYPE_CHECKING:
    from aggregator.feeds import Documents
    from aggregator.store import Store


@dataclass
class WebState:
    """What views need: the configuration, the store and the rendered documents."""

    config: Config
    store: Store
    documents: Documents


def create_app(config: Config, store: Store | None = None) -> Flask:
    """A WSGI app serving ``config``'s feeds from ``store`` (opened from config if None)."""
    from aggregator.feeds import Documents
    from aggregator.store import Store
    from aggregator.web import views

    app = Flask(__name__)
    app.json.sort_keys = False  # type: ignore[attr-defined]
    store = store or Store(config.database.url, migrate=config.database.migrate)
    app.extensions["aggregator"] = WebState(config=config, store=store,
                                            documents=Documents(store, config))
    app.register_blueprint(views.bp)
    return app


def get_state() -> WebState:
    state: WebState = current_app.extensions["aggregator"]
    return state
