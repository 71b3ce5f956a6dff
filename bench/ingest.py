"""Ingest benchmark: cold ingest, warm re-poll (all 304) and 5 % changed, as whole processes,
against a loopback server; with lemon24/reader side by side when it is installed.

    python bench/ingest.py [--feeds 300] [--seed 1] [--workers 8] [--no-reader]
                           [--python-server] [--no-validators]

With ``--no-validators`` the server sends no ETag or Last-Modified: the warm pass gets every
body in full, as from most archive pages.

Prints one JSON line per measurement: {"bench": "ingest", "tool", "phase", "seconds",
"entries", "max_rss_mb", ...}. Install reader (`pip install reader sgmllib3k`)
for the comparison.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def run(cmd: list[str]) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB, stdout) of a whole process."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            raise SystemExit(f"{cmd[:4]} failed ({proc.returncode}):\n"
                             f"{err.read().decode(errors='replace')[-3000:]}")
        return seconds, usage.ru_maxrss / 1024, out.read().decode()


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
            item = one[one.index("<item>"):one.index("</channel>")]
            text = text.replace("<item>", item + "<item>", 1)
        elif path.suffix == ".atom":
            item = one[one.index("<entry>"):one.index("</feed>")]
            text = text.replace("<entry>", item + "<entry>", 1)
        else:
            item = one[one.index('<item rdf:about'):one.index("</rdf:RDF>")]
            text = text.replace("<item rdf:about", item + "<item rdf:about", 1)
        path.write_text(text, encoding="utf-8")
        os.utime(path, (time.time() + 5, time.time() + 5))
    return len(chosen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--no-reader", action="store_true")
    parser.add_argument("--python-server", action="store_true", help="never use nginx")
    parser.add_argument("--no-validators", action="store_true",
                        help="a server that sends no ETag or Last-Modified (never a 304): "
                             "every warm fetch gets the whole body (the Python server)")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench-ingest-"))
    paths = corpus.generate(work / "corpus", args.feeds, args.seed)
    srv = bench_server.start(work / "corpus", prefer_nginx=not args.python_server,
                             validators=not args.no_validators)
    urls = [f"http://127.0.0.1:{srv.port}/{p.name}" for p in paths]
    common = {"bench": "ingest", "feeds": len(paths), "server": srv.kind,
              "validators": not args.no_validators,
              "bytes": sum(p.stat().st_size for p in paths)}
    try:
        config = work / "config.toml"
        config.write_text(
            "[database]\nurl = \"sqlite:///aggregator.db\"\n"
            f"[scheduler]\nworkers = {args.workers}\n"
            # The corpus stands for 300 sites, all served from 127.0.0.1: no per-host limit.
            f"[fetch]\nallow_private = [\"127.0.0.1\"]\nmax_per_host = {args.workers}\n"
            "host_delay = \"0s\"\n"
            + "".join(f'[[sources]]\nname = "s{i:04d}"\nurl = "{u}"\ntype = "feed"\n'
                      for i, u in enumerate(urls)), encoding="utf-8")
        # Start from bytecode, as reader does (pip compiled it): an editable install under
        # PYTHONDONTWRITEBYTECODE would otherwise compile our modules at every start.
        import aggregator

        subprocess.run([sys.executable, "-m", "compileall", "-q",
                        str(Path(aggregator.__file__).parent)], check=True)
        fetch = [sys.executable, "-m", "aggregator", "fetch", "--config", str(config),
                 "--log-level", "WARNING"]
        reader_ok = not args.no_reader and subprocess.run(
            [sys.executable, "-c", "import reader"], capture_output=True).returncode == 0
        reader_db = str(work / "reader.sqlite")
        if reader_ok:  # feeds added outside the timed runs, as aggregator reads its config
            run([sys.executable, "-c", READER_SCRIPT, reader_db, "add", *urls])

        for phase in ("cold", "warm", "changed"):
            if phase == "changed":
                common["changed_feeds"] = change_some(paths, 0.05, args.seed)
            seconds, rss, _ = run(fetch)
            with sqlite3.connect(work / "aggregator.db") as db:
                entries = db.execute("select count(*) from entries").fetchone()[0]
            if not entries:
                raise SystemExit(f"no entry stored: is the {srv.kind} server answering on "
                                 f"port {srv.port}? (files in {work / 'corpus'})")
            print(json.dumps({**common, "tool": "aggregator", "phase": phase,
                              "seconds": round(seconds, 3), "entries": entries,
                              "max_rss_mb": round(rss, 1)}), flush=True)
            if reader_ok:
                seconds, rss, out = run([sys.executable, "-c", READER_SCRIPT, reader_db,
                                         str(args.workers), *urls])
                print(json.dumps({**common, "tool": "reader", "phase": phase,
                                  "seconds": round(seconds, 3), "entries": int(out.split()[-1]),
                                  "max_rss_mb": round(rss, 1)}), flush=True)
    finally:
        srv.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
