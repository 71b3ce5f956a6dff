"""The package's types are checked, not only written: ``mypy --strict`` (configured in
pyproject.toml, ``[tool.mypy]``) passes on aggregator/. And every package the code imports is
one pyproject.toml declares, not one that happens to come with another (issue 16)."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_mypy_strict_passes_on_the_package() -> None:
    # The configuration (strict, the untyped libraries, the files) is pyproject's: the same
    # run as a developer's `mypy` in the repository. Its cache beside it, as theirs is.
    env = {**os.environ, "MYPY_FORCE_COLOR": "0", "TERM": "dumb"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--no-error-summary",
            "--no-color-output",
            "--cache-dir",
            str(ROOT / ".mypy_cache"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
    )
    assert done.returncode == 0, f"mypy --strict found errors:\n{done.stdout}{done.stderr}"


def _imported_top_names() -> dict[str, set[str]]:
    """Top-level names of the modules aggregator/ imports, outside the standard library and
    itself -> the files importing them. Lazy imports inside functions count too; those only
    the type checker sees (``if TYPE_CHECKING:``, such as ``_typeshed``) do not."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / "aggregator").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        checker_only = {
            id(n)
            for block in ast.walk(tree)
            if isinstance(block, ast.If) and ast.unparse(block.test) == "TYPE_CHECKING"
            for stmt in block.body
            for n in ast.walk(stmt)
        }
        for node in ast.walk(tree):
            if id(node) in checker_only:
                continue
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.partition(".")[0]
                if top not in sys.stdlib_module_names and top != "aggregator":
                    found.setdefault(top, set()).add(str(path.relative_to(ROOT)))
    return found


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_imported_package_is_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {
        _normalized(re.split(r"[\s<>=!~;\[]", requirement, maxsplit=1)[0])
        for requirement in [
            *project["dependencies"],
            *project["optional-dependencies"]["postgres"],
            *project["optional-dependencies"]["granian"],
        ]
    }
    distributions = packages_distributions()
    undeclared = {}
    for top, files in sorted(_imported_top_names().items()):
        provided_by = {_normalized(d) for d in distributions.get(top, [])}
        assert provided_by, f"{top} (imported by {sorted(files)}) is not installed"
        if not provided_by & declared:
            undeclared[top] = sorted(files)
    assert not undeclared, f"imported but not declared in pyproject.toml: {undeclared}"


def test_feed_formats_are_the_ones_render_writes() -> None:
    from aggregator.kinds import FEED_FORMATS
    from aggregator.render import CONTENT_TYPES

    assert tuple(CONTENT_TYPES) == FEED_FORMATS


def test_text_enters_the_closed_sets_or_is_refused() -> None:
    from aggregator.kinds import as_feed_format, as_feed_kind, feed_kind_at

    assert [as_feed_format(f) for f in ("atom", "rss", "json")] == ["atom", "rss", "json"]
    assert as_feed_kind("source") == "source"
    with pytest.raises(ValueError, match="unknown feed format 'xml'"):
        as_feed_format("xml")
    with pytest.raises(ValueError, match="unknown feed kind 'Tag'"):
        as_feed_kind("Tag")
    assert [feed_kind_at("feeds", "all"), feed_kind_at("feeds", "x"), feed_kind_at("sources", "all")] == [
        "all",
        "tag",
        "source",
    ]
