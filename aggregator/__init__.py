"""aggregator: polls feeds and HTML tag archives, publishes per-tag feeds."""

import logging

__version__ = "0.1.0"

#: Project home, named in the User-Agent so site operators can reach us.
PROJECT_URL = "https://github.com/aggregator-project/aggregator"

USER_AGENT = f"aggregator/{__version__} (+{PROJECT_URL})"

logging.getLogger(__name__).addHandler(logging.NullHandler())
