"""tests/data/get_pages.py reads the corpora's README tables: every split's rows, held-out
splits' included, with abbreviated commits and paths expanded."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from _paths import DATA


def _get_pages() -> ModuleType:
    spec = importlib.util.spec_from_file_location("get_pages", DATA / "get_pages.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rows_of_every_split_with_abbreviations_expanded(tmp_path: Path) -> None:
    readme = tmp_path / "README.md"
    full = "23948e286dbadf9d05cae697de22c7e505304d05"
    readme.write_text(
        "| page | repository @ commit : path |\n"
        "|---|---|\n"
        f"| dev/a_en | some/repo @ {full} : tests/fixtures/a.html |\n"
        "| heldout3/b_ru | some/repo @ 23948e2… : …/fixtures/b.html |\n"
        "| heldout2/c_fr | other/repo @ abc1234 : c.html |\n"
        "| notasplit/d | some/repo @ 23948e2 : d.html |\n",
        encoding="utf-8",
    )
    assert list(_get_pages().rows(readme)) == [
        ("dev/a_en", "some/repo", full, "tests/fixtures/a.html"),
        ("heldout3/b_ru", "some/repo", full, "tests/fixtures/b.html"),
        ("heldout2/c_fr", "other/repo", "abc1234", "c.html"),
    ]


def test_the_corpora_name_their_held_out_pages() -> None:
    get_pages = _get_pages()
    for corpus, _ in get_pages.CORPORA:
        names = [name for name, *_ in get_pages.rows(DATA / corpus / "README.md")]
        assert any(name.startswith("heldout3/") for name in names), corpus
