"""Ingest benchmark: cold ingest, warm re-poll (all 304) and 5 % changed, as whole processes,
against a loopback server; with lemon24/reader side by side on the same corpus, in the same
run, when it is installed; medians of ``--repeat`` rounds (3), each from an empty database.

    python bench/ingest.py [--feeds 300] [--repeat 3] [--seed 1] [--workers 8] [--no-reader]
                           [--python-server] [--no-validators] [--curve 300,3000,10000]

reader is not a dependency of this project: install it into the same environment for the
comparison (``pip install reader sgmllib3k``); without it the bench says so and measures
aggregator alone.

With ``--no-validators`` the server sends no ETag or Last-Modified: the warm pass gets every
body in full, as from most archive pages. ``--curve`` then measures aggregator's cold ingest
and warm pass at each corpus size (time per feed, peak memory): the cost per feed should
stay flat as the number of sources grows.

Prints one JSON line per measurement: {"bench": "ingest", "tool", "phase", "round",
"seconds", "entries", "max_rss_mb", ...}, then one per phase with the medians and the ratio
(``"summary": true``; ratio = reader's time / aggregator's, above 1 when aggregator is
faster), and a table of them on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
import corpus
import server as bench_server

READER_SCRIPT = """
import sys
from reader import make_reader
reader = make_reader(sys.argv[1])
urls = sys.argv[3:]
if sys.argv[2] == "add":
    for url in urls:
        reader.add_feed(url, exist_ok=True)
else:
    # scheduled=False: update every feed now, whatever its schedule (what aggregator fetch does)
    reader.update_feeds(workers=int(sys.argv[2]), scheduled=False)
print(reader.get_entry_counts().total)
"""


#: CPU seconds (user + system) of the last ``run``'s process tree: on a shared machine,
#: less moved by others' load than the wall time.
LAST_CPU = [0.0]
#: Seconds between two looks at the process tree's CPU times (/proc).
CPU_POLL = 0.1


def _tree_cpu(root: int, seen: dict[int, float]) -> None:
    """Record in ``seen`` the CPU seconds of ``root``'s grandchildren and their descendants
    now: parser processes are a forkserver's children, which no wait4 accounts for."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat", "rb") as f:
                fields = f.read().rpartition(b")")[2].split()
        except OSError:
            continue
        parents[int(name)] = int(fields[1])
        times[int(name)] = (int(fields[11]) + int(fields[12])) / tick
    for pid, cpu in times.items():
        ancestor = pid
        while ancestor not in (root, 0, 1) and ancestor in parents:
            ancestor = parents[ancestor]
        # The root and its children are left out: wait4 gives the root's times and those of
        # the children it waited for.
        if ancestor == root and pid != root and parents[pid] != root:
            seen[pid] = max(seen.get(pid, 0.0), cpu)


#: A small process that starts each measured command and reports its peak memory (GNU
#: time): a command started by this one directly would report this process's peak instead
#: whenever it is larger (Linux keeps the high-water mark of the forked copy across exec;
#: at 10,000 feeds this process's own 94 MB showed as the warm pass's peak).
TIME = os.path.exists("/usr/bin/time")


