"""notify.py: the sd_notify protocol, spoken to real datagram sockets the test owns."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from _notify import NotifyListener

from aggregator.notify import Notifier


@pytest.fixture(params=["path", "abstract"])
def listener(request: pytest.FixtureRequest) -> Iterator[NotifyListener]:
    sock = NotifyListener(abstract=request.param == "abstract")
    yield sock
    sock.close()


def test_messages_reach_the_socket(listener: NotifyListener) -> None:
    notifier = Notifier.from_environ({"NOTIFY_SOCKET": listener.address})
    assert notifier.enabled
    assert notifier.ready("3 sources")
    assert listener.receive(2) == {"READY": "1", "STATUS": "3 sources"}
    assert notifier.watchdog("alive")
    assert listener.receive(2) == {"WATCHDOG": "1", "STATUS": "alive"}
    assert notifier.reloading()
    reloading = listener.receive(2)
    assert reloading is not None and reloading["RELOADING"] == "1"
    assert int(reloading["MONOTONIC_USEC"]) > 0
    assert notifier.stopping()
    assert listener.receive(2) == {"STOPPING": "1", "STATUS": "stopping"}
    notifier.close()


def test_a_status_stays_on_one_line(listener: NotifyListener) -> None:
    notifier = Notifier(listener.address)
    notifier.status("first\nWATCHDOG=1")
    assert listener.receive(2) == {"STATUS": "first WATCHDOG=1"}
    notifier.close()


def test_without_notify_socket_nothing_is_sent() -> None:
    notifier = Notifier.from_environ({})
    assert not notifier.enabled
    assert notifier.ready("x") is False
    assert notifier.watchdog_interval is None


@pytest.mark.parametrize(
    ("environ", "interval"),
    [
        ({"WATCHDOG_USEC": "2000000"}, 1.0),
        ({"WATCHDOG_USEC": "60000000", "WATCHDOG_PID": str(os.getpid())}, 30.0),
        ({"WATCHDOG_USEC": "2000000", "WATCHDOG_PID": "1"}, None),  # another process's watchdog
        ({"WATCHDOG_USEC": "0"}, None),
        ({"WATCHDOG_USEC": "soon"}, None),
        ({}, None),
    ],
)
def test_watchdog_interval_is_half_of_watchdog_usec(environ: dict[str, str], interval: float | None) -> None:
    notifier = Notifier.from_environ({"NOTIFY_SOCKET": "/run/systemd/notify", **environ})
    assert notifier.watchdog_interval == interval


def test_vsock_addresses_are_declined() -> None:
    notifier = Notifier("vsock:2:1234")
    assert not notifier.enabled
    assert notifier.ready("x") is False


def test_a_vanished_socket_does_not_raise() -> None:
    listener = NotifyListener()
    notifier = Notifier(listener.address)
    listener.close()
    assert notifier.ready("x") is False
    assert notifier.watchdog("x") is False
    notifier.close()
