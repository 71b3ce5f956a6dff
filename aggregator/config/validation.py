"""Value checkers of the configuration: each returns the (converted) value or raises
``Invalid`` saying what was expected. They know nothing of files or key paths: the reader
(``loading.py``) adds those to the message.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable
from datetime import timedelta
from typing import TypeVar
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from aggregator.config.definitions import LOG_LEVELS, LogLevel
from aggregator.words import RESERVED_TAGS, slugify

#: Source names end up in URLs (/sources/<name>.atom) and file names: keep them boring.
#: ``\Z``, not ``$``: ``$`` also matches before a final newline, and "name\n" would pass.
SOURCE_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}\Z")
TAG_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_LABEL = r"[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9])?"
HOSTNAME_RE = re.compile(rf"^(?=.{{1,253}}$){_LABEL}(?:\.{_LABEL})*\.?$", re.I)

_DURATION_PART = re.compile(r"(\d+(?:\.\d+)?)\s*(ms|s|m|h|d|w)", re.I)
_DURATION_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
#: C0 and C1 control characters (tab included: a title is one line).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SIZE_RE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b|b)?\s*$", re.I)
#: Longest duration accepted anywhere: ten years is past any polling interval or retention
#: anyone means, and far from where ``timedelta`` and dates overflow (year 9999).
MAX_DURATION = timedelta(days=3650)
#: Largest size accepted (a body limit beyond this is no limit).
MAX_SIZE = 10**12
_SIZE_UNITS = {"b": 1, "kb": 10**3, "mb": 10**6, "gb": 10**9, "kib": 2**10, "mib": 2**20, "gib": 2**30}

#: What a TOML value of each Python type is called in messages.
TYPE_NAMES: dict[type, str] = {
    str: "a string",
    int: "an integer",
    bool: "true or false",
    list: "a list",
    dict: "a table",
}

Choice = TypeVar("Choice", bound=str)


class Invalid(ValueError):
    """A value that is not what its key expects; the message says what was expected."""


def describe(value: object) -> str:
    """A TOML value as messages name it: its type, and the value itself when short."""
    if isinstance(value, bool):
        return "true or false"
    for kind, name in TYPE_NAMES.items():
        if isinstance(value, kind):
            return f"{name} ({value!r})" if kind in (str, int, bool) else name
    return repr(value)


def duration(value: object) -> timedelta:
    if not isinstance(value, str):
        raise Invalid(f'expected a duration string such as "90s", "15m", "2h" or "1d", got {value!r}')
    text = value.strip().lower()
    pos, seconds = 0, 0.0
    for m in _DURATION_PART.finditer(text):
        if text[pos : m.start()].strip():
            break
        seconds += float(m.group(1)) * _DURATION_UNITS[m.group(2)]
        pos = m.end()
    if pos == 0 or text[pos:].strip() or seconds <= 0:
        raise Invalid(f'expected a positive duration such as "90s", "15m", "2h" or "1d", got {value!r}')
    if seconds > MAX_DURATION.total_seconds():
        raise Invalid(f"expected a duration of at most {MAX_DURATION.days}d (ten years), got {value!r}")
    return timedelta(seconds=seconds)


def duration_or_zero(value: object) -> timedelta:
    if isinstance(value, str) and re.fullmatch(r"\s*0+(?:\.0+)?\s*(ms|s|m|h|d|w)?\s*", value, re.I):
        return timedelta(0)
    return duration(value)


def size(value: object) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= MAX_SIZE:
        return value
    m = _SIZE_RE.match(value) if isinstance(value, str) else None
    if not m or float(m.group(1)) <= 0:
        raise Invalid(f'expected a size such as "10MB", "512KiB" or a number of bytes, got {value!r}')
    bytes_ = float(m.group(1)) * _SIZE_UNITS[(m.group(2) or "b").lower()]
    if bytes_ > MAX_SIZE:  # also catches inf: "9" * 400 reads as float('inf')
        raise Invalid(f"expected a size of at most 1TB, got {value!r}")
    return int(bytes_)


def between(low: int, high: int) -> Callable[[int], int]:
    def check(value: int) -> int:
        if not low <= value <= high:
            raise Invalid(f"expected a number from {low} to {high}, got {value}")
        return value

    return check


def within(low: timedelta, high: timedelta) -> Callable[[timedelta], timedelta]:
    def check(value: timedelta) -> timedelta:
        if not low <= value <= high:
            raise Invalid(
                f"expected a duration between scheduler.min_interval ({low}) and "
                f"scheduler.max_interval ({high}), got {value}"
            )
        return value

    return check


def longer_than(low: timedelta, name: str) -> Callable[[timedelta], timedelta]:
    def check(value: timedelta) -> timedelta:
        if value <= low:
            raise Invalid(
                f"expected a duration longer than {name} ({low}), or every source "
                f"would be reported stale between two fetches; got {value}"
            )
        return value

    return check


def at_most(high: timedelta) -> Callable[[timedelta], timedelta]:
    def check(value: timedelta) -> timedelta:
        if value > high:
            raise Invalid(f"expected a duration of at most {high}, got {value}")
        return value

    return check


def at_least(low: timedelta) -> Callable[[timedelta], timedelta]:
    def check(value: timedelta) -> timedelta:
        if value < low:
            raise Invalid(f"expected a duration of at least {low}, got {value}")
        return value

    return check


def one_of(choices: tuple[Choice, ...]) -> Callable[[str], Choice]:
    """One of a closed set of strings, returned as the set's own member (so typed as it)."""

    def check(value: str) -> Choice:
        for choice in choices:
            if value == choice:
                return choice
        raise Invalid(f"expected one of {', '.join(map(repr, choices))}, got {value!r}")

    return check


