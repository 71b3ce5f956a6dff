"""check-config's checks of what the service will need: writable folders, the database
driver, the port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from aggregator.cli import main
from aggregator.config import Config, load_config
from aggregator.preflight import check_service

NOBODY = 65534


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_a_writable_configuration_passes(
    write_config: Callable[..., Config], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config('[output]\ndir = "public"\n', keep_database=True)
    status, out, err = run_cli(capsys, "check-config", "--config", str(config.path))
    assert status == 0, err
    assert "checked as user" in out and "'aggregator'" in out
    assert "error:" not in err


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to run check-config as nobody")
@pytest.mark.slow
def test_an_unwritable_export_is_an_error_for_the_invoking_user(tmp_path: Path) -> None:
    """The issue's trap: output.dir resolving into the read-only configuration folder."""
    etc = tmp_path / "etc"
    etc.mkdir()
    state = tmp_path / "state"
    state.mkdir()
    os.chown(state, NOBODY, NOBODY)
    (etc / "config.toml").write_text(
        f'[database]\nurl = "sqlite:///{state}/a.db"\n[output]\ndir = "feeds"\n', encoding="utf-8"
    )
    etc.chmod(0o555)
    result = subprocess.run(
        [
            "setpriv",
            f"--reuid={NOBODY}",
            f"--regid={NOBODY}",
            "--clear-groups",
            "--inh-caps=+dac_read_search",
            "--ambient-caps=+dac_read_search",
            str(Path(sys.executable).parent / "aggregator"),
            "check-config",
            "--config",
            str(etc / "config.toml"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert f"error: output.dir: export folder {etc / 'feeds'} is not writable by user nobody" in result.stderr
    assert "database.url" not in result.stderr
    assert "Traceback" not in result.stderr


def test_service_configuration_outside_the_state_folder_is_warned(tmp_path: Path) -> None:
    root = tmp_path
    (root / "etc/aggregator").mkdir(parents=True)
    (root / "var/lib/aggregator").mkdir(parents=True)
    path = root / "etc/aggregator/config.toml"
    path.write_text(
        f'[database]\nurl = "sqlite:///{root}/var/lib/aggregator/a.db"\n[output]\ndir = "feeds"\n',
        encoding="utf-8",
    )
    findings = check_service(load_config(path, environ={}), root=root)
    outside = [f for f in findings if f.what == "output.dir"]
    assert [f.level for f in outside] == ["warning"]
    assert "ReadWritePaths=" in outside[0].message and "'aggregator'" in outside[0].message
    assert not [f for f in findings if f.what == "database.url"]


def test_a_missing_postgresql_driver_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """As if psycopg were not installed (None in sys.modules makes `import psycopg` fail)."""
    monkeypatch.setitem(sys.modules, "psycopg", None)
    path = tmp_path / "config.toml"
    path.write_text('[database]\nurl = "postgresql+psycopg://u@127.0.0.1:1/db"\n', encoding="utf-8")
    status, _, err = run_cli(capsys, "check-config", "--config", str(path))
    assert status == 2
    assert "install aggregator[postgres]" in err
    # ... and the worker says the same instead of a ModuleNotFoundError traceback
    status, _, err = run_cli(capsys, "worker", "--config", str(path))
    assert status == 1
    assert "install aggregator[postgres]" in err and "Traceback" not in err


def test_a_port_in_use_is_a_warning(
    write_config: Callable[..., Config], capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        config = write_config(f"[server]\nport = {port}\n", keep_database=True)
        status, out, err = run_cli(capsys, "check-config", "--config", str(config.path))
    assert status == 0, err
    assert f"warning: server.port: cannot listen on 127.0.0.1:{port}: in use" in out
