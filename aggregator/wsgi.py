"""The web app as a WSGI callable, for web nodes run under a WSGI server of their own.

    AGGREGATOR_CONFIG=/etc/aggregator/config.toml \\
        granian --interface wsgi --workers 2 aggregator.wsgi:app

``aggregator serve`` stays the default: one web process per core ([server] workers,
web/prefork.py) running waitress, which stalls on no slow client, on one socket, with SIGHUP
reload, the systemd watchdog and /metrics adding up every process. A web node that must
answer still more readers can run this instead under granian, whose HTTP layer is Rust:
bench/serve.py measures both (docs/performance.md). Each granian worker opens the database
and keeps a cache of rendered documents of its own; a new configuration takes a restart,
and /metrics counts the requests of the worker that answers the scrape.
"""

from __future__ import annotations

from aggregator.config import load_config
from aggregator.logconfig import configure_logging, set_secret_params
from aggregator.service import FRESH_FOR
from aggregator.web import create_app

config = load_config()
configure_logging(config.log.level)
set_secret_params(config.fetch.secret_params)
app = create_app(config, fresh_for=FRESH_FOR)
