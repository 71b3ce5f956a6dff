"""systemd/*.service run for real, as far as this machine allows without systemd running them.

Each unit's ``ExecStart=`` runs with the unit's ``Environment=``, its ``WorkingDirectory=``,
``$STATE_DIRECTORY`` and ``$CONFIGURATION_DIRECTORY`` as systemd sets them, as an unprivileged
user (nobody), with the configuration folder read-only and a state folder owned by that user,
as ``StateDirectory=`` gives it, all under a scratch root standing for ``/``. The process keeps
one capability, CAP_DAC_READ_SEARCH (read anything, write nothing more), only so that it can
read this checkout's virtual environment where systemd's would be /opt/aggregator: every write
still needs the user's own permission. The CLI, as root and without the unit's environment,
must then report the health the service recorded, from the same database.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from _process import START_TIMEOUT, STOP_TIMEOUT, clean_env, free_port
from _units import NOBODY, as_nobody, exec_start, unit_environment, unit_settings

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.geteuid() != 0 or shutil.which("setpriv") is None,
        reason="needs root and setpriv (util-linux) to run a unit as nobody",
    ),
]


@pytest.fixture
def scratch(tmp_path: Path, feed_url: Callable[[str], str]) -> tuple[Path, int]:
    """A root with /etc/aggregator/config.toml (read-only) naming its database and export
    in /var/lib/aggregator, as the README's service steps do, and that state folder."""
    root = tmp_path / "root"
    etc, state = root / "etc/aggregator", root / "var/lib/aggregator"
    etc.mkdir(parents=True)
    state.mkdir(parents=True)
    os.chown(state, NOBODY, NOBODY)
    port = free_port()
    (etc / "config.toml").write_text(
        f'[database]\nurl = "sqlite:///{state}/aggregator.db"\n'
        f"[server]\nport = {port}\n"
        f'[fetch]\nallow_private = ["127.0.0.1"]\nhost_delay = "0s"\n'
        f'[output]\ndir = "{state}/feeds"\n'
        f'[[sources]]\nname = "lemonde"\nurl = "{feed_url("lemonde.rss")}"\n',
        encoding="utf-8",
    )
    (etc / "config.toml").chmod(0o444)
    etc.chmod(0o555)
    return root, port


def run_cli_as(argv: list[str], env: dict[str, str], *, nobody: bool) -> subprocess.CompletedProcess[str]:
    script = str(Path(sys.executable).parent / "aggregator")
    command = [script, *argv]
    return subprocess.run(
        as_nobody(command) if nobody else command,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd="/",
    )


@pytest.mark.parametrize(
    "unit", ["aggregator.service", "aggregator-worker@.service", "aggregator-web.service"]
)
def test_unit_runs_as_nobody_and_the_cli_sees_its_database(unit: str, scratch: tuple[Path, int]) -> None:
    root, port = scratch
    state = root / "var/lib/aggregator"
    config = root / "etc/aggregator/config.toml"
    settings = unit_settings(unit)
    unit_env = unit_environment(settings)
    env = clean_env(
        **unit_env, STATE_DIRECTORY=str(state), CONFIGURATION_DIRECTORY=str(root / "etc/aggregator")
    )
    [workdir] = settings["WorkingDirectory"]
    assert workdir == "/var/lib/aggregator"
    argv = exec_start(settings, unit_env, root)

    # check-config, as the unit's user, finds nothing the service could not do
    checked = run_cli_as(["check-config", "--config", str(config)], env, nobody=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "error:" not in checked.stderr

    serves = "serve" in argv or "run" in argv
    if "serve" in argv:  # the web node reads what a worker stored: one pass first
        fetched = run_cli_as(["fetch", "--config", str(config)], env, nobody=True)
        assert fetched.returncode == 0, fetched.stdout + fetched.stderr

    log = root.parent / "service.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            as_nobody(argv),
            env=env,
            cwd=state,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT * 2
        ready = False
        with httpx.Client(trust_env=False, timeout=2) as client:
            while time.monotonic() < deadline and not ready:
                assert proc.poll() is None, log.read_text()
                if serves:
                    with contextlib.suppress(httpx.TransportError):
                        ready = client.get(f"http://127.0.0.1:{port}/sources/lemonde.atom").status_code == 200
                else:
                    listed = run_cli_as(["sources", "--json", "--config", str(config)], env, nobody=True)
                    ready = listed.returncode == 0 and json.loads(listed.stdout)[0]["last_fetch"]
                if not ready:
                    time.sleep(0.3)
        assert ready, log.read_text()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=STOP_TIMEOUT) == 0, log.read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=STOP_TIMEOUT)

    assert "Traceback" not in log.read_text()
    assert (state / "aggregator.db").stat().st_uid == NOBODY
    assert sorted(p.name for p in (root / "etc/aggregator").iterdir()) == ["config.toml"]
    # The administrator's command, as root, without the unit's environment: the same database.
    admin = run_cli_as(["sources", "--json", "--config", str(config)], clean_env(), nobody=False)
    assert admin.returncode == 0, admin.stderr
    [source] = json.loads(admin.stdout)
    assert source["last_fetch"] is not None and source["entries"] > 0
    assert source["error"] is None
