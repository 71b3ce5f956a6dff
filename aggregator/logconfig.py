"""Logging setup, called by cli.py only: one line per event, ``key=value`` context.

Under systemd, stderr is a stream to the journal. The journal stamps every line with the
time, so ours is left out, and it reads a ``<N>`` syslog priority at the start of a line
(sd-daemon(3)), so each line carries one: ``journalctl -p warning`` then works.
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TextIO

from aggregator.config import LOG_LEVELS
from aggregator.redact import DEFAULT_SECRET_PARAMS, redact_text

LEVELS = LOG_LEVELS

#: Syslog priorities of our levels (sd-daemon(3): SD_ERR, SD_WARNING, SD_INFO, SD_DEBUG).
_PRIORITIES = {logging.CRITICAL: 2, logging.ERROR: 3, logging.WARNING: 4, logging.INFO: 6, logging.DEBUG: 7}


class JournalFormatter(logging.Formatter):
    """Prefixes each record with its syslog priority, ``<4>`` for a warning."""

    def format(self, record: logging.LogRecord) -> str:
        priority = _PRIORITIES.get(record.levelno, 6 if record.levelno > logging.DEBUG else 7)
        return f"<{priority}>{super().format(record)}"


class RedactingFilter(logging.Filter):
    """Cuts credentials out of every URL in a log line (userinfo, secret query parameters:
    redact.py), whoever logs it: our modules, httpx, waitress. A filter on the handlers,
    not care at each call site, so a new log line cannot leak a token."""

    def __init__(self) -> None:
        super().__init__()
        self.params = DEFAULT_SECRET_PARAMS

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = redact_text(message, self.params)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info and not record.exc_text:
            record.exc_text = redact_text(logging.Formatter().formatException(record.exc_info), self.params)
        elif record.exc_text:
            record.exc_text = redact_text(record.exc_text, self.params)
        return True


#: The one filter of our handlers; set_secret_params() changes what it cuts.
_REDACTING = RedactingFilter()


def under_journal(stream: TextIO | None = None) -> bool:
    """True when ``stream`` (stderr) is the journal stream systemd connected us to.

    systemd.exec(5): ``$JOURNAL_STREAM`` holds the device and inode of that stream; a
    stderr redirected elsewhere since (``aggregator run 2>file`` in a unit's shell) has
    other numbers, and gets timestamps again.
    """
    value = os.environ.get("JOURNAL_STREAM", "")
    device, _, inode = value.partition(":")
    if not (device.isdigit() and inode.isdigit()):
        return False
    try:
        st = os.fstat((stream or sys.stderr).fileno())
    except (OSError, ValueError, AttributeError):
        return False
    return (st.st_dev, st.st_ino) == (int(device), int(inode))


def configure_logging(level: str = "INFO") -> None:
    """Log to stderr at ``level`` (for our loggers; libraries say only what matters).

    What ``logging.config.dictConfig`` would do with the same table, by hand: that module
    (and the handlers and socket servers it imports) is a tenth of a 304 pass's start-up."""
    fmt = "%(levelname)s %(name)s: %(message)s"
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        JournalFormatter(fmt) if under_journal() else logging.Formatter("%(asctime)s " + fmt)
    )
    handler.addFilter(_REDACTING)
    levels = {
        "aggregator": level.upper(),
        # Quiet libraries: one line per request from these is noise in a daemon's log.
        # APScheduler warns every tick while a tick is stuck ("skipped: maximum number of
        # running instances reached"); the watchdog reports that once, in our words.
        "apscheduler": "ERROR",
        "httpx": "WARNING",
        "waitress": "INFO",
        # "Task queue depth is N": a line per request whenever every app thread is busy,
        # which under load is all the time (and costs the CPU the requests need).
        "waitress.queue": "ERROR",
    }
    for name, at in [*levels.items(), ("", "WARNING")]:  # "": the root logger
        logger = logging.getLogger(name or None)
        for old in logger.handlers[:]:
            logger.removeHandler(old)
            old.close()
        logger.setLevel(at)
        logger.addHandler(handler)
        logger.propagate = not name


def set_secret_params(params: frozenset[str]) -> None:
    """The query parameters cut from URLs in log lines (``[fetch] secret_params``)."""
    _REDACTING.params = params


def set_level(level: str) -> None:
    """Change our loggers' level in place (configuration reload)."""
    logging.getLogger("aggregator").setLevel(level.upper())
