"""The layering of the package holds (issue 16): ``lint-imports`` checks the contracts in
pyproject.toml ([tool.importlinter]; the map is docs/architecture.md), and no module grows
past what a person can hold in mind."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Longest module in aggregator/ (issue 16: "no file in aggregator/ over 500 lines").
MAX_LINES = 500


def test_the_import_contracts_hold() -> None:
    # The script beside this interpreter: the one of the environment the tests run in.
    script = Path(sys.executable).with_name("lint-imports")
    command = [str(script)] if script.exists() else [shutil.which("lint-imports") or "lint-imports"]
    # --no-cache: nothing written into the checkout, and parallel test workers cannot race.
    done = subprocess.run([*command, "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"lint-imports failed:\n{done.stdout}\n{done.stderr}"


def test_no_module_is_over_the_limit() -> None:
    long = {
        str(p.relative_to(ROOT)): n
        for p in sorted((ROOT / "aggregator").rglob("*.py"))
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
