"""systemd/*.service: what systemd-analyze says of them, and what they promise.

``systemd-analyze verify`` also checks that the command of ExecStart= exists, so the units
are checked as installed here: a copy with /usr/local/bin/aggregator (where the README puts
it) replaced by this environment's console script, and nothing else changed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

UNITS = Path(__file__).parents[1] / "systemd"
INSTALLED = "/usr/local/bin/aggregator"
#: The issue's bound on ``systemd-analyze security`` (0 = locked down, 10 = exposed).
MAX_EXPOSURE = 2.0
#: Unit file -> the name to check it as (a template is checked through an instance).
CHECKED_AS = {
    "aggregator.service": "aggregator.service",
    "aggregator-web.service": "aggregator-web.service",
    "aggregator-worker@.service": "aggregator-worker@1.service",
}
COMMANDS = {
    "aggregator.service": "run",
    "aggregator-web.service": "serve",
    "aggregator-worker@.service": "worker",
}


def systemd_analyze() -> str:
    path = shutil.which("systemd-analyze")
    if path is None:
        reason = "systemd-analyze not found (Debian: apt-get install systemd); .ci/run installs it"
        if os.environ.get("CI"):
            pytest.fail(reason + ", yet this is CI")  # CI must check the units, not skip
        pytest.skip(reason)
    return path


@pytest.fixture
def installed(tmp_path: Path) -> Path:
    """The unit files, as installed on this machine, in a folder of their own."""
    script = Path(sys.executable).parent / "aggregator"
    if not script.exists():
        script = Path(shutil.which("aggregator") or "")
    assert script.is_file(), "the aggregator console script is not installed"
    for unit in CHECKED_AS:
        text = (UNITS / unit).read_text(encoding="utf-8")
        assert INSTALLED in text
        (tmp_path / unit).write_text(text.replace(INSTALLED, str(script)), encoding="utf-8")
    return tmp_path


def test_every_unit_is_checked() -> None:
    assert {p.name for p in UNITS.glob("*.service")} == set(CHECKED_AS)


@pytest.mark.parametrize("unit", CHECKED_AS)
def test_verify_is_clean(installed: Path, unit: str) -> None:
    result = subprocess.run(
        [systemd_analyze(), "verify", str(installed / CHECKED_AS[unit])],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "" and result.stderr.strip() == "", result.stderr


@pytest.mark.parametrize("unit", CHECKED_AS)
def test_exposure_is_at_most_two(installed: Path, unit: str) -> None:
    result = subprocess.run(
        [systemd_analyze(), "security", "--offline=true", "--no-pager", str(installed / CHECKED_AS[unit])],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    match = re.search(r"Overall exposure level for \S+: (\d+\.\d+)", result.stdout)
    assert match, result.stdout + result.stderr
    exposure = float(match.group(1))
    print(f"{unit}: exposure {exposure}")
    assert exposure <= MAX_EXPOSURE, result.stdout


@pytest.mark.parametrize("unit", CHECKED_AS)
def test_service_contract(unit: str) -> None:
    settings = directives(UNITS / unit)
    assert settings["Type"] == ["notify"]
    # A worker instance may be given --listen (its metrics) through the environment.
    extra = " $AGGREGATOR_WORKER_ARGS" if COMMANDS[unit] == "worker" else ""
    assert settings["ExecStart"] == [
        f"{INSTALLED} {COMMANDS[unit]} --config /etc/aggregator/config.toml{extra}"
    ]
    assert settings["ExecReload"] == ["/bin/kill -HUP $MAINPID"]
    assert settings["WatchdogSec"] == ["60s"]
    assert settings["Restart"] == ["on-failure"]
    assert settings["DynamicUser"] == ["yes"]
    assert settings["StateDirectory"] == ["aggregator"]
    assert settings["ConfigurationDirectory"] == ["aggregator"]
    # the process exits within 10 s of SIGTERM (service.STOP_SECONDS): leave it room
    assert settings["TimeoutStopSec"] == ["15s"]
    for hardening in (
        "NoNewPrivileges",
        "ProtectSystem",
        "ProtectHome",
        "PrivateTmp",
        "PrivateDevices",
        "PrivateUsers",
        "ProtectKernelTunables",
        "ProtectKernelModules",
        "ProtectControlGroups",
        "RestrictNamespaces",
        "MemoryDenyWriteExecute",
        "SystemCallFilter",
        "CapabilityBoundingSet",
    ):
        assert hardening in settings, hardening


@pytest.mark.parametrize("unit", CHECKED_AS)
def test_every_setting_is_commented(unit: str) -> None:
    """Each group of settings opens with a comment saying why (ExecStart= and friends that
    name themselves excepted: Description, Documentation, WantedBy)."""
    uncommented = []
    previous = ""
    for line in (UNITS / unit).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith(("#", "[")) and (previous == "" or previous.startswith("[")):
            key = line.split("=", 1)[0]
            if key not in ("Description", "ExecStart", "WantedBy"):
                uncommented.append(line)
        previous = line
    assert uncommented == []


def directives(path: Path) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.lstrip().startswith(("#", ";")):
            key, value = line.split("=", 1)
            out.setdefault(key.strip(), []).append(value.strip())
    return out


@pytest.mark.parametrize("unit", CHECKED_AS)
def test_unit_adds_no_setting_the_cli_cannot_see(unit: str) -> None:
    """The database and the export are where config.toml says, for the service and for the
    administrator's `aggregator sources --config /etc/aggregator/config.toml` alike: no
    unit overrides them through its environment (only a worker's extra arguments)."""
    names = {assignment.split("=", 1)[0] for assignment in directives(UNITS / unit).get("Environment", [])}
    assert names <= {"AGGREGATOR_WORKER_ARGS"}
