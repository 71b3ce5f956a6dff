"""The scheduler's health shared by the service process with its web processes: a small
file every web process maps, rewritten by the service twice a second (web/prefork.py)."""

from __future__ import annotations

import math
import mmap
import struct
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from aggregator.web import TickHealth

#: A published health older than this is the service's, hung: the scheduler is not alive.
PUBLISHED_STALE_SECONDS = 5.0


class SharedTickHealth:
    """The scheduler's health as the service process last published it, in a file mapped
    by every web process: what /healthz of ``run`` says of the tick (web.TickHealth)."""

    # sequence, published at, last tick, failures, alive; the service's writes: failing, failed
    _LAYOUT = struct.Struct("!Qdddddd")

    def __init__(self, path: Path, *, create: bool = False) -> None:
        self.path = path
        if create:
            path.write_bytes(bytes(self._LAYOUT.size))
        with path.open("r+b" if create else "rb") as f:
            self._map = mmap.mmap(
                f.fileno(), self._LAYOUT.size, access=mmap.ACCESS_WRITE if create else mmap.ACCESS_READ
            )
        self._sequence = 0
        self._writing = threading.Lock()

    def publish(self, source: TickHealth) -> None:
        """Write ``source``'s health (the service's Poller) for the web processes."""
        with self._writing:
            self._publish(source)

    def _publish(self, source: TickHealth) -> None:
        last = source.last_tick.timestamp() if source.last_tick else math.nan
        # Odd while being written: a reader seeing an odd or changed sequence reads again.
        self._sequence += 1
        self._map[:8] = struct.pack("!Q", self._sequence)
        failing, failed = getattr(source, "service_writes", lambda: (False, 0))()
        self._map[8:] = self._LAYOUT.pack(
            0, time.time(), last, source.consecutive_failures, float(source.alive()), float(failing), failed
        )[8:]
        self._sequence += 1
        self._map[:8] = struct.pack("!Q", self._sequence)

    def _read(self) -> tuple[float, ...]:
        for _ in range(100):
            sequence, *values = self._LAYOUT.unpack(self._map[:])
            if sequence % 2 == 0 and self._map[:8] == struct.pack("!Q", sequence):
                return tuple(values)
        return 0.0, math.nan, 0.0, 0.0, 0.0, 0.0

    @property
    def last_tick(self) -> datetime | None:
        last = self._read()[1]
        return None if math.isnan(last) else datetime.fromtimestamp(last, UTC)

    @property
    def consecutive_failures(self) -> int:
        return int(self._read()[2])

    def alive(self) -> bool:
        published, _, _, alive, *_ = self._read()
        return bool(alive) and time.time() - published < PUBLISHED_STALE_SECONDS

    def service_writes(self) -> tuple[bool, int]:
        """Whether the service process's last database write failed, and how many did."""
        values = self._read()
        return bool(values[4]), int(values[5])

    def close(self) -> None:
        self._map.close()
