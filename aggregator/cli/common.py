"""What the commands share: exit statuses, output that is safe for a terminal, the store.

Every command module imports from here, never from the package (``aggregator.cli``), which
imports them.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

from aggregator.config import COMMAND_LINE, Config
from aggregator.exceptions import ConfigError

if TYPE_CHECKING:
    from aggregator.store import Store

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
#: `fetch --strict` when a source failed: apart from 1 (the command itself failed).
EXIT_SOURCES_FAILED = 3


#: Terminal escape sequences: CSI (``ESC [`` … final byte, or the 8-bit CSI U+009B), OSC
#: (``ESC ]`` … BEL or ``ESC \``: titles, hyperlinks, clipboard writes) and the other
#: two-byte ``ESC x``; then any other C0 or C1 control character but newline and tab.
ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?|(?:\x1b\]|\x9d)[^\x07\x1b\x9c]*"
    r"(?:\x07|\x1b\\|\x9c)?|\x1b[@-_]?|[\x00-\x08\x0b-\x1f\x7f-\x9f]"
)


def print_clean(text: str = "", **kwargs: Any) -> None:
    """``print`` for lines that hold what remote sites sent (titles, URLs, errors): their
    escape sequences and control characters removed, so a page cannot move the cursor,
    retitle the terminal or hide text in it."""
    print(ESCAPES.sub("", text), **kwargs)


def print_json(value: object) -> None:
    """JSON for scripts: control characters stay escaped (``json`` escapes C0 itself; C1
    and DEL, which ``ensure_ascii=False`` would write raw, are escaped here)."""
    text = json.dumps(value, indent=2, ensure_ascii=False)
    print(re.sub(r"[\x7f-\x9f]", lambda m: f"\\u{ord(m.group()):04x}", text))


def key_value(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not value:
        raise ConfigError(f"expected KEY=CSS, got {text!r}", path=COMMAND_LINE, key="--select")
    return key.strip(), value.strip()


def is_http_url(text: str) -> bool:
    from urllib.parse import urlsplit

    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def require_sources(config: Config, names: list[str]) -> None:
    """Raises ConfigError naming every one of ``names`` the configuration has no source for."""
    unknown = [n for n in names if config.source(n) is None]
    if unknown:
        raise ConfigError(
            f"no source named {', '.join(map(repr, unknown))} in the configuration",
            path=config.path,
            key="sources",
        )


def open_store(config: Config, *, sync: bool = True) -> Store:
    """The store, with sources and tags synced to the configuration when ``sync``."""
    from aggregator.store import Store
    from aggregator.update import apply_configuration

    store = Store(
        config.database.url, migrate=config.database.migrate, secret_params=config.fetch.secret_params
    )
    if sync:
        apply_configuration(config, store)
    return store


def iso(when: datetime | None) -> str | None:
    return when.isoformat() if when else None


def redacted(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def summary_text(markup: str | None) -> str:
    from aggregator.parse import html_to_text

    return html_to_text(markup) if markup else ""
