"""Every script in bench/ runs, small, from this checkout, and prints the JSON lines it
promises: the README's benchmark commands must keep working. No figure is asserted, only
that each was measured (these machines are too noisy for timing assertions)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from _process import clean_env
from conftest import ON_POSTGRES

BENCH = Path(__file__).resolve().parents[1] / "bench"
#: Longest a small run may take.
TIMEOUT = 180

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        ON_POSTGRES, reason="the benchmarks run in the SQLite pass (bench/workers.py on PostgreSQL there too)"
    ),
]


def run_bench(script: str, *args: str, tmp_path: Path) -> list[dict[str, Any]]:
    proc = subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        cwd=tmp_path,
        env=clean_env(),
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]
    assert lines, proc.stderr[-3000:]
    return lines


@pytest.mark.parametrize("server", ["--python-server", "--no-validators"])
def test_ingest(server: str, tmp_path: Path) -> None:
    lines = run_bench(
        "ingest.py",
        "--feeds",
        "6",
        "--no-reader",
        server,
        "--repeat",
        "1",
        "--workers",
        "2",
        "--curve",
        "4",
        tmp_path=tmp_path,
    )
    summary = [line for line in lines if line.get("summary")]
    points = [line for line in lines if line.get("curve")]
    lines = [line for line in lines if not line.get("summary") and not line.get("curve")]
    assert [line["phase"] for line in summary] == ["cold", "warm", "changed"]
    assert [(p["feeds"], p["phase"]) for p in points] == [(4, "cold"), (4, "warm")]
    assert all(p["ms_per_feed"] > 0 and p["max_rss_mb"] > 0 for p in points)
    assert [line["phase"] for line in lines] == ["cold", "warm", "changed"]
    assert all(line["seconds"] > 0 and line["max_rss_mb"] > 0 for line in lines)
    cold, warm, changed = (line["entries"] for line in lines)
    assert cold == warm > 0 and changed == cold + 1


def test_writer(tmp_path: Path) -> None:
    kept = str(tmp_path / "batches.pickle")
    args = ("--feeds", "4", "--rounds", "2", "--python-server", "--batches", kept)
    lines = run_bench("writer.py", *args, tmp_path=tmp_path)
    rounds = [line for line in lines if not line.get("summary")]
    assert len(rounds) == 2 and all(r["cpu_s"] > 0 and r["entries"] > 0 for r in rounds)
    [summary] = [line for line in lines if line.get("summary")]
    assert summary["digests"]["entries"][0] == rounds[0]["entries"]
    # The same batches replayed again store the same rows.
    [again] = [line for line in run_bench("writer.py", *args, tmp_path=tmp_path) if line.get("summary")]
    assert again["digests"] == summary["digests"]


def test_serve(tmp_path: Path) -> None:
    lines = run_bench(
        "serve.py",
        "--entries",
        "50",
        "--duration",
        "1",
        "--rounds",
        "1",
        "--connections",
        "2",
        tmp_path=tmp_path,
    )
    ours = {
        line["case"]: line["rps"] for line in lines if line["server"].startswith("aggregator serve (default")
    }
    assert set(ours) == {"200", "304"} and min(ours.values()) > 0


def test_render_scale(tmp_path: Path) -> None:
    lines = run_bench(
        "render_scale.py",
        "--sizes",
        "1000",
        "3000",
        "--backends",
        "sqlite",
        "--repeat",
        "2",
        tmp_path=tmp_path,
    )
    ratios = {line["feed"]: line["ratio"] for line in lines if "ratio" in line}
    assert set(ratios) == {"tag:news", "tag:news:archive3", "tag:rare", "all:all"}


def test_memory(tmp_path: Path) -> None:
    lines = run_bench(
        "memory.py",
        "--sources",
        "10",
        "--entries",
        "2000",
        "--duration",
        "4",
        "--feeds",
        "5",
        "--python-server",
        # Four seconds may not see every source fetched on a loaded machine: past them,
        # the run waits (bounded) for the first fetch of each.
        "--until-fetched",
        tmp_path=tmp_path,
    )
    result = lines[-1]
    assert result["peak_rss_mb"] > 0
    assert result["sources_ok"] == result["sources_fetched"] == 10


def test_soak(tmp_path: Path) -> None:
    lines = run_bench(
        "soak.py",
        "--minutes",
        "0.15",
        "--sources",
        "10",
        "--readers",
        "1",
        "--workers",
        "2",
        "--min-passes",
        "2",
        tmp_path=tmp_path,
    )
    summary = lines[-1]
    assert summary["summary"] and summary["passes"] >= 2
    assert summary["failed_requests"] == 0
    assert {"rss_kb_per_pass", "fds_per_pass", "threads_per_pass"} <= set(summary)


def test_hostile(tmp_path: Path) -> None:
    lines = run_bench("hostile.py", "--runs", "1", tmp_path=tmp_path)
    (run,) = [line for line in lines if line["bench"] == "hostile-pass"]
    assert run["peak_rss_mb"] > 0
    assert {line["scenario"] for line in lines if line["bench"] == "bomb"} == {
        "gzip-bomb",
        "deflate-bomb",
        "brotli-bomb",
    }


def test_wsgi_servers(tmp_path: Path) -> None:
    lines = run_bench(
        "wsgi_servers.py",
        "--servers",
        "waitress",
        "--entries",
        "50",
        "--duration",
        "1",
        "--slow",
        "2",
        "--probe",
        "2",
        tmp_path=tmp_path,
    )
    scenarios = {line["scenario"]: line for line in lines}
    assert scenarios["feed"]["errors"] == 0 and scenarios["feed"]["requests"] > 0
    assert scenarios["slow_clients"]["answered"] == 2


def test_workers(tmp_path: Path, fresh_postgres_url: str) -> None:
    lines = run_bench(
        "workers.py",
        "--workers",
        "1",
        "2",
        "--sources",
        "20",
        "--latency",
        "0",
        "--postgres-url",
        fresh_postgres_url,
        tmp_path=tmp_path,
    )
    assert [line["workers"] for line in lines] == [1, 2]
    assert all(line["fetched"] == 20 for line in lines)


@pytest.mark.slow
def test_enrich(tmp_path: Path) -> None:
    lines = run_bench("enrich.py", "--pages", "3", "--imports", "1", tmp_path=tmp_path)
    imports = {line["module"]: line["ms"] for line in lines if line["bench"] == "enrich-import"}
    pages = {line["mode"]: line["ms_per_page"] for line in lines if line["bench"] == "enrich-page"}
    assert set(imports) == {"extruct", "htmldate", "trafilatura", "aggregator.parse.article"}
    assert set(pages) == {"floor (lxml + json)", "metadata", "full"}
    assert min(imports.values()) > 0 and min(pages.values()) > 0


@pytest.mark.slow
def test_listing(tmp_path: Path) -> None:
    data = Path(__file__).resolve().parent / "data" / "html_archive"
    lines = run_bench("listing.py", str(data), "--rounds", "2", tmp_path=tmp_path)
    *pages, total = lines
    assert {line["page"] for line in pages} >= {"wordpress_fr", "cardlink_de"}
    assert total["bench"] == "listing" and total["pages"] == len(pages)
    assert all(line["warm_ms"] is not None for line in pages if line["expected"])


@pytest.mark.slow
def test_listing_scale(tmp_path: Path) -> None:
    lines = run_bench(
        "listing_scale.py", "--sizes", "10,20", "--layouts", "flat,sections", "--no-real", tmp_path=tmp_path
    )
    sized = [line for line in lines if line["bench"] == "listing-scale"]
    assert {(line["layout"], line["cards"]) for line in sized} == {
        (layout, n) for layout in ("flat", "sections") for n in (10, 20)
    }
    assert all(isinstance(line["entries"], int) and line["cpu_s"] >= 0 for line in sized)
    growth = [line for line in lines if line["bench"] == "listing-scale-growth"]
    assert [line["layout"] for line in growth] == ["flat", "sections"]


@pytest.mark.slow
def test_config_scale(tmp_path: Path) -> None:
    lines = run_bench("config_scale.py", "--sizes", "200", tmp_path=tmp_path)
    assert {line["case"] for line in lines} == {"load_config", "import_opml_same_title"}
    assert all(line["seconds"] >= 0 for line in lines)


def test_date_forms(tmp_path: Path) -> None:
    lines = run_bench("date_forms.py", tmp_path=tmp_path)
    assert {line["split"] for line in lines if line["bench"] == "date-forms"} == {"dev", "held-out"}
