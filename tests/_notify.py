"""A systemd notification socket owned by a test: what a service manager would receive."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import time
from pathlib import Path


class NotifyListener:
    """An AF_UNIX datagram socket bound to a file path, or to an abstract name ("@...").

    ``address`` is what goes into ``$NOTIFY_SOCKET``. Every datagram received is kept, with
    the monotonic time it arrived, as a dict of its ``KEY=VALUE`` lines.
    """

    def __init__(self, abstract: bool = False) -> None:
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        self._folder: str | None = None
        if abstract:
            name = f"aggregator-test-{os.getpid()}-{time.monotonic_ns()}"
            self.sock.bind("\0" + name)
            self.address = "@" + name
        else:
            # A short folder: socket paths are limited to 107 bytes, pytest's tmp_path is long.
            self._folder = tempfile.mkdtemp(prefix="notify-", dir="/tmp")
            self.address = str(Path(self._folder) / "notify.sock")
            self.sock.bind(self.address)
        self.messages: list[tuple[float, dict[str, str]]] = []

    def receive(self, timeout: float) -> dict[str, str] | None:
        """The next datagram, or None when none came within ``timeout`` seconds."""
        self.sock.settimeout(max(timeout, 0.001))
        try:
            data = self.sock.recv(4096)
        except TimeoutError:
            return None
        fields = dict(line.split("=", 1) for line in data.decode().split("\n") if "=" in line)
        self.messages.append((time.monotonic(), fields))
        return fields

    def wait_for(self, key: str, timeout: float, value: str = "1") -> dict[str, str] | None:
        """Receive until a datagram carries ``key=value``; None after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            fields = self.receive(left)
            if fields is not None and fields.get(key) == value:
                return fields
        return None

    def count(self, key: str, seconds: float) -> int:
        """How many datagrams carrying ``key=1`` arrive in the next ``seconds``."""
        deadline = time.monotonic() + seconds
        n = 0
        while (left := deadline - time.monotonic()) > 0:
            fields = self.receive(left)
            if fields is not None and fields.get(key) == "1":
                n += 1
        return n

    def close(self) -> None:
        self.sock.close()
        if self._folder:
            shutil.rmtree(self._folder, ignore_errors=True)
