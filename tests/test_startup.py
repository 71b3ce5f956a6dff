"""A command imports what it uses when it uses it (issue 14, "a fast start"): ``--help``
opens no database, and a fetch pass where every source answers 304 imports neither the web,
the renderers, the parsers, the sanitizer, httpx, Alembic nor the process pool.
bench/startup.py measures the time; these tests keep the lazy imports from coming back."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable

import pytest
from _process import clean_env
from conftest import ON_POSTGRES

from aggregator.cli import main
from aggregator.config import Config

#: Prints which of the modules named in argv[1] (JSON) a command, argv[2:], imported.
PROBE = """
import json, sys
from aggregator.cli import main
watched = json.loads(sys.argv[1])
try:
    main(sys.argv[2:])
except SystemExit:
    pass
print(json.dumps(sorted(m for m in watched if m in sys.modules)))
"""
#: Not needed before a body must be parsed, a feed rendered or a page served.
NOT_FOR_A_304_PASS = [
    "flask",
    "werkzeug",
    "jinja2",
    "feedgen",
    "prometheus_client",
    "waitress",
    "apscheduler",
    "alembic",
    "feedparser",
    "lxml",
    "trafilatura",
    "extruct",
    "htmldate",
    "dateparser",
    "tomlkit",
    "re2",
    "multiprocessing",
    "aggregator.web",
    "aggregator.render",
    "aggregator.scheduler",
    "aggregator.metrics",
    "aggregator.parse",
    "aggregator.normalize",
    "aggregator.digest",
    "nh3",
    # Fetches go over h11 (fetch/_http1.py); httpx, with its command line's click, rich and
    # pygments, is WebSub's client only.
    "httpx",
    "httpcore",
    "click",
    "rich",
    "pygments",
]


def imported(watched: list[str], *argv: str) -> tuple[list[str], str]:
    """The modules of ``watched`` that ``aggregator *argv`` imported, and what it printed."""
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(watched), *argv],
        capture_output=True,
        text=True,
        env=clean_env(),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    *printed, last = done.stdout.splitlines()
    result: list[str] = json.loads(last)
    return result, "\n".join(printed)


def test_help_opens_no_database_and_no_network_library() -> None:
    assert imported(["sqlalchemy", "httpx", *NOT_FOR_A_304_PASS], "--help")[0] == []


@pytest.mark.slow  # a first pass parses in processes of its own
def test_a_fetch_pass_of_unchanged_feeds_imports_only_what_it_uses(
    write_config: Callable[..., Config], feed_url: Callable[[str], str]
) -> None:
    # Twenty sources: as many as make a pass use parser processes (cli/ingest.py).
    config = write_config(
        "".join(f'[[sources]]\nname = "s{i}"\nurl = "{feed_url("lemonde.rss")}"\n' for i in range(20))
    )
    assert main(["fetch", "--config", str(config.path)]) == 0  # stores the validators
    # On SQLite the 304s are recorded without the store (quickpass.py): no SQLAlchemy.
    watched = NOT_FOR_A_304_PASS + ([] if ON_POSTGRES else ["sqlalchemy", "aggregator.store"])
    modules, printed = imported(watched, "fetch", "--config", str(config.path))
    assert printed.count("ok, not modified") == 20, printed
    assert modules == []


def test_the_web_and_the_daemon_load_no_http_client() -> None:
    """``serve`` and ``run`` import the WebSub package (the hub's routes, the callback)
    whether they push or not: httpx comes with the client that a hub or a subscription
    makes, not with the package."""
    probe = (
        "import json, sys\n"
        "import aggregator.service, aggregator.web, aggregator.web.server, aggregator.scheduler\n"
        "print(json.dumps(sorted(m for m in ('httpx', 'httpcore', 'rich', 'pygments') if m in sys.modules)))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=clean_env(), timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
