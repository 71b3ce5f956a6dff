"""The README's "Running as a service" steps, followed command by command in a scratch root.

Every line of the README's "Install and enable" block is run as written, with ``sudo``
dropped and ``/opt``, ``/usr/local``, ``/etc`` and ``/var/lib`` moved under the scratch root;
a line this test does not know fails it, so the README and the test move together. Three
steps are stood in for, because this machine has no systemd running and no network:

- ``python3 -m venv /opt/aggregator && pip install .``: /opt/aggregator is this checkout's
  virtual environment (a link to it), the package being installed there already;
- ``systemctl daemon-reload && systemctl enable --now aggregator``: the installed unit's
  ``ExecStart=`` is run as systemd would (tests/_units.py): as nobody, with the unit's
  environment, ``StateDirectory=`` created and owned by that user, ``WorkingDirectory=``;
- ``systemctl status aggregator``: ``GET /healthz`` answers 200.

The clone's config.toml is the shipped one with its sources pointed at the loopback test
server (and a free port): the README's own commands then edit and install it. At the end the
administrator's health command, ``aggregator sources --config /etc/aggregator/config.toml``
as root, reports the fetch the daemon made, from the same database.
"""

from __future__ import annotations

import json
import os
import re
import shlex
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

REPO = Path(__file__).parents[1]
MOVED = re.compile(r"(?<![\w.])/(opt|usr/local|etc|var/lib)/")

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.geteuid() != 0 or shutil.which("setpriv") is None,
        reason="needs root and setpriv (util-linux) to run the unit as nobody",
    ),
]


def readme_block(heading: str) -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    section = text[text.index(heading) :]
    block = section[section.index("```sh\n") + 6 :]
    return [line for line in block[: block.index("```")].splitlines() if line.strip()]


def shipped_config_for_the_test(feed: str, port: int) -> str:
    """config.toml as shipped, its sources replaced by one on the loopback test server."""
    text = (REPO / "config.toml").read_text(encoding="utf-8")
    text = text[: text.index("[[sources]]")] + f'[[sources]]\nname = "local"\nurl = "{feed}"\n'
    text = re.sub(r"^port = 8080", f"port = {port}", text, count=1, flags=re.M)
    text = re.sub(r"^allow_private = \[\]", 'allow_private = ["127.0.0.1"]', text, count=1, flags=re.M)
    return text.replace(":8080", f":{port}")


def test_readme_service_steps_give_a_daemon_whose_health_the_cli_reports(
    tmp_path: Path, feed_url: Callable[[str], str]
) -> None:
    root, clone = tmp_path / "root", tmp_path / "clone"
    for folder in ("opt", "usr/local/bin", "etc/systemd/system", "var/lib"):
        (root / folder).mkdir(parents=True)
    (clone / "systemd").mkdir(parents=True)
    shutil.copy(REPO / "systemd/aggregator.service", clone / "systemd")
    port = free_port()
    (clone / "config.toml").write_text(
        shipped_config_for_the_test(feed_url("lemonde.rss"), port), encoding="utf-8"
    )
    env = clean_env(PATH=f"{root}/usr/local/bin:{os.environ['PATH']}")
    proc: subprocess.Popen[bytes] | None = None
    log = tmp_path / "service.log"
    try:
        for line in readme_block("### Install and enable"):
            command = line.split("#", 1)[0].strip() if " # " in line else line.strip()
            if command.startswith("sudo python3 -m venv /opt/aggregator"):
                (root / "opt/aggregator").symlink_to(Path(sys.executable).parent.parent)
                continue
            if command.startswith("sudo systemctl daemon-reload && sudo systemctl enable --now"):
                proc = start_unit(root, log)
                continue
            if command == "systemctl status aggregator":
                wait_healthy(proc, port, log)
                continue
            argv = shlex.split(MOVED.sub(lambda m: f"{root}/{m[1]}/", command))
            assert argv[0] == "sudo", f"README step not understood: {line}"
            done = subprocess.run(
                argv[1:], cwd=clone, env=env, capture_output=True, text=True, timeout=120, check=False
            )
            assert done.returncode == 0, f"{line}\n{done.stdout}{done.stderr}"
        assert proc is not None, "the README never starts the service"

        # "Health and metrics": the administrator's command, as root, the same database.
        deadline = time.monotonic() + START_TIMEOUT * 2
        while True:
            listed = subprocess.run(
                ["aggregator", "sources", "--json", "--config", f"{root}/etc/aggregator/config.toml"],
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
            )
            assert listed.returncode == 0, listed.stderr
            [source] = json.loads(listed.stdout)
            if source["last_fetch"] or time.monotonic() > deadline:
                break
            time.sleep(0.5)
        assert source["entries"] > 0 and source["error"] is None, source
        assert (root / "var/lib/aggregator/aggregator.db").stat().st_uid == NOBODY
        assert not (root / "etc/aggregator/aggregator.db").exists()
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=STOP_TIMEOUT) == 0, log.read_text()
        assert "ERROR" not in log.read_text(), log.read_text()
    finally:
        if proc is not None and proc.poll() is None:
            proc.kill()
            proc.wait(timeout=STOP_TIMEOUT)


def start_unit(root: Path, log: Path) -> subprocess.Popen[bytes]:
    """`systemctl enable --now aggregator`, as far as it goes without systemd."""
    settings = unit_settings(root / "etc/systemd/system/aggregator.service")
    [name] = settings["StateDirectory"]
    state = root / "var/lib" / name
    state.mkdir()
    os.chown(state, NOBODY, NOBODY)
    (root / "etc/aggregator").chmod(0o555)  # ConfigurationDirectory: read-only to the unit
    unit_env = unit_environment(settings)
    env = clean_env(
        **unit_env, STATE_DIRECTORY=str(state), CONFIGURATION_DIRECTORY=str(root / "etc/aggregator")
    )
    argv = exec_start(settings, unit_env, root, script=str(root / "usr/local/bin/aggregator"))
    [workdir] = settings["WorkingDirectory"]
    with log.open("wb") as out:
        return subprocess.Popen(
            as_nobody(argv),
            env=env,
            cwd=MOVED.sub(f"{root}/\\1/", workdir + "/"),
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )


def wait_healthy(proc: subprocess.Popen[bytes] | None, port: int, log: Path) -> None:
    assert proc is not None
    deadline = time.monotonic() + START_TIMEOUT * 2
    with httpx.Client(trust_env=False, timeout=2) as client:
        while time.monotonic() < deadline:
            assert proc.poll() is None, log.read_text()
            try:
                if client.get(f"http://127.0.0.1:{port}/healthz").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.3)
    pytest.fail(f"no healthy /healthz within the time allowed:\n{log.read_text()}")
