"""aggregator: polls feeds and listing pages, publishes per-tag feeds.

The modules, top layer first (each imports only from those below it; docs/architecture.md
says what each is, and pyproject.toml's [tool.importlinter] enforces it)::

    __main__, wsgi  ->  cli/  ->  service  ->  web/ | scheduler  ->  websub/ | export
    ->  update, preview, rules, retention, pages, preflight, config_edit, opml, logconfig, notify
    ->  feeds, enrich, digest  ->  metrics  ->  store/
    ->  fetch | normalize | render/ | tag | schedule  ->  parse/ | politeness
    ->  config  ->  query  ->  words  ->  types, exceptions, redact
"""

import logging

__version__ = "0.1.0"

#: Project home, named in the User-Agent so site operators can reach us.
PROJECT_URL = "https://github.com/aggregator-project/aggregator"

USER_AGENT = f"aggregator/{__version__} (+{PROJECT_URL})"

logging.getLogger(__name__).addHandler(logging.NullHandler())
