"""What ``check-config`` checks beyond the file itself: what the service will need.

A configuration can be valid and still fail once started: a database folder or ``output.dir``
the process cannot write, a database driver that is not installed, a port already taken. Each
check returns findings (errors and warnings, in words); nothing here changes anything on disk
or keeps a socket open. The checks run as the invoking user, which is not the user the
systemd units run as: findings say so.
"""

from __future__ import annotations

import errno
import os
import pwd
import socket
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy.engine import make_url

from aggregator.config import Config
from aggregator.store.engine import missing_driver

#: Where the shipped units let the service write (StateDirectory=aggregator).
SERVICE_STATE_DIR = Path("/var/lib/aggregator")
#: Where the shipped units read their configuration (ConfigurationDirectory=aggregator): a
#: configuration there is the service's, and its paths must be writable by the unit's user.
SERVICE_CONFIG_DIR = Path("/etc/aggregator")
#: The user the shipped units run as (DynamicUser=yes, User=aggregator).
SERVICE_USER = "aggregator"


@dataclass(frozen=True, slots=True)
class Finding:
    level: Literal["error", "warning"]
    #: What was checked, e.g. "output.dir".
    what: str
    message: str


def check_service(config: Config, root: Path = Path("/")) -> list[Finding]:
    """Every finding about what ``run``/``worker``/``serve`` will need from this machine.

    ``root``: where the service's folders are (``/`` but in tests).
    """
    state_dir = root / SERVICE_STATE_DIR.relative_to("/")
    for_service = config.path is not None and config.path.is_relative_to(
        root / SERVICE_CONFIG_DIR.relative_to("/")
    )
    unit_dir = state_dir if for_service else None
    findings: list[Finding] = []
    problem = missing_driver(config.database.url)
    if problem:
        findings.append(Finding("error", "database.url", problem))
    database_file = _sqlite_file(config.database.url)
    if database_file is not None:
        findings += _check_writable("database.url", database_file.parent, "database folder", unit_dir)
    findings += _check_writable("output.dir", config.output.dir, "export folder", unit_dir)
    findings += _check_port(config.server.host, config.server.port)
    return findings


def invoking_user() -> str:
    try:
        return pwd.getpwuid(os.geteuid()).pw_name
    except KeyError:
        return str(os.geteuid())


def _sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    db = parsed.database
    if parsed.get_backend_name() != "sqlite" or not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db)


def _check_writable(key: str, folder: Path, label: str, unit_dir: Path | None) -> list[Finding]:
    """``unit_dir``: the only folder the unit may write, when this is the service's config."""
    findings = []
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    user = invoking_user()
    if not existing.is_dir():
        findings.append(Finding("error", key, f"{label} {folder}: {existing} is not a folder"))
    elif not os.access(existing, os.W_OK | os.X_OK, effective_ids=True):
        made = (
            "" if existing == folder else f" (it does not exist, and {existing} is where it would be created)"
        )
        findings.append(Finding("error", key, f"{label} {folder} is not writable by user {user}{made}"))
    if unit_dir is not None and not folder.is_relative_to(unit_dir):
        findings.append(
            Finding(
                "warning",
                key,
                f"{label} {folder} is outside {unit_dir}: the systemd units run as the "
                f"dynamic user {SERVICE_USER!r}, which can write only there unless "
                f"`systemctl edit aggregator` adds ReadWritePaths={folder}",
            )
        )
    return findings


def _check_port(host: str, port: int) -> list[Finding]:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError as e:
            why = (
                "in use (the running service, or another program)"
                if e.errno == errno.EADDRINUSE
                else e.strerror or str(e)
            )
            return [Finding("warning", "server.port", f"cannot listen on {host}:{port}: {why}")]
    return []
