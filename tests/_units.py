"""systemd unit files read and run the way systemd would, for tests without systemd
running them: settings, Environment=, ExecStart= word splitting, and an unprivileged user."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

UNITS = Path(__file__).parents[1] / "systemd"
INSTALLED = "/usr/local/bin/aggregator"
#: The user the units' DynamicUser stands for here (nobody): no file of its own but the state.
NOBODY = 65534


def unit_settings(unit: str | Path) -> dict[str, list[str]]:
    path = unit if isinstance(unit, Path) else UNITS / unit
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if "=" in line and not line.lstrip().startswith(("#", ";", "[")):
            key, value = line.split("=", 1)
            out.setdefault(key.strip(), []).append(value.strip())
    return out


def unit_environment(settings: dict[str, list[str]]) -> dict[str, str]:
    env: dict[str, str] = {}
    for assignment in settings.get("Environment", []):
        for word in shlex.split(assignment):
            key, _, value = word.partition("=")
            env[key] = value
    return env


def exec_start(
    settings: dict[str, list[str]], env: dict[str, str], root: Path, script: str | None = None
) -> list[str]:
    """ExecStart= as systemd runs it: $VAR alone is split into words (empty: none), the
    configuration folder mapped into the scratch root, and /usr/local/bin/aggregator to
    ``script`` (default: this environment's console script)."""
    [command] = settings["ExecStart"]
    script = script or str(Path(sys.executable).parent / "aggregator")
    words = []
    for word in shlex.split(command):
        if word.startswith("$"):
            words += env.get(word[1:], "").split()
            continue
        word = word.replace(INSTALLED, script)
        words.append(word.replace("/etc/aggregator", str(root / "etc/aggregator")))
    return words


def as_nobody(argv: list[str]) -> list[str]:
    return [
        "setpriv",
        f"--reuid={NOBODY}",
        f"--regid={NOBODY}",
        "--clear-groups",
        "--inh-caps=+dac_read_search",
        "--ambient-caps=+dac_read_search",
        *argv,
    ]
