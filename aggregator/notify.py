"""sd_notify(3) without libsystemd: tell systemd we are ready, alive, reloading, stopping.

The protocol is one datagram of newline-separated ``KEY=VALUE`` lines sent to the AF_UNIX
socket named by ``$NOTIFY_SOCKET``; a name starting with ``@`` lives in the abstract
namespace (a leading NUL byte). ``$WATCHDOG_USEC`` asks for ``WATCHDOG=1`` at least that
often; systemd's advice is every half of it. When ``$WATCHDOG_PID`` is set and is not our
pid, the watchdog is another process's.

Without ``$NOTIFY_SOCKET`` (not under systemd, or ``Type=simple``) every call does nothing.
This module only speaks the protocol: when the process counts as alive is service.py's call.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Mapping

logger = logging.getLogger(__name__)


class Notifier:
    """A connection to systemd's notification socket, or a no-op when there is none."""

    def __init__(self, address: str | None, *, watchdog_usec: int | None = None) -> None:
        self.address = address or None
        #: Seconds between two WATCHDOG=1, or None when no watchdog is asked for.
        self.watchdog_interval = watchdog_usec / 2e6 if watchdog_usec else None
        self._socket: socket.socket | None = None
        self._warned = False
        if self.address and not self.address.startswith(("/", "@")):
            # vsock:CID:PORT and the like: only VMs use these; say so and stay quiet.
            logger.warning("notify socket not supported, not notifying systemd address=%s", self.address)
            self.address = None

    @classmethod
    def from_environ(cls, environ: Mapping[str, str] | None = None) -> Notifier:
        env = os.environ if environ is None else environ
        usec = env.get("WATCHDOG_USEC", "")
        pid = env.get("WATCHDOG_PID", "")
        watchdog = int(usec) if usec.isdigit() and int(usec) > 0 else None
        if pid and (not pid.isdigit() or int(pid) != os.getpid()):
            watchdog = None
        return cls(env.get("NOTIFY_SOCKET"), watchdog_usec=watchdog)

    @property
    def enabled(self) -> bool:
        return self.address is not None

    def send(self, **fields: str | int) -> bool:
        """Send ``KEY=VALUE`` lines in one datagram; True when systemd got it."""
        if self.address is None:
            return False
        message = "\n".join(f"{key}={_one_line(str(value))}" for key, value in fields.items())
        target = "\0" + self.address[1:] if self.address.startswith("@") else self.address
        try:
            if self._socket is None:
                self._socket = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC)
            self._socket.sendto(message.encode(), target)
            return True
        except OSError as e:
            if not self._warned:  # once: a vanished socket would otherwise log every beat
                logger.warning("cannot notify systemd address=%s error=%s", self.address, e)
                self._warned = True
            return False

    def ready(self, status: str) -> bool:
        return self.send(READY=1, STATUS=status)

    def reloading(self) -> bool:
        # MONOTONIC_USEC lets systemd (>= 253, Type=notify-reload) match this to its SIGHUP.
        return self.send(
            RELOADING=1,
            MONOTONIC_USEC=time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000,
            STATUS="reloading the configuration",
        )

    def stopping(self) -> bool:
        return self.send(STOPPING=1, STATUS="stopping")

    def status(self, status: str) -> bool:
        return self.send(STATUS=status)

    def watchdog(self, status: str) -> bool:
        return self.send(WATCHDOG=1, STATUS=status)

    def close(self) -> None:
        if self._socket is not None:
            self._socket.close()
            self._socket = None


def _one_line(text: str) -> str:
    return " ".join(text.split("\n"))
