"""Soak: ``aggregator run`` over a farm of changing feeds for ``--minutes``, with readers
polling feeds and the export after every pass, sampling the daemon's resident memory, open
file descriptors and threads after each pass (tests/_soak.py).

Prints one JSON line per pass, then one with the least-squares slope of each measure per
pass over the passes after the warm-up (the first third): flat is near 0 kB, 0 fds, 0
threads per pass.

    python bench/soak.py [--minutes 60] [--sources 300] [--readers 4] [--workers 4]
                         [--database-url URL] [--steady] [--min-passes N]

The minutes count from the daemon's start; ``--min-passes`` goes on past them, for at most
``MIN_PASSES_GRACE`` seconds more, until that many passes are sampled (a loaded machine
starts and polls more slowly).

The database is a SQLite file in a temporary folder unless ``--database-url`` names one
(a PostgreSQL database or schema of its own: the run adds sources and entries to it).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from _soak import Soak, slopes

#: Longest run accepted, whatever --minutes says: a week.
MAX_MINUTES = 7 * 24 * 60
#: Seconds a run may go on past --minutes to sample --min-passes passes.
MIN_PASSES_GRACE = 120.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=60.0)
    parser.add_argument("--sources", type=int, default=300)
    parser.add_argument("--readers", type=int, default=4)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--database-url", default=None)
    parser.add_argument(
        "--steady",
        action="store_true",
        help="feeds list the same items at every pass (edited, not added): the "
        "database stops growing, so its page caches stop filling",
    )
    parser.add_argument("--min-passes", type=int, default=0, help="passes sampled at least")
    args = parser.parse_args()
    samples = []
    with tempfile.TemporaryDirectory(prefix="aggregator-soak-") as tmp:
        url = args.database_url or f"sqlite:///{Path(tmp) / 'soak.db'}"
        with Soak(
            Path(tmp),
            url,
            sources=args.sources,
            readers=args.readers,
            workers=args.workers,
            grow=not args.steady,
        ) as soak:
            end = time.monotonic() + min(args.minutes, MAX_MINUTES) * 60
            while time.monotonic() < end or (
                len(samples) < args.min_passes and time.monotonic() < end + MIN_PASSES_GRACE
            ):
                sample = soak.run_pass()
                samples.append(sample)
                print(json.dumps({"bench": "soak", **sample}), flush=True)
            failures = soak.failures
    print(
        json.dumps(
            {
                "bench": "soak",
                "summary": True,
                "database": url.split(":")[0],
                "steady": args.steady,
                "sources": args.sources,
                "passes": len(samples),
                "minutes": round(samples[-1]["elapsed"] / 60, 1) if samples else 0,
                "requests": samples[-1]["requests"] if samples else 0,
                "failed_requests": len(failures),
                "rss_kb_first": samples[0]["rss_kb"] if samples else None,
                "rss_kb_last": samples[-1]["rss_kb"] if samples else None,
                **slopes(samples),
            }
        ),
        flush=True,
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
