"""Commands that act on the database once and exit: ``fetch``, ``export``, ``enable``,
``db``, ``check-config``."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import BrokenExecutor, Executor, Future, ThreadPoolExecutor
from contextlib import contextmanager, nullcontext
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar

from aggregator.cli.common import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_SOURCES_FAILED,
    EXIT_USAGE,
    open_store,
    print_clean,
    redacted,
    require_sources,
)
from aggregator.config import Config
from aggregator.redact import redact_text

if TYPE_CHECKING:
    from aggregator.fetch import Fetcher
    from aggregator.types import UpdateResult

T = TypeVar("T")

logger = logging.getLogger(__name__)


def cmd_check_config(config: Config, args: argparse.Namespace) -> int:
    from aggregator.preflight import SERVICE_USER, check_service, invoking_user

    print(
        f"{config.path}: valid ({len(config.sources)} sources, {len(config.tags)} tags, "
        f"database {redacted(config.database.url)}, export {config.output.dir})"
    )
    findings = check_service(config)
    print(
        f"checked as user {invoking_user()}; the systemd units run as the dynamic user "
        f"{SERVICE_USER!r}, which can write only /var/lib/aggregator"
    )
    for f in findings:
        print(f"{f.level}: {f.what}: {f.message}", file=sys.stderr if f.level == "error" else sys.stdout)
    errors = sum(f.level == "error" for f in findings)
    if errors:
        print(
            f"aggregator: {config.path}: valid, but the service would fail "
            f"({errors} error{'s' if errors > 1 else ''} above)",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return EXIT_OK


def cmd_fetch(config: Config, args: argparse.Namespace) -> int:
    from aggregator.fetch import Fetcher
    from aggregator.quickpass import quick_pass, sqlite_path

    require_sources(config, args.names)
    names = args.names or [s.name for s in config.sources]
    path = sqlite_path(config.database.url)
    # A database yet to be made: every source will send a body to parse, so the parser
    # processes start now and boot while this process makes the store.
    new = path is not None and not os.path.exists(path)
    with (
        _collected_seldom(),
        Fetcher(config.fetch) as fetcher,
        _parser_pool(len(names) if new else 0, start=True) as early,
    ):
        # On SQLite, sources that answer 304 are recorded without the store (quickpass.py);
        # the others, with what their fetch brought, go through the whole pipeline.
        quick = None if new else quick_pass(config, names, fetcher)
        results = quick.results if quick else []
        if quick is None or quick.rest:
            rest = quick.rest if quick else names
            # After a quick pass, the rest did not answer 304: bodies, or sources never
            # fetched; their parsers start before the store is opened, not at the first body.
            pool = _parser_pool(len(rest), start=quick is not None) if early is None else nullcontext(early)
            with pool as parsers:
                results += _full_pass(
                    config, fetcher, parsers, rest, quick.fetched if quick else {}, head_start=new
                )
    for r in sorted(results, key=lambda r: r.source):
        if r.ok:
            what = "not modified" if r.not_modified else f"{r.new} new, {r.updated} updated"
            print_clean(f"{r.source}: ok, {what} ({r.seconds:.1f}s)")
        else:
            gone = (
                f"; source disabled; `aggregator enable {r.source}` polls it again"
                if r.basis == "disabled"
                else ""
            )
            print_clean(f"{r.source}: error: {redact_text(str(r.error), config.fetch.secret_params)}{gone}")
    failed = sum(not r.ok for r in results)
    print_clean(f"fetched {len(results)} sources: {len(results) - failed} ok, {failed} failed")
    return EXIT_SOURCES_FAILED if args.strict and failed else EXIT_OK


def _full_pass(
    config: Config,
    fetcher: Fetcher,
    parsers: Executor | None,
    names: list[str],
    fetched: dict[str, Any],
    *,
    head_start: bool = False,
) -> list[UpdateResult]:
    """The pipeline of update/ over ``names``, the store made to match the configuration
    first; prints the sources it could not claim. ``head_start``: the database is new, its
    sources are fetched and parsed while the store is made (headstart.py)."""
    from aggregator import headstart
    from aggregator.politeness import HostLimiter

    with ThreadPoolExecutor(config.scheduler.workers, thread_name_prefix="fetch") as pool:
        limiter = HostLimiter(pool, config.fetch.max_per_host)
        head = headstart.HeadStart(config, fetcher, parsers) if head_start and parsers else None
        if head is not None:
            head.start(names, limiter)
        # Imported once the head start is under way: this is the store's import (SQLAlchemy,
        # the models), the half second the head start is for.
        from aggregator.update import Updater, update_in_windows

        try:
            store = open_store(config)
        finally:
            if head is not None:
                head.stop()
        gc.freeze()  # what is imported and loaded by now lives as long as the pass (until
        # _collected_seldom ends)
        updater = Updater(config=config, store=store, fetcher=fetcher, parsers=parsers, defer_commits=True)
        updater.prefetched.update(fetched)
        updater.ahead = head.handed_over() if head is not None else {}
        results = update_in_windows(updater, limiter, names, config.scheduler.workers)
    claimed = {r.source for r in results}
    for name in names:
        if name not in claimed:
            why = (
                f"disabled; `aggregator enable {name}` polls it again"
                if store.source(name).disabled
                else "being fetched by another process"
            )
            print_clean(f"{name}: skipped ({why})")
    store.close()
    return results


def cmd_export(config: Config, args: argparse.Namespace) -> int:
    from aggregator.export import export_all

    store = open_store(config, sync=False)
    result = export_all(store, config)
    print(
        f"{config.output.dir}: {result.written} written, {result.unchanged} unchanged, "
        f"{result.removed} removed"
    )
    store.close()
    if result.failed:
        print(
            f"aggregator: {result.failed} feed(s) could not be exported (the log says which "
            "and why); their previous files were kept",
            file=sys.stderr,
        )
        return EXIT_FAILURE
    return EXIT_OK


def cmd_enable(config: Config, args: argparse.Namespace) -> int:
    require_sources(config, args.names)
    store = open_store(config)
    now = datetime.now(UTC)
    for name in args.names:
        if store.enable_source(name, now):
            print(f"{name}: enabled, due now (the running daemon fetches it at its next tick)")
        else:
            print(f"{name}: not disabled, nothing to do")
    store.close()
    return EXIT_OK


def cmd_db(config: Config, args: argparse.Namespace) -> int:
    from aggregator.store import database_revision, upgrade_database

    url = redacted(config.database.url)
    if args.action == "upgrade":
        before, after = upgrade_database(config.database.url)
        if before == after:
            print_clean(f"{url}: already at revision {after}")
        else:
            print_clean(f"{url}: upgraded from revision {before or '(empty)'} to {after}")
        return EXIT_OK
    found, needed = database_revision(config.database.url)
    print_clean(
        f"{url}: revision {found or '(none)'}; this version needs {needed}"
        + ("" if found == needed else " (run: aggregator db upgrade)")
    )
    return EXIT_OK if found == needed else EXIT_FAILURE


#: The cyclic garbage collector's thresholds during ``aggregator fetch`` (the default is
#: 700, 10, 10): a young collection every 50,000 allocations, an old one far less often.
PASS_GC_THRESHOLDS = (50_000, 20, 20)


@contextmanager
def _collected_seldom() -> Iterator[None]:
    """The cyclic garbage collector at ``PASS_GC_THRESHOLDS`` for a pass, as before after it.

    A pass allocates a great many short-lived objects (entries, rows, futures) and makes next
    to no reference cycles; at the default thresholds the collector ran about 300 collections
    a cold pass over a heap that grows with it, a tenth of the fetching process's CPU."""
    before = gc.get_threshold()
    gc.set_threshold(*PASS_GC_THRESHOLDS)
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*before)


