"""The long-running commands: ``run``, ``serve``, ``worker`` (service.py runs them)."""

from __future__ import annotations

import argparse

from aggregator.config import Config


def cmd_run(config: Config, args: argparse.Namespace) -> int:
    return _service(config, args, http=True, fetch=True)


def cmd_serve(config: Config, args: argparse.Namespace) -> int:
    return _service(config, args, http=True, fetch=False)


def cmd_worker(config: Config, args: argparse.Namespace) -> int:
    return _service(config, args, http=False, fetch=True)


def _service(config: Config, args: argparse.Namespace, *, http: bool, fetch: bool) -> int:
    from aggregator.service import run_service

    return run_service(
        config,
        http=http,
        fetch=fetch,
        fixed_log_level=bool(args.log_level),
        listen=getattr(args, "listen", None),
    )


def listen_address(text: str) -> tuple[str, int]:
    """``PORT``, ``HOST:PORT`` or ``[IPV6]:PORT``."""
    host, sep, port = text.rpartition(":")
    host = host.removeprefix("[").removesuffix("]") if sep else "127.0.0.1"
    if not port.isdigit() or not 0 <= int(port) <= 65535 or (sep and not host):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not [HOST:]PORT (say 9101, 127.0.0.1:9101 or [::1]:9101)"
        )
    return host, int(port)