def run(cmd: list[str]) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB, stdout) of a whole process; its CPU time in LAST_CPU."""
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile() as peak,
    ):
        wrapped = ["/usr/bin/time", "-f", "%M", "-o", peak.name, *cmd] if TIME else cmd
        start = time.perf_counter()
        proc = subprocess.Popen(wrapped, stdout=out, stderr=err)
        seen: dict[int, float] = {}
        command = None if TIME else proc.pid
        # Reaped by a thread of its own, so that the end is timed when it comes, not at the
        # next look at the process tree (which rounded every time up to CPU_POLL).
        ended: list[tuple[float, int, Any]] = []

        def reap() -> None:
            _, status, usage = os.wait4(proc.pid, 0)
            ended.append((time.perf_counter(), status, usage))

        reaper = threading.Thread(target=reap, daemon=True)
        reaper.start()
        while reaper.is_alive():  # bounded by the process: it ends, or the run is interrupted
            if command is None:
                command = _child_of(proc.pid)
            if command is not None:
                _tree_cpu(command, seen)
            reaper.join(CPU_POLL)
        finished, status, usage = ended[0]
        seconds = finished - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        # GNU time's rusage holds the command's (it waited for it), as a direct child's would.
        LAST_CPU[0] = usage.ru_utime + usage.ru_stime + sum(seen.values())
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            raise SystemExit(
                f"{cmd[:4]} failed ({proc.returncode}):\n{err.read().decode(errors='replace')[-3000:]}"
            )
        rss_kb = float(Path(peak.name).read_text().split()[-1]) if TIME else usage.ru_maxrss
        return seconds, rss_kb / 1024, out.read().decode()


def _child_of(parent: int) -> int | None:
    """A child process of ``parent`` (GNU time has one: the measured command), if started."""
    try:
        with open(f"/proc/{parent}/task/{parent}/children") as f:
            children = f.read().split()
    except OSError:
        return None
    return int(children[0]) if children else None


def change_some(paths: list[Path], fraction: float, seed: int) -> int:
    """Rewrite a fraction of the feeds with new entries on top."""
    rng = random.Random(seed)
    chosen = rng.sample(paths, max(1, int(len(paths) * fraction)))
    for path in chosen:
        text = path.read_text(encoding="utf-8")
        site = int(path.stem.removeprefix("feed"))
        new = corpus.article(rng, site, 10_000 + rng.randint(0, 9999))
        new["published"] = corpus.NOW
        writer = corpus.WRITERS[path.suffix]
        # Re-render the feed with one more item: parse-free, just regenerate from scratch
        # with the same seed stream is not possible, so prepend a generated item document.
        one = writer(site, [new])
        if path.suffix == ".rss":
            item = one[one.index("<item>") : one.index("</channel>")]
            text = text.replace("<item>", item + "<item>", 1)
        elif path.suffix == ".atom":
            item = one[one.index("<entry>") : one.index("</feed>")]
            text = text.replace("<entry>", item + "<entry>", 1)
        else:
            item = one[one.index("<item rdf:about") : one.index("</rdf:RDF>")]
            text = text.replace("<item rdf:about", item + "<item rdf:about", 1)
        path.write_text(text, encoding="utf-8")
        os.utime(path, (time.time() + 5, time.time() + 5))
    return len(chosen)


PHASES = ("cold", "warm", "changed")
#: Issue 14's targets: how many times faster than reader, per phase.
TARGETS = {"cold": 5.0, "warm": 2.0}


def reader_installed() -> bool:
    return subprocess.run([sys.executable, "-c", "import reader"], capture_output=True).returncode == 0


def write_config(path: Path, urls: list[str], workers: int) -> None:
    path.write_text(
        '[database]\nurl = "sqlite:///aggregator.db"\n'
        f"[scheduler]\nworkers = {workers}\n"
        # The corpus stands for that many sites, all served from 127.0.0.1: no per-host limit.
        f'[fetch]\nallow_private = ["127.0.0.1"]\nmax_per_host = {workers}\n'
        'host_delay = "0s"\n'
        + "".join(
            f'[[sources]]\nname = "s{i:05d}"\nurl = "{u}"\ntype = "feed"\n' for i, u in enumerate(urls)
        ),
        encoding="utf-8",
    )


def restore(pristine: Path, served: Path) -> None:
    """The corpus as generated, with fresh modification times (new validators)."""
    shutil.rmtree(served, ignore_errors=True)
    shutil.copytree(pristine, served)


def entry_count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("select count(*) from entries").fetchone()[0])


def side_by_side(args: argparse.Namespace, work: Path, use_reader: bool) -> None:
    pristine = work / "pristine"
    corpus.generate(pristine, args.feeds, args.seed)
    served = work / "corpus"
    restore(pristine, served)
    paths = sorted(served.iterdir())
    srv = bench_server.start(served, prefer_nginx=not args.python_server, validators=not args.no_validators)
    urls = [f"http://127.0.0.1:{srv.port}/{p.name}" for p in paths]
    common = {
        "bench": "ingest",
        "feeds": len(paths),
        "server": srv.kind,
        "validators": not args.no_validators,
        "bytes": sum(p.stat().st_size for p in paths),
    }
    seconds: dict[tuple[str, str], list[float]] = {}
    cpu: dict[tuple[str, str], list[float]] = {}
    try:
        for round_ in range(1, args.repeat + 1):
            rdir = work / f"round{round_}"
            rdir.mkdir()
            if round_ > 1:
                restore(pristine, served)
            paths = sorted(served.iterdir())
            config = rdir / "config.toml"
            write_config(config, urls, args.workers)
            fetch = [
                sys.executable,
                "-m",
                "aggregator",
                "fetch",
                "--config",
                str(config),
                "--log-level",
                "WARNING",
            ]
            reader_db = str(rdir / "reader.sqlite")
            if use_reader:  # feeds added outside the timed runs, as aggregator reads its config
                run([sys.executable, "-c", READER_SCRIPT, reader_db, "add", *urls])
            extra: dict[str, object] = {}
            for phase in PHASES:
                if phase == "changed":
                    extra["changed_feeds"] = change_some(paths, 0.05, args.seed)
                took, rss, _ = run(fetch)
                entries = entry_count(rdir / "aggregator.db")
                if not entries:
                    raise SystemExit(
                        f"no entry stored: is the {srv.kind} server answering on "
                        f"port {srv.port}? (files in {served})"
                    )
                seconds.setdefault(("aggregator", phase), []).append(took)
                cpu.setdefault(("aggregator", phase), []).append(LAST_CPU[0])
                print(
                    json.dumps(
                        {
                            **common,
                            **extra,
                            "tool": "aggregator",
                            "phase": phase,
                            "round": round_,
                            "seconds": round(took, 3),
                            "cpu_s": round(LAST_CPU[0], 3),
                            "entries": entries,
                            "max_rss_mb": round(rss, 1),
                        }
                    ),
                    flush=True,
                )
                if use_reader:
                    took, rss, out = run(
                        [sys.executable, "-c", READER_SCRIPT, reader_db, str(args.workers), *urls]
                    )
                    seconds.setdefault(("reader", phase), []).append(took)
                    cpu.setdefault(("reader", phase), []).append(LAST_CPU[0])
                    print(
                        json.dumps(
                            {
                                **common,
                                **extra,
                                "tool": "reader",
                                "phase": phase,
                                "round": round_,
                                "seconds": round(took, 3),
                                "cpu_s": round(LAST_CPU[0], 3),
                                "entries": int(out.split()[-1]),
                                "max_rss_mb": round(rss, 1),
                            }
                        ),
                        flush=True,
                    )
    finally:
        srv.stop()
    summarize(common, seconds, cpu, args.repeat)


def summarize(
    common: dict[str, object],
    seconds: dict[tuple[str, str], list[float]],
    cpu: dict[tuple[str, str], list[float]],
    rounds: int,
) -> None:
    table = [
        f"ingest, {common['feeds']} feeds, {common['server']}, median of {rounds} "
        "(wall seconds; CPU seconds of the process tree in brackets):",
        f"{'phase':8} {'aggregator':>17} {'reader':>17} {'ratio':>6} {'cpu ratio':>9} {'target':>6}",
    ]
    for phase in PHASES:
        ours = statistics.median(seconds[("aggregator", phase)])
        ours_cpu = statistics.median(cpu[("aggregator", phase)])
        line: dict[str, object] = {
            **common,
            "summary": True,
            "phase": phase,
            "aggregator_s": round(ours, 3),
            "aggregator_cpu_s": round(ours_cpu, 3),
        }
        theirs = seconds.get(("reader", phase))
        row = f"{phase:8} {ours:7.2f}s ({ours_cpu:6.2f}s) "
        if theirs:
            theirs_s, theirs_cpu = statistics.median(theirs), statistics.median(cpu[("reader", phase)])
            line.update(
                reader_s=round(theirs_s, 3),
                reader_cpu_s=round(theirs_cpu, 3),
                ratio=round(theirs_s / ours, 2),
                cpu_ratio=round(theirs_cpu / ours_cpu, 2),
            )
            row += (
                f"{theirs_s:7.2f}s ({theirs_cpu:6.2f}s) {theirs_s / ours:5.2f}x {theirs_cpu / ours_cpu:8.2f}x"
            )
        else:
            row += f"{'-':>17} {'-':>6} {'-':>9}"
        target = TARGETS.get(phase)
        table.append(row + (f" {target:5.1f}x" if target else f" {'-':>6}"))
        print(json.dumps(line), flush=True)
    print("\n".join(table), file=sys.stderr, flush=True)


def curve(args: argparse.Namespace, work: Path, sizes: list[int]) -> None:
    """aggregator's cold and warm passes at each corpus size: time per feed, peak memory."""
    rows = []
    for feeds in sizes:
        sdir = work / f"curve{feeds}"
        served = sdir / "corpus"
        paths = corpus.generate(served, feeds, args.seed)
        srv = bench_server.start(
            served, prefer_nginx=not args.python_server, validators=not args.no_validators
        )
        try:
            urls = [f"http://127.0.0.1:{srv.port}/{p.name}" for p in paths]
            config = sdir / "config.toml"
            write_config(config, urls, args.workers)
            fetch = [
                sys.executable,
                "-m",
                "aggregator",
                "fetch",
                "--config",
                str(config),
                "--log-level",
                "WARNING",
            ]
            for phase in ("cold", "warm"):
                took, rss, _ = run(fetch)
                entries = entry_count(sdir / "aggregator.db")
                row = {
                    "bench": "ingest",
                    "curve": True,
                    "feeds": feeds,
                    "phase": phase,
                    "seconds": round(took, 3),
                    "ms_per_feed": round(took / feeds * 1000, 2),
                    "cpu_ms_per_feed": round(LAST_CPU[0] / feeds * 1000, 2),
                    "entries": entries,
                    "max_rss_mb": round(rss, 1),
                    "server": srv.kind,
                }
                rows.append(row)
                print(json.dumps(row), flush=True)
        finally:
            srv.stop()
            shutil.rmtree(sdir, ignore_errors=True)
    print(
        "curve (aggregator):\n"
        + "\n".join(
            f"{r['feeds']:>6} feeds {r['phase']:5} {r['seconds']:8.2f}s {r['ms_per_feed']:7.2f} ms/feed "
            f"(CPU {r['cpu_ms_per_feed']:6.2f}) "
            f"{r['max_rss_mb']:7.1f} MB peak, {r['entries']} entries"
            for r in rows
        ),
        file=sys.stderr,
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; medians are reported")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--no-reader", action="store_true")
    parser.add_argument("--python-server", action="store_true", help="never use nginx")
    parser.add_argument(
        "--no-validators",
        action="store_true",
        help="a server that sends no ETag or Last-Modified (never a 304): "
        "every warm fetch gets the whole body (the Python server)",
    )
    parser.add_argument(
        "--curve",
        default="",
        help="comma-separated corpus sizes for the growth curve, e.g. "
        "300,3000,10000 (aggregator only; after the side-by-side)",
    )
    parser.add_argument("--no-side-by-side", action="store_true", help="only the curve")
    args = parser.parse_args()

    use_reader = not args.no_reader and reader_installed()
    if not args.no_reader and not use_reader:
        print(
            "reader is not installed: measuring aggregator alone (for the side-by-side "
            "figures: pip install reader sgmllib3k)",
            file=sys.stderr,
            flush=True,
        )
    # Start from bytecode, as reader does (pip compiled it): an editable install under
    # PYTHONDONTWRITEBYTECODE would otherwise compile our modules at every start.
    import aggregator

    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", str(Path(aggregator.__file__).parent)], check=True
    )
    work = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    try:
        if not args.no_side_by_side:
            side_by_side(args, work, use_reader)
        if args.curve:
            curve(args, work, [int(n) for n in args.curve.split(",")])
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
