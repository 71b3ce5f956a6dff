"""OPML: importing a reader's export into config.toml, exporting our sources, /opml."""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from _steps import count_steps

from aggregator.cli import main
from aggregator.config import Config, load_config

READER_EXPORT = """<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Abonnements</title></head><body>
<outline text="Russie" title="Russie">
  <outline text="Presse écrite">
    <outline type="rss" text="Le Monde – Russie" xmlUrl="https://www.lemonde.example/russie/rss.xml"/>
  </outline>
  <outline type="rss" text="Déjà là" xmlUrl="https://a.example/feed"/>
</outline>
<outline type="rss" text="Le Monde – Russie" xmlUrl="https://www.lemonde.example/russie/bis.xml"
         category="/Quotidiens,/All"/>
<outline type="rss" text="Pas HTTP" xmlUrl="ftp://files.example/feed"/>
<outline text="Un dossier vide"/>
</body></opml>
"""
BASE = '[[sources]]\nname = "existing"\nurl = "https://a.example/feed"\n# a comment to keep\n'


@pytest.fixture
def config(write_config: Callable[..., Config]) -> Config:
    return write_config(BASE)


def run(*args: str) -> int:
    return main(list(args))


def test_import_adds_new_feeds_with_folders_as_tags(
    config: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    opml = tmp_path / "export.opml"
    opml.write_text(READER_EXPORT, encoding="utf-8")
    assert run("import-opml", str(opml), "--config", str(config.path)) == 0
    out = capsys.readouterr().out
    assert "2 sources added, 2 skipped" in out
    text = config.path.read_text(encoding="utf-8")  # type: ignore[union-attr]
    assert "# a comment to keep" in text
    reloaded = load_config(config.path, environ={})
    added = {s.name: s for s in reloaded.sources}
    assert set(added) == {"existing", "le-monde-russie", "le-monde-russie-2"}
    assert added["le-monde-russie"].url == "https://www.lemonde.example/russie/rss.xml"
    assert added["le-monde-russie"].tags == ("russie", "presse-ecrite")
    assert added["le-monde-russie-2"].tags == ("quotidiens",)  # "all" is reserved: dropped
    # A second import adds nothing.
    assert run("import-opml", str(opml), "--config", str(config.path)) == 0
    assert "0 sources added, 4 skipped" in capsys.readouterr().out
    assert tomllib.loads(config.path.read_text(encoding="utf-8")) == tomllib.loads(text)  # type: ignore[union-attr]


def test_dry_run_changes_nothing(config: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    opml = tmp_path / "export.opml"
    opml.write_text(READER_EXPORT, encoding="utf-8")
    before = config.path.read_bytes()  # type: ignore[union-attr]
    assert run("import-opml", str(opml), "--dry-run", "--config", str(config.path)) == 0
    out = capsys.readouterr().out
    assert "would add source le-monde-russie: https://www.lemonde.example/russie/rss.xml" in out
    assert "skipped ftp://files.example/feed" in out
    assert config.path.read_bytes() == before  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "body, message",
    [
        ("<html><body>not opml</body></html>", "not an OPML file"),
        ("<opml><body><outline", "not a readable OPML file"),
        (
            '<?xml version="1.0"?><!DOCTYPE opml [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            '<opml version="2.0"><body><outline type="rss" text="&x;" xmlUrl="https://x.example/f"/>'
            "</body></opml>",
            "not a readable OPML file",
        ),  # the entity is never resolved
    ],
)
def test_bad_or_hostile_opml(
    config: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, message: str
) -> None:
    opml = tmp_path / "bad.opml"
    opml.write_text(body, encoding="utf-8")
    before = config.path.read_bytes()  # type: ignore[union-attr]
    assert run("import-opml", str(opml), "--config", str(config.path)) == 2
    err = capsys.readouterr().err
    assert message in err and "root:" not in err
    assert config.path.read_bytes() == before  # type: ignore[union-attr]


def test_missing_opml_file_is_a_clear_error(
    config: Config, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("import-opml", str(tmp_path / "nope.opml"), "--config", str(config.path)) == 2
    assert "cannot read the file" in capsys.readouterr().err


def test_export_opml_lists_sources_with_tags(
    write_config: Callable[..., Config], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(
        '[[sources]]\nname = "a"\nurl = "https://a.example/feed"\n'
        'tags = ["kremlin", "presse"]\n[[sources]]\nname = "b"\n'
        'url = "https://b.example/rss"\n'
    )
    assert run("export-opml", "--config", str(config.path)) == 0
    root = ET.fromstring(capsys.readouterr().out)
    outlines = [(o.get("xmlUrl"), o.get("category")) for o in root.iter("outline")]
    assert outlines == [("https://a.example/feed", "/kremlin,/presse"), ("https://b.example/rss", None)]


def _import_calls_per_outline(n: int, config: Config) -> float:
    """Python lines run to import ``n`` outlines of one title (dry run), per outline: a
    count, not a time."""
    from aggregator.opml import append_sources, read_opml

    body = "".join(f'<outline type="rss" text="Same" xmlUrl="https://b.example/{i}"/>' for i in range(n))
    data = f'<opml version="2.0"><body>{body}</body></opml>'.encode()
    (added, _), calls = count_steps(
        lambda: append_sources(config, read_opml(data, Path("x.opml")), dry_run=True)
    )
    assert len({name for name, _ in added}) == n  # every name unique
    return calls / n


def test_importing_many_same_titled_outlines_is_linear(config: Config) -> None:
    # Trying "same-2", "same-3"… from the start for each outline was quadratic; linear, the
    # calls per outline stay the same for four times as many. (bench/config_scale.py: 20,000.)
    small, large = _import_calls_per_outline(300, config), _import_calls_per_outline(1200, config)
    assert large < small * 1.5, (small, large)
