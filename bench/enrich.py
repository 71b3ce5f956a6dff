"""What reading an article page costs (``[[sources]] enrich``): the libraries' import time, and
the time per page of ``read_article`` with ``metadata`` and ``full``, beside a floor: lxml
parsing the page and ``json.loads`` of its JSON-LD, the least any reader of it must do.

Prints JSON lines: {"bench": "enrich-import", "module", "ms"} per library (median of
``--imports`` fresh interpreters, ``-X importtime``'s cumulative figure), then
{"bench": "enrich-page", "mode", "ms_per_page", "page_kb"} per mode.

    .venv/bin/python bench/enrich.py [--pages 200] [--imports 5]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

MODULES = ("extruct", "htmldate", "trafilatura", "aggregator.parse.article")


def import_ms(module: str) -> float:
    """Cumulative import time of ``module`` in a fresh interpreter, in ms."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", f"import {module}"],
        capture_output=True,
        text=True,
        check=True,
    )
    for line in reversed(proc.stderr.splitlines()):
        parts = [p.strip() for p in line.split("|")]
        if len(parts) == 3 and parts[2] == module:
            return int(parts[1]) / 1000
    raise RuntimeError(f"no import time for {module}")


def article_page(paragraphs: int = 20) -> bytes:
    """A news article page as sites serve them: navigation, share bar, JSON-LD @graph,
    OpenGraph, the text, related articles, comments, a footer."""
    nav = "".join(f'<li><a href="/rubrique/{i}/">Rubrique {i}</a></li>' for i in range(120))
    text = "".join(
        f"<p>Paragraphe {i} de l’article, qui raconte en détail ce que le porte-parole "
        f"a dit mardi à Moscou devant la presse internationale réunie.</p>"
        + (f"<h2>Intertitre {i}</h2>" if i % 5 == 4 else "")
        for i in range(paragraphs)
    )
    related = "".join(f'<li><a href="/articles/{i}/">Un autre article numéro {i}</a></li>' for i in range(40))
    comments = "".join(f'<div class="comment"><p>Commentaire {i} d’un lecteur.</p></div>' for i in range(30))
    ld = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "WebSite", "name": "Le Quotidien", "url": "https://www.example.org/"},
            {
                "@type": "NewsArticle",
                "headline": "Le Kremlin répond à Washington",
                "datePublished": "2026-11-27T18:24:00+01:00",
                "author": [{"@type": "Person", "name": "Jeanne Martin"}],
                "publisher": {"@type": "Organization", "name": "Le Quotidien"},
            },
        ],
    }
    return f"""<!doctype html><html lang="fr"><head><meta charset="utf-8">
<title>Le Kremlin répond à Washington – Le Quotidien</title>
<meta property="og:title" content="Le Kremlin répond à Washington – Le Quotidien">
<meta property="og:site_name" content="Le Quotidien">
<meta property="article:published_time" content="2026-11-27T18:24:00+01:00">
<script type="application/ld+json">{json.dumps(ld)}</script></head><body>
<nav><ul>{nav}</ul></nav><main><article><h1>Le Kremlin répond à Washington</h1>
<div class="share"><a href="https://facebook.com/">Partager</a></div>{text}</article>
<section class="related"><ul>{related}</ul></section><section id="comments">{comments}</section>
</main><footer>© Le Quotidien</footer></body></html>""".encode()


def floor_read(body: bytes) -> object:
    import lxml.html

    doc = lxml.html.document_fromstring(body)
    return [json.loads(s.text or "null") for s in doc.xpath("//script[@type='application/ld+json']")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200, help="pages read per mode")
    parser.add_argument("--imports", type=int, default=5, help="fresh interpreters per module")
    args = parser.parse_args()

    for module in MODULES:
        ms = statistics.median(import_ms(module) for _ in range(args.imports))
        print(json.dumps({"bench": "enrich-import", "module": module, "ms": round(ms, 1)}), flush=True)

    from aggregator.parse.article import read_article

    body = article_page()
    url = "https://www.example.org/2026/11/27/le-kremlin-repond/"
    modes = {
        "floor (lxml + json)": lambda: floor_read(body),
        "metadata": lambda: read_article(body, url=url),
        "full": lambda: read_article(body, url=url, full=True),
    }
    for mode, read in modes.items():
        read()  # warm: lazy imports, caches
        started = time.perf_counter()
        for _ in range(args.pages):
            read()
        ms = (time.perf_counter() - started) / args.pages * 1000
        print(
            json.dumps(
                {
                    "bench": "enrich-page",
                    "mode": mode,
                    "ms_per_page": round(ms, 2),
                    "page_kb": round(len(body) / 1024, 1),
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
