"""Benchmark: one ``aggregator fetch`` pass over every hostile scenario of tests/hostile.py
(512 MiB gzip, deflate and brotli bombs, an endless body, a server trickling a byte every two
seconds, XML bombs, ...) plus three good feeds, with the default limits and politeness.

Prints JSON lines: for each run, the wall time of the pass and of its whole process, and the
process's peak resident memory (``peak_rss_mb``: VmHWM, its own; ``ru_maxrss_mb``: getrusage,
which on Linux also counts this parent's peak, see tests/hostile.py PEAK_RSS); then, for each
bomb alone, the peak memory of a process that fetches it. The issue's target: the pass ends
within fetch.timeout plus a small margin, with a peak under 400 MB.

    python bench/hostile.py [--runs N] [--timeout SECONDS]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

# tests/ is not a package: it is put on the path above.
from hostile import GOOD_FEEDS, SCENARIOS, HostileServer, config_text, fetch_in_subprocess, run_pass

#: Each run starts from an empty database; more than a few only repeats the figure.
MAX_RUNS = 10


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help=f"passes to time (at most {MAX_RUNS})")
    parser.add_argument("--timeout", type=float, default=5.0, help="fetch.timeout in seconds")
    args = parser.parse_args()
    timeout = timedelta(seconds=args.timeout)
    with tempfile.TemporaryDirectory(prefix="bench-hostile-") as tmp:
        folder = Path(tmp)
        secret = folder / "secret.txt"
        secret.write_text("not to be read")
        with HostileServer(secret_file=secret) as server:
            for run in range(1, min(args.runs, MAX_RUNS) + 1):
                database = folder / f"run{run}.db"
                config = folder / f"run{run}.toml"
                config.write_text(config_text(server, database, timeout), encoding="utf-8")
                result = run_pass(config)
                print(
                    json.dumps(
                        {
                            "bench": "hostile-pass",
                            "run": run,
                            "sources": len(SCENARIOS) + len(GOOD_FEEDS),
                            "fetch_timeout_s": timeout.total_seconds(),
                            "pass_s": round(result.pass_seconds, 2),
                            "process_wall_s": round(result.wall_seconds, 2),
                            "peak_rss_mb": round(result.peak_rss_mb, 1),
                            "ru_maxrss_mb": round(result.ru_maxrss_mb, 1),
                            "summary": result.stdout.splitlines()[-1] if result.stdout else None,
                        }
                    ),
                    flush=True,
                )
            for name in ("gzip-bomb", "deflate-bomb", "brotli-bomb"):
                outcome = fetch_in_subprocess(server.url(name), max_bytes=10_000_000)
                print(
                    json.dumps(
                        {
                            "bench": "bomb",
                            "scenario": name,
                            "inflated_mib": 512,
                            "peak_rss_mb": round(float(outcome["peak_rss_mb"]), 1),  # type: ignore[arg-type]
                            "ru_maxrss_mb": round(float(outcome["ru_maxrss_mb"]), 1),  # type: ignore[arg-type]
                            "error": outcome["error"],
                        }
                    ),
                    flush=True,
                )
    return 0


if __name__ == "__main__":
    sys.exit(main())
