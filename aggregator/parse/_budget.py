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


_lock = threading.Condition()
_watched: dict[int, _Watched] = {}
_watchdog: threading.Thread | None = None


def within_budget(seconds: float, fn: Callable[[], T]) -> T:
    """``fn()``, interrupted with OverBudget once this thread has spent ``seconds`` of CPU
    in it. Not nested: an inner call runs under the outer budget."""
    ident = threading.get_ident()
    clock = _cpu_clock(ident)
    with _lock:
        if ident in _watched:
            return fn()
        _watched[ident] = _Watched(clock, clock() + seconds)
        _start_watchdog()
        _lock.notify()
    try:
        return fn()
    finally:
        with _lock:
            # The watchdog forgets a thread when it fires: then an exception may still be
            # pending for it, to be cleared before this thread goes on to other work.
            if _watched.pop(ident, None) is None:
                _set_async_exc(ident, None)


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
    if _watchdog is None or not _watchdog.is_alive():
        _watchdog = threading.Thread(target=_watch, name="parse-budget", daemon=True)
        _watchdog.start()


def _watch() -> None:
    with _lock:
        while True:
            while not _watched:
                _lock.wait()
            for ident, watched in list(_watched.items()):
                try:
                    spent = watched.clock() >= watched.deadline
                except OSError:  # the thread is gone: nothing left to interrupt
                    del _watched[ident]
                    continue
                if spent:
                    del _watched[ident]
                    _set_async_exc(ident, OverBudget)
            _lock.wait(_POLL_SECONDS)


def _set_async_exc(ident: int, exc: type[BaseException] | None) -> None:
    """Raise ``exc`` in thread ``ident`` at its next instruction (None: clear a pending one)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident),
                                               ctypes.py_object(exc) if exc else None)
