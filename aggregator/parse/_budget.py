"""A CPU-time budget for reading one document.

Size caps bound what a document can be, not what reading it costs: a 10 MB listing page of
150,000 table rows kept a worker busy for 23 s of CPU before it was refused. The parsers
are third-party code and heuristics with loops we cannot all instrument, so the budget is
enforced from outside: a watchdog thread reads each parsing thread's own CPU clock and, past
the budget, raises ``OverBudget`` in that thread at its next Python instruction. A call into
C (lxml parsing the bytes) finishes first; those calls are linear in the size cap.
"""

from __future__ import annotations

import ctypes
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")

#: CPU seconds one document may take to read. The largest real pages of the test corpora
#: take well under a second; a hostile one is refused rather than holding a worker.
CPU_SECONDS = 10.0
#: How often the watchdog looks at the clocks: the budget is exceeded by at most this much.
_POLL_SECONDS = 0.1


class OverBudget(BaseException):
    """Raised in a parsing thread that spent its budget. A BaseException, so that a parser's
    own ``except Exception`` cannot swallow it."""


@dataclass(slots=True)
class _Watched:
    clock: Callable[[], float]
    deadline: float
    #: Set by the watchdog once it has raised OverBudget in the thread. A plain flag: the
    #: thread must take no lock while the exception may arrive (it would stay held).
    fired: bool = False


#: Threads under a budget. Only atomic dict operations touch it, never under a lock: an
#: exception raised asynchronously while a thread holds a lock would leave the lock held.
_watched: dict[int, _Watched] = {}
_start_lock = threading.Lock()
_watchdog: threading.Thread | None = None


def within_budget(seconds: float, fn: Callable[[], T]) -> T:
    """``fn()``, interrupted with OverBudget once this thread has spent ``seconds`` of CPU
    in it. Not nested: an inner call runs under the outer budget."""
    ident = threading.get_ident()
    if ident in _watched:
        return fn()
    clock = _cpu_clock(ident)
    _start_watchdog()
    watched = _Watched(clock, clock() + seconds)
    _watched[ident] = watched
    delivered = False
    try:
        result = fn()
    except OverBudget:
        delivered = True
        raise
    finally:
        # Whoever pops the entry decides: this thread (the work ended in time) or the
        # watchdog (it raises OverBudget here). When the watchdog won but its exception has
        # not arrived yet, it is taken here, so that it never reaches the thread's next work.
        overrun = _watched.pop(ident, None) is None and not delivered
        if overrun:
            _absorb(watched)
    if overrun:
        # The budget was spent, but its exception did not stop ``fn``: it came after ``fn``
        # returned, or inside a finalizer or a callback, where Python only reports it (seen
        # in a loaded test run: a 20 s page read to the end).
        raise OverBudget
    return result


def _absorb(watched: _Watched) -> None:
    """Let the OverBudget the watchdog raised (or is raising) in this thread arrive, and drop
    it. Not cleared through the C API: on CPython 3.11 clearing leaves the interpreter's
    "pending" flag set, which slows every thread from then on."""
    try:
        give_up = time.monotonic() + 5
        while not watched.fired and time.monotonic() < give_up:
            time.sleep(0.0005)
        for _ in range(1000):  # a backward jump is where a pending exception arrives
            pass
    except OverBudget:
        pass


def _cpu_clock(ident: int) -> Callable[[], float]:
    """The CPU clock of thread ``ident`` (Linux and most Unixes), else the wall clock."""
    try:
        clock_id = time.pthread_getcpuclockid(ident)
        time.clock_gettime(clock_id)
    except (AttributeError, OSError):
        return time.monotonic
    return lambda: time.clock_gettime(clock_id)


def _start_watchdog() -> None:
    global _watchdog
    with _start_lock:
        if _watchdog is None or not _watchdog.is_alive():
            _watchdog = threading.Thread(target=_watch, name="parse-budget", daemon=True)
            _watchdog.start()


def _watch() -> None:
    while True:
        time.sleep(_POLL_SECONDS)
        for ident, watched in list(_watched.items()):
            try:
                spent = watched.clock() >= watched.deadline
            except OSError:  # the thread is gone: nothing left to interrupt
                spent = False
                _watched.pop(ident, None)
            if spent and _watched.pop(ident, None) is watched:
                _set_async_exc(ident, OverBudget)
                watched.fired = True


def _set_async_exc(ident: int, exc: type[BaseException]) -> None:
    """Raise ``exc`` in thread ``ident`` at its next Python instruction."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(exc))
