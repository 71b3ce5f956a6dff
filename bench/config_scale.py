"""Benchmark: loading a configuration of many sources, and importing an OPML file of many
outlines that all bear one title (issue 13: both were quadratic, 5 s and 25 s at 20,000).

Prints one JSON line per case: its size and the seconds it took. The tests count the work
instead (tests/test_config.py, tests/test_opml.py: lines run per source stay the same as the
size grows).

    python bench/config_scale.py [--sizes N ...]
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from aggregator.config import load_config
from aggregator.opml import append_sources, read_opml


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 20000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            path = Path(tmp) / f"config-{n}.toml"
            path.write_text(
                "".join(f'[[sources]]\nname = "s{i}"\nurl = "https://a.example/{i}"\n' for i in range(n)),
                encoding="utf-8",
            )
            started = time.perf_counter()
            load_config(path, environ={})
            print(
                json.dumps(
                    {"case": "load_config", "sources": n, "seconds": round(time.perf_counter() - started, 3)}
                ),
                flush=True,
            )

            path.write_text('[[sources]]\nname = "same"\nurl = "https://a.example/0"\n', encoding="utf-8")
            body = "".join(
                f'<outline type="rss" text="Same" xmlUrl="https://b.example/{i}"/>' for i in range(n)
            )
            data = f'<opml version="2.0"><body>{body}</body></opml>'.encode()
            started = time.perf_counter()
            append_sources(load_config(path, environ={}), read_opml(data, path), dry_run=True)
            print(
                json.dumps(
                    {
                        "case": "import_opml_same_title",
                        "outlines": n,
                        "seconds": round(time.perf_counter() - started, 3),
                    }
                ),
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
