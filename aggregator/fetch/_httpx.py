"""httpx under the fetch's address rules, for WebSub's requests to hubs and to subscribers'
callbacks (``guarded_client``): the host resolved by us and every address checked before
connecting, no single wait longer than ``MAX_IO_WAIT``. Fetches of sources
do not go through httpx (fetch/_http1.py); this module is imported only by WebSub."""

from __future__ import annotations

import socket
import ssl
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import httpcore
import httpx

from aggregator.fetch._http1 import MAX_IO_WAIT

if TYPE_CHECKING:
    from aggregator.fetch import AddressPolicy


class BlockedAddressError(httpcore.ConnectError):
    """The host resolves only to addresses we may not connect to."""


def _remaining(timeout: float | None) -> float:
    """The wait allowed for one I/O step: the caller's, at most ``MAX_IO_WAIT``."""
    return MAX_IO_WAIT if timeout is None else min(timeout, MAX_IO_WAIT)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _remaining(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _remaining(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _remaining(timeout)))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _GuardedBackend(httpcore.NetworkBackend):
    """Resolves the host itself and connects only to addresses the policy allows."""

    def __init__(self, policy: AddressPolicy) -> None:
        self._policy = policy
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as e:
            raise httpcore.ConnectError(f"cannot resolve {host}: {e.strerror}") from e
        refused: list[str] = []
        error: Exception | None = None
        for *_, sockaddr in infos:
            address = str(sockaddr[0])
            if not self._policy.allows(host, address):
                refused.append(address)
                continue
            try:
                stream = self._inner.connect_tcp(
                    address, port, _remaining(timeout), local_address, socket_options
                )
            except httpcore.ConnectError as e:
                error = e
                continue
            return _DeadlineStream(stream)
        if error is not None:
            raise error
        raise BlockedAddressError(
            f"refused to connect to {host} ({', '.join(dict.fromkeys(refused))}): not a public "
            "address; add it to [fetch] allow_private if this is intended"
        )

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        raise BlockedAddressError("unix sockets are not allowed")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class GuardedTransport(httpx.HTTPTransport):
    def __init__(self, policy: AddressPolicy, max_connections: int, context: ssl.SSLContext) -> None:
        super().__init__(verify=context, trust_env=False)
        # httpx has no public hook for the network backend; swap its pool for one that uses
        # ours (tests/test_websub.py checks that private addresses are refused).
        self._pool = httpcore.ConnectionPool(
            ssl_context=context,
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            keepalive_expiry=30.0,
            network_backend=_GuardedBackend(policy),
        )
