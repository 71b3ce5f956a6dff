"""Which core a web server's threads run on.

Imports nothing heavy: the service process, which starts the web processes, asks ``web_cpu``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator


def web_cpu(slot: int) -> int | None:
    """The core for the web server numbered ``slot`` (0 for the service's own): one of the
    cores this process may run on (its affinity: taskset, a cpuset, systemd's CPUAffinity),
    each slot on the next; None where there is only one, or no affinity to read."""
    try:
        allowed = sorted(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return None
    return allowed[slot % len(allowed)] if len(allowed) > 1 else None


@contextlib.contextmanager
def on_cpu(cpu: int | None) -> Iterator[None]:
    """Threads started inside run on core ``cpu`` (they inherit the starting thread's
    affinity, which is restored after).

    Why: a request crosses threads twice (the I/O loop hands it to an app thread, which hands
    the answer back), and the GIL passes between them. On a virtual machine whose cores are
    idle, waking a thread on another core waits for that core to wake: one web process
    answered a tag feed at 700 requests a second spread over two idle cores, and at 5,000 on
    one (bench/serve.py, 2026-12-05); with cores kept busy by other work, both gave 3,500."""
    if cpu is None:
        yield
        return
    try:
        before = os.sched_getaffinity(0)
        os.sched_setaffinity(0, {cpu})
    except (AttributeError, OSError):
        yield
        return
    try:
        yield
    finally:
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, before)
