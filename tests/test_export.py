"""``aggregator export``: the static copy of every feed, byte for byte what the server sends."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from aggregator.cli import main
from aggregator.config import Config
from aggregator.export import export_all
from aggregator.store import Store
from aggregator.web import create_app

# aggregator/store/__init__.py calls Result.tuples(), deprecated in SQLAlchemy 2.1: with
# warnings as errors every ingest would crash in the store; that bug is reported, not tested here.
BASE_URL = "http://feeds.test"
FORMATS = ("atom", "rss", "json")
CONTENT_TYPES = {
    ".atom": "application/atom+xml; charset=utf-8",
    ".rss": "application/rss+xml; charset=utf-8",
    ".json": "application/feed+json; charset=utf-8",
    ".xml": "text/x-opml; charset=utf-8",
    ".html": "text/html; charset=utf-8",
}
KREMLIN_RULE = '[tags.kremlin]\ntitle = "Kremlin"\nkeywords = ["kremlin", "poutine", "putin", "peskov"]\n'
UKRAINE_RULE = '[tags.ukraine]\ntitle = "Ukraine"\nkeywords = ["ukraine"]\n'
SUMMARY = re.compile(r": (\d+) written, (\d+) unchanged, (\d+) removed$", re.M)


def site_toml(
    feed_url: Callable[[str], str],
    *,
    tags: str = KREMLIN_RULE,
    sources: tuple[str, ...] = ("lemonde", "france24", "courrier"),
) -> str:
    files = {"lemonde": "lemonde.rss", "france24": "france24.atom", "courrier": "courrier.rdf"}
    text = (
        f'[database]\nurl = "sqlite:///aggregator.db"\n\n[server]\nbase_url = "{BASE_URL}"\n\n'
        f'[output]\ndir = "public"\n\n{tags}\n'
    )
    for name in sources:
        text += f'[[sources]]\nname = "{name}"\nurl = "{feed_url(files[name])}"\ncategory_tags = true\n'
        if name == "courrier":
            text += 'tags = ["russie"]\n'
    return text


@pytest.fixture
def ingested(write_config: Callable[..., Config], feed_url: Callable[[str], str]) -> Config:
    config = write_config(site_toml(feed_url))
    assert main(["fetch", "--config", str(config.path)]) == 0
    return config


def export(config: Config, capsys: pytest.CaptureFixture[str]) -> tuple[int, int, int]:
    """Run ``aggregator export``; (written, unchanged, removed) as it reports them."""
    capsys.readouterr()
    assert main(["export", "--config", str(config.path)]) == 0
    out = capsys.readouterr().out
    match = SUMMARY.search(out)
    assert match, out
    written, unchanged, removed = map(int, match.groups())
    return written, unchanged, removed


def files_under(root: Path) -> dict[str, Path]:
    return {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*")) if p.is_file()}


def outside(root: Path, folder: Path) -> set[Path]:
    """Every path under ``root`` but ``folder`` and what it holds."""
    return {p for p in root.rglob("*") if p != folder and folder not in p.parents}


def url_of(relative: str) -> str:
    """The server path of an exported file."""
    return {"opml.xml": "/opml", "index.html": "/"}.get(relative, "/" + relative)


def expected_files(store: Store) -> set[str]:
    keys = (
        ["feeds/all"]
        + [f"feeds/{t.slug}" for t in store.list_tags()]
        + [f"sources/{s.name}" for s in store.list_sources()]
    )
    return {f"{key}.{fmt}" for key in keys for fmt in FORMATS} | {"opml.xml", "index.html"}


@pytest.mark.slow
def test_export_writes_every_feed_and_the_opml(ingested: Config, capsys: pytest.CaptureFixture[str]) -> None:
    written, unchanged, removed = export(ingested, capsys)
    out = ingested.output.dir
    assert out == ingested.path.parent / "public"  # type: ignore[union-attr]
    store = Store(ingested.database.url)
    try:
        expected = expected_files(store)
    finally:
        store.close()
    assert {
        "feeds/kremlin.atom",
        "feeds/kremlin.rss",
        "feeds/kremlin.json",
        "feeds/russie.rss",
        "feeds/all.json",
        "sources/lemonde.atom",
        "sources/courrier.json",
        "opml.xml",
    } <= expected
    assert set(files_under(out)) == expected
    assert (written, unchanged, removed) == (len(expected), 0, 0)
    kremlin = json.loads((out / "feeds" / "kremlin.json").read_bytes())
    assert len(kremlin["items"]) == 6


@pytest.mark.slow
def test_exported_files_are_byte_identical_to_what_the_server_serves(
    ingested: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    export(ingested, capsys)
    store = Store(ingested.database.url)
    try:
        client = create_app(ingested, store).test_client()
        for relative, path in files_under(ingested.output.dir).items():
            r = client.get(url_of(relative))
            assert r.status_code == 200, relative
            assert r.headers["Content-Type"] == CONTENT_TYPES[path.suffix], relative
            assert r.data == path.read_bytes(), relative
    finally:
        store.close()


@pytest.mark.slow
def test_second_export_writes_nothing_and_keeps_mtimes(
    ingested: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    written, _, _ = export(ingested, capsys)
    before = {
        rel: (p.stat().st_mtime_ns, p.stat().st_ino) for rel, p in files_under(ingested.output.dir).items()
    }
    time.sleep(0.01)  # a rewrite would show in st_mtime_ns
    assert export(ingested, capsys) == (0, written, 0)
    after = {
        rel: (p.stat().st_mtime_ns, p.stat().st_ino) for rel, p in files_under(ingested.output.dir).items()
    }
    assert after == before
    # the same through the API
    store = Store(ingested.database.url)
    try:
        result = export_all(store, ingested)
    finally:
        store.close()
    assert (result.written, result.unchanged, result.removed) == (0, written, 0)


@pytest.mark.slow
def test_stale_files_are_removed_and_unrelated_files_kept(
    write_config: Callable[..., Config], feed_url: Callable[[str], str], capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(site_toml(feed_url, tags=KREMLIN_RULE + UKRAINE_RULE))
    assert main(["fetch", "--config", str(config.path)]) == 0
    export(config, capsys)
    out = config.output.dir
    assert {f"feeds/ukraine.{f}" for f in FORMATS} <= set(files_under(out))
    unrelated = {
        "about.html": "<!doctype html>",
        "robots.txt": "User-agent: *",
        "css/site.css": "body{}",
        "feeds/README.md": "# feeds",
        "sources/notes.txt": "notes",
        "feeds/kremlin.atom.bak": "old",
    }
    for relative, text in unrelated.items():
        (out / relative).parent.mkdir(parents=True, exist_ok=True)
        (out / relative).write_text(text)

    # The ukraine tag leaves the configuration and courrier stops being a source.
    config = write_config(site_toml(feed_url, sources=("lemonde", "france24")))
    assert main(["fetch", "--config", str(config.path)]) == 0
    _, _, removed = export(config, capsys)
    files = set(files_under(out))
    assert not {f"feeds/ukraine.{f}" for f in FORMATS} & files
    assert not {f"sources/courrier.{f}" for f in FORMATS} & files
    assert removed == 6
    assert {f"feeds/kremlin.{f}" for f in FORMATS} <= files
    for relative, text in unrelated.items():
        assert (out / relative).read_text() == text, relative


@pytest.mark.slow
def test_hostile_category_stays_inside_the_output_dir(
    write_config: Callable[..., Config],
    feed_url: Callable[[str], str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """lemonde.rss has <category>../../../tmp/x</category>: it becomes the tag tmp-x."""
    started = time.time() - 1
    around = tmp_path.parent
    before = outside(around, tmp_path)
    config = write_config(site_toml(feed_url))
    assert main(["fetch", "--config", str(config.path)]) == 0
    export(config, capsys)
    out = config.output.dir.resolve()
    files = files_under(out)
    assert {f"feeds/tmp-x.{f}" for f in FORMATS} <= set(files)
    doc = json.loads(files["feeds/tmp-x.json"].read_bytes())
    assert [i["title"] for i in doc["items"]] == [
        "La Russie expulse un diplomate britannique accusé d’espionnage"
    ]
    for path in files.values():
        assert path.resolve().is_relative_to(out)
    # Nothing new beside this test's folder, nothing new in it but the config, the database
    # and the output directory.
    assert outside(around, tmp_path) == before
    for p in tmp_path.iterdir():
        assert p.resolve() == out or p.name == "config.toml" or p.name.startswith("aggregator.db"), p
    for name in ("x", "x.atom", "x.rss", "x.json", "tmp-x.atom"):
        for folder in (Path("/tmp"), around, tmp_path, out.parent):
            candidate = folder / name
            assert not candidate.exists() or candidate.stat().st_mtime < started, candidate


@pytest.mark.slow
def test_no_temporary_files_are_left(ingested: Config, capsys: pytest.CaptureFixture[str]) -> None:
    export(ingested, capsys)
    export(ingested, capsys)
    for path in ingested.output.dir.rglob("*"):
        assert not path.name.startswith("."), path
        assert not path.name.endswith(".tmp"), path
