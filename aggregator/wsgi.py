"""The web app as a WSGI callable, for web nodes run under a WSGI server of their own.

    AGGREGATOR_CONFIG=/etc/aggregator/config.toml \\
        granian --interface wsgi --workers 2 aggregator.wsgi:app

``aggregator serve`` (waitress, in our process) stays the default: it reloads on SIGHUP,
talks to systemd and stalls on no slow client. A web node that must answer many readers can
run this instead under granian, whose HTTP layer is Rust and whose workers use every core:
bench/serve.py measures it at five to seven times the requests per second of ``aggregator
serve`` (README, "Performance"). Each worker process opens the database and keeps a cache of
rendered documents of its own; a new configuration takes a restart, and /metrics counts
the requests of the worker that answers the scrape.
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
