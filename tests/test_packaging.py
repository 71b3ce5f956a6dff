"""The wheel holds what a non-editable install (``pip install .``) needs at run time: the
migrations (revisions and template), the index page's template."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_the_wheel_ships_migrations_and_templates(tmp_path: Path) -> None:
    # From a copy of the sources alone: an egg-info left by an editable install would list
    # the data files and hide their absence from the package configuration.
    src = tmp_path / "src"
    shutil.copytree(
        ROOT / "aggregator", src / "aggregator", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info")
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(src)],
        check=True,
        timeout=300,
        capture_output=True,
    )
    [wheel] = tmp_path.glob("aggregator-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    revisions = {p.name for p in (ROOT / "aggregator/store/migrations/versions").glob("*.py")}
    assert {f"aggregator/store/migrations/versions/{r}" for r in revisions} <= names
    assert {
        "aggregator/store/migrations/env.py",
        "aggregator/store/migrations/script.py.mako",
        "aggregator/store/migrations/alembic.ini",
        "aggregator/render/templates/index.html",
    } <= names
