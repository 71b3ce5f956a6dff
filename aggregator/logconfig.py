"""Logging setup, called by cli.py only: one line per event, ``key=value`` context."""

from __future__ import annotations

import logging.config
import os

LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")


def configure_logging(level: str = "INFO") -> None:
    """Log to stderr. Under systemd (``$JOURNAL_STREAM`` set) the journal stamps each line
    with the time, so ours is left out."""
    fmt = "%(levelname)s %(name)s: %(message)s"
    if not os.environ.get("JOURNAL_STREAM"):
        fmt = "%(asctime)s " + fmt
    logging.config.dictConfig({
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"line": {"format": fmt}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "line",
                                "stream": "ext://sys.stderr"}},
        "loggers": {
            "aggregator": {"level": level.upper(), "handlers": ["stderr"], "propagate": False},
            # Quiet libraries: one line per request from these is noise in a daemon's log.
            "apscheduler": {"level": "WARNING", "handlers": ["stderr"], "propagate": False},
            "httpx": {"level": "WARNING", "handlers": ["stderr"], "propagate": False},
            "waitress": {"level": "INFO", "handlers": ["stderr"], "propagate": False},
        },
        "root": {"level": "WARNING", "handlers": ["stderr"]},
    })
