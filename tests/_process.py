"""Real server processes for tests: started with ``python -m aggregator``, on loopback, with
every wait bounded."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

#: Seconds a server process gets to answer, and then to exit after SIGTERM: bounds, not speed
#: checks. A start takes 1-2 s and a stop well under the 5 s grace period, but 15 s and 10 s
#: ran out on a 2-core machine at a load of 11 (web processes importing Flask beside four
#: test workers).
START_TIMEOUT, STOP_TIMEOUT = 60.0, 30.0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def clean_env(**extra: str) -> dict[str, str]:
    """Our environment without aggregator's or systemd's variables, plus ``extra``."""
    drop = ("AGGREGATOR_", "NOTIFY_SOCKET", "WATCHDOG_", "JOURNAL_STREAM", "LISTEN_")
    return {**{k: v for k, v in os.environ.items() if not k.startswith(drop)}, **extra}


def start(
    command: str, config: Path, log: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "aggregator", command, "--config", str(config), *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env or clean_env(),
            cwd=config.parent,
        )


def wait_until_up(proc: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    with httpx.Client(trust_env=False, timeout=2) as client:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"server exited with {proc.returncode}:\n{log.read_text()}")
            try:
                client.get(url)
                return
            except httpx.TransportError:
                time.sleep(0.1)
    pytest.fail(f"server did not answer within {START_TIMEOUT}s:\n{log.read_text()}")


def wait_for_log(log: Path, text: str, proc: subprocess.Popen[bytes], timeout: float = START_TIMEOUT) -> str:
    """The log once it contains ``text``; fails after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        content = log.read_text()
        if text in content:
            return content
        if proc.poll() is not None:
            break
        time.sleep(0.1)
    pytest.fail(f"{text!r} not logged within {timeout}s:\n{log.read_text()}")


def stop(proc: subprocess.Popen[bytes], log: Path, signum: int = signal.SIGTERM) -> int:
    proc.send_signal(signum)
    try:
        return proc.wait(timeout=STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        kill(proc)  # not left running into the next test
        pytest.fail(f"no exit within {STOP_TIMEOUT}s of {signal.Signals(signum).name}:\n{log.read_text()}")


def kill(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.kill()
        proc.wait(timeout=STOP_TIMEOUT)