#: How many times a pass replaces parser processes that died before it gives up on them.
MAX_RESTARTS = 3
#: A pass over at least this many sources parses in processes of its own (one per core, at
#: most four): parsing is CPU work, and one Python process runs on one core at a time.
PARSER_PROCESSES_FROM = 20


@contextmanager
def _parser_pool(sources: int, *, start: bool = False) -> Iterator[Executor | None]:
    """Parser processes for a pass over ``sources`` sources, or None (parse in the fetching
    threads). ``start``: boot them now, in the background, rather than at the first body."""
    cores = os.cpu_count() or 1
    if sources < PARSER_PROCESSES_FROM or cores < 2:
        yield None
        return
    pool = _ParserProcesses(min(cores, 4))
    if start:
        pool.start_soon()
    try:
        yield pool
    finally:
        pool.shutdown()


class _ParserProcesses(Executor):
    """A process pool started by the first body to parse: a pass where every source
    answers 304 Not Modified neither imports multiprocessing nor starts a process."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.restarts = 0
        self._pool: Executor | None = None
        self._lock = threading.Lock()

    def submit(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Future[T]:
        """Run ``fn`` in a parser process. A pool one of whose processes died (the OOM
        killer, a signal) is replaced by a new one, at most ``MAX_RESTARTS`` times a pass:
        the tasks it had failed (BrokenExecutor), the next ones start afresh."""
        pool = self._started()
        try:
            return pool.submit(fn, *args, **kwargs)
        except BrokenExecutor:
            return self._replaced(pool).submit(fn, *args, **kwargs)

    def _replaced(self, broken: Executor) -> Executor:
        with self._lock:
            if self._pool is broken:
                if self.restarts >= MAX_RESTARTS:
                    raise BrokenExecutor(
                        f"parser processes ended abruptly {self.restarts + 1} times in this pass"
                    )
                broken.shutdown(wait=False, cancel_futures=True)
                self.restarts += 1
                logger.warning("a parser process ended abruptly; parser processes restarted")
                self._pool = self._start()
            assert self._pool is not None
            return self._pool

    def start_soon(self) -> None:
        """Start the processes in a thread of their own: each takes a moment to boot (a
        new interpreter importing the parsers), time this process spends on other work."""
        threading.Thread(target=self._boot, name="parsers-start", daemon=True).start()

    def _boot(self) -> None:
        pool = self._started()
        # A pool starts a process per task while none is idle: one no-op each starts them all.
        for _ in range(self.workers):
            pool.submit(os.getpid)

    def _started(self) -> Executor:
        with self._lock:
            if self._pool is None:
                self._pool = self._start()
            return self._pool

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait, cancel_futures=cancel_futures)

    def _start(self) -> Executor:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from aggregator.digest import start_parser_process

        # forkserver: children start from a clean process, not from a copy of this threaded one.
        context = multiprocessing.get_context("forkserver")
        # What reading a feed imports (lxml's and feedparser's modules, about 100) is loaded
        # once, in the server, rather than in each process at its first body (70 ms each).
        context.set_forkserver_preload(["aggregator.digest", "aggregator.parse.feed"])
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=context,
            initializer=start_parser_process,
            initargs=(os.getpid(),),
        )
