"""The ``aggregator`` command line.

Exit status: 0 success, 1 runtime failure, 2 bad usage or configuration.

Commands live by group in this package (common.py: what they share; ingest.py: fetch,
export, enable, db, check-config; report.py: sources, tags, export-opml; subscribe.py:
preview, add, remove, import-opml; daemon.py: run, serve, worker); this module builds the
parser and runs one.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from aggregator import __version__
from aggregator.cli.common import EXIT_FAILURE, EXIT_OK, EXIT_SOURCES_FAILED, EXIT_USAGE
from aggregator.cli.daemon import cmd_run, cmd_serve, cmd_worker, listen_address
from aggregator.cli.ingest import cmd_check_config, cmd_db, cmd_enable, cmd_export, cmd_fetch
from aggregator.cli.report import cmd_export_opml, cmd_sources, cmd_tags
from aggregator.cli.subscribe import cmd_add, cmd_import_opml, cmd_preview, cmd_remove
from aggregator.config import ENRICH_MODES, Config, load_config
from aggregator.exceptions import AggregatorError, ConfigError
from aggregator.logconfig import LEVELS, configure_logging, set_level, set_secret_params

#: Commands that run on the defaults when no configuration file exists (and none was named).
WITHOUT_CONFIG = ("preview",)


def run() -> NoReturn:
    """The ``aggregator`` command (and ``python -m aggregator``): ``main``, then the exit."""
    code = main()
    # What the command left in memory is freed by the exit without the cyclic collector
    # walking it at the interpreter's teardown first: 0.13 s of the 4 s of a first
    # `aggregator fetch` of 300 feeds, for nothing (stores are closed, pools shut down).
    gc.freeze()
    sys.exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    configure_logging(args.log_level or "INFO")
    try:
        config = _load_config(args)
        set_secret_params(config.fetch.secret_params)
        if not args.log_level:
            set_level(config.log.level)
        return int(args.handler(config, args) or EXIT_OK)
    except BrokenPipeError:
        # The reader went away (`aggregator sources --json | head`): that is how pipes end.
        # Point stdout at /dev/null so the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
        return EXIT_OK
    except ConfigError as e:
        print(f"aggregator: {e}", file=sys.stderr)
        return EXIT_USAGE
    except AggregatorError as e:
        print(f"aggregator: {e}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return EXIT_OK


def _load_config(args: argparse.Namespace) -> Config:
    """The configuration; for WITHOUT_CONFIG commands, the defaults when there is no file
    and none was named (by --config or $AGGREGATOR_CONFIG)."""
    from aggregator.config import ENV_CONFIG, config_path

    if (
        args.command in WITHOUT_CONFIG
        and not args.config
        and not os.environ.get(ENV_CONFIG)
        and not config_path().exists()
    ):
        return Config(path=None)
    return load_config(args.config)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aggregator",
        description="Polls feeds and HTML tag archives; publishes per-tag Atom, RSS and JSON feeds.",
    )
    parser.add_argument("--version", action="version", version=f"aggregator {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--config",
        metavar="PATH",
        help="configuration file (default: $AGGREGATOR_CONFIG, else ./config.toml)",
    )
    common.add_argument(
        "--log-level",
        choices=LEVELS,
        type=str.upper,
        help="log level (default: [log] level of the configuration, else INFO)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(
        name: str, handler: Callable[[Config, argparse.Namespace], int | None], help: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=help, description=help)
        p.set_defaults(handler=handler)
        return p

    command("run", cmd_run, "scheduler and HTTP server in one process (the systemd service)")
    command("serve", cmd_serve, "HTTP server only")
    p = command("worker", cmd_worker, "scheduler and fetchers only, no feeds served")
    p.add_argument(
        "--listen",
        metavar="[HOST:]PORT",
        type=listen_address,
        help="serve /healthz and /metrics there (HOST defaults to 127.0.0.1; default: no HTTP at all)",
    )
    p = command("fetch", cmd_fetch, "one ingest pass now over all (or the named) sources, then exit")
    p.add_argument("names", nargs="*", metavar="NAME", help="source names (default: all)")
    p.add_argument(
        "--strict",
        action="store_true",
        help=f"exit {EXIT_SOURCES_FAILED} when any source failed (default: exit 0)",
    )
    command("export", cmd_export, "render every feed into output.dir, then exit")
    command("check-config", cmd_check_config, "validate the configuration and exit (0 valid, 2 invalid)")
    p = command("enable", cmd_enable, "poll disabled sources again (a 410 Gone disables a source)")
    p.add_argument("names", nargs="+", metavar="NAME", help="source names")
    p = command("sources", cmd_sources, "list sources with their health")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p = command("tags", cmd_tags, "list tags with entry counts and feed URLs")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    which = p.add_mutually_exclusive_group()
    which.add_argument(
        "--try",
        dest="try_query",
        metavar="QUERY",
        help="count the stored entries a query matches and show the newest",
    )
    which.add_argument(
        "--explain",
        metavar="ENTRY",
        help="which part of which tag's rule matched an entry (its id, urn:uuid:…)",
    )
    p.add_argument(
        "--limit",
        type=int,
        default=10,
        metavar="N",
        help="with --try: how many of the newest matches to show (default 10)",
    )
    p = command(
        "import-opml",
        cmd_import_opml,
        "add the feeds of an OPML file (a feed reader's export) to the configuration",
    )
    p.add_argument("file", metavar="FILE", help="OPML file")
    p.add_argument("--dry-run", action="store_true", help="show what would be added, change nothing")
    command("export-opml", cmd_export_opml, "print the configured sources as OPML")
    p = command("add", cmd_add, "preview a URL, then add it as a source to the configuration file")
    p.add_argument("url", metavar="URL")
    p.add_argument("--name", help="source name (default: from the page's title, else its host)")
    p.add_argument(
        "--tag",
        action="append",
        default=[],
        metavar="T",
        dest="tags",
        help="a tag every entry of the source gets (repeat for more)",
    )
    p.add_argument(
        "--type",
        choices=("auto", "feed", "html"),
        default="auto",
        help="read the URL as this kind of source (default: auto)",
    )
    p = command("remove", cmd_remove, "remove a source from the configuration file")
    p.add_argument("name", metavar="NAME")
    p = command("db", cmd_db, "database schema: upgrade it, or show its revision")
    p.add_argument(
        "action",
        choices=("upgrade", "current"),
        help="upgrade: migrate to the revision this version needs; "
        "current: print the database's revision and the one needed",
    )
    p = command("preview", cmd_preview, "show what a page or feed would yield")
    p.add_argument("url", metavar="URL")
    p.add_argument(
        "--type",
        choices=("auto", "feed", "html"),
        default="auto",
        help="read the URL as this kind of source (default: auto)",
    )
    p.add_argument(
        "--select",
        nargs="+",
        metavar="KEY=CSS",
        default=[],
        help="CSS selectors for an HTML page, as in [sources.select]: "
        "item=... title=... link=... summary=... date=... next=...",
    )
    p.add_argument(
        "--timezone", default="UTC", help="time zone for dates written without an offset (default: UTC)"
    )
    p.add_argument("--limit", type=int, default=20, help="entries to show (default: 20)")
    p.add_argument(
        "--enrich",
        choices=ENRICH_MODES,
        default=None,
        help="read the entries' article pages as [[sources]] enrich would (default: "
        "metadata for an HTML listing, none for a feed)",
    )
    p.add_argument(
        "--json",
        action="store_true",
        help="print one JSON object: entries with every field and where it came "
        "from, selectors, next page, advertised feed",
    )
    return parser