def log_level(value: str) -> LogLevel:
    """One of LOG_LEVELS, in any case."""
    try:
        return one_of(LOG_LEVELS)(value.upper())
    except Invalid:
        raise Invalid(f"expected one of {', '.join(map(repr, LOG_LEVELS))}, got {value!r}") from None


def non_empty(value: str) -> str:
    if not value.strip():
        raise Invalid("expected a non-empty string")
    return value


def title(value: str) -> str:
    """A display title: printed on terminals and pages, so no control characters."""
    if _CONTROL.search(value):
        raise Invalid(f"expected text without control characters, got {value!r}")
    return non_empty(value)


def http_url(value: str) -> str:
    parts = urlsplit(value.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise Invalid(f"expected an http:// or https:// URL, got {value!r}")
    return value.strip()


def hub_url(value: object) -> str:
    if not isinstance(value, str):
        raise Invalid(f"expected a hub URL (a string), got {describe(value)}")
    return http_url(value)


def source_name(value: str) -> str:
    if not SOURCE_NAME_RE.match(value):
        raise Invalid(
            f"expected a slug of lowercase letters, digits, '-' and '_' (at most 64), got {value!r}"
        )
    return value


def tag_ref(value: object) -> str:
    if not isinstance(value, str) or not slugify(value):
        raise Invalid(f'expected a tag name such as "kremlin", got {value!r}')
    slug = slugify(value)
    if slug in RESERVED_TAGS:
        raise Invalid(f"{slug!r} is reserved for the feed of every entry")
    return slug


def param_name(value: object) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[^\s&=#]+", value):
        raise Invalid(f'expected a query parameter name such as "session", got {value!r}')
    return value


def keyword(value: object) -> str:
    if not isinstance(value, str) or not re.search(r"[^\W_]", value):
        raise Invalid(f"expected a keyword with at least one letter or digit, got {value!r}")
    return value


def timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise Invalid(f'expected an IANA time zone such as "Europe/Paris" or "UTC", got {value!r}') from None
    return value


def css_selector(value: str) -> str:
    from cssselect import SelectorError, parse  # imported here: only configs with selectors need it

    try:
        parse(value)
    except SelectorError as e:
        raise Invalid(f"not a valid CSS selector {value!r}: {e}") from None
    return value


def allowed_host(value: object) -> str:
    if not isinstance(value, str) or not value.strip():
        raise Invalid(f"expected a host name, an address or a network, got {value!r}")
    text = value.strip().lower()
    try:
        ipaddress.ip_network(text, strict=False)
        return text
    except ValueError:
        pass
    if not HOSTNAME_RE.match(text):
        raise Invalid(f'expected a host name, an address or a network such as "10.0.0.0/8", got {value!r}')
    return text
