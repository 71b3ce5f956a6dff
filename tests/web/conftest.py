"""A site: the three fixture feeds ingested with ``aggregator fetch`` into a SQLite file, and
the Flask app serving them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from aggregator.cli import main
from aggregator.config import Config
from aggregator.store import Store
from aggregator.web import create_app

BASE_URL = "http://feeds.test"

KREMLIN_RULE = """
[tags.kremlin]
title = "Kremlin"
keywords = ["kremlin", "poutine", "putin", "peskov"]
"""


def site_toml(feed_url: Callable[[str], str], *, tags: str = KREMLIN_RULE, extra: str = "") -> str:
    """config.toml of the site: lemonde, france24 and courrier (source tag "russie")."""
    return f"""
[database]
url = "sqlite:///aggregator.db"

[server]
base_url = "{BASE_URL}"

[output]
dir = "public"
{tags}
[[sources]]
name = "lemonde"
url = "{feed_url("lemonde.rss")}"
category_tags = true

[[sources]]
name = "france24"
url = "{feed_url("france24.atom")}"
category_tags = true

[[sources]]
name = "courrier"
url = "{feed_url("courrier.rdf")}"
category_tags = true
tags = ["russie"]
{extra}"""


@dataclass
class Site:
    config: Config
    store: Store
    app: Flask
    client: FlaskClient

    @property
    def path(self) -> Path:
        assert self.config.path is not None
        return self.config.path


@pytest.fixture
def site(write_config: Callable[..., Config], feed_url: Callable[[str], str]) -> Iterator[Site]:
    config = write_config(site_toml(feed_url))
    assert main(["fetch", "--config", str(config.path), "--log-level", "WARNING"]) == 0
    store = Store(config.database.url)
    app = create_app(config, store)
    app.testing = True
    yield Site(config=config, store=store, app=app, client=app.test_client())
    store.close()
