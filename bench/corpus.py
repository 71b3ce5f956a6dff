"""A seeded corpus of French news feeds for benchmarks: RSS 2.0, Atom and RSS 1.0.

    python bench/corpus.py DIR [--feeds 300] [--seed 1]

Each feed has 10 to 100 entries with French titles and paragraphs, categories, dates over
the last weeks; about 5 % of the articles appear in two feeds. Same seed, same bytes.
"""

from __future__ import annotations

import argparse
import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

WORDS = [
    "le",
    "la",
    "les",
    "un",
    "une",
    "des",
    "du",
    "de",
    "et",
    "à",
    "au",
    "aux",
    "en",
    "dans",
    "pour",
    "sur",
    "avec",
    "par",
    "sans",
    "sous",
    "entre",
    "Kremlin",
    "Moscou",
    "Poutine",
    "Peskov",
    "Lavrov",
    "Ukraine",
    "Kiev",
    "Europe",
    "Bruxelles",
    "Paris",
    "Washington",
    "président",
    "gouvernement",
    "ministre",
    "diplomatie",
    "sanctions",
    "accord",
    "négociations",
    "réunion",
    "sommet",
    "guerre",
    "paix",
    "armée",
    "frontière",
    "élection",
    "réforme",
    "budget",
    "économie",
    "énergie",
    "gaz",
    "pétrole",
    "marché",
    "inflation",
    "croissance",
    "emploi",
    "grève",
    "syndicats",
    "retraites",
    "santé",
    "hôpital",
    "école",
    "université",
    "climat",
    "tempête",
    "agriculture",
    "vin",
    "culture",
    "cinéma",
    "festival",
    "musique",
    "football",
    "rugby",
    "tournoi",
    "équipe",
    "victoire",
    "défaite",
    "annonce",
    "déclaration",
    "rapport",
    "enquête",
    "justice",
    "procès",
    "tribunal",
    "police",
    "sécurité",
    "attentat",
    "incendie",
    "accident",
    "région",
    "ville",
    "habitants",
    "maire",
    "conseil",
    "projet",
    "travaux",
    "tramway",
    "logement",
    "prix",
    "hausse",
    "baisse",
    "année",
    "semaine",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "janvier",
    "février",
    "mars",
    "a",
    "annoncé",
    "a",
    "déclaré",
    "selon",
    "estime",
    "affirme",
    "dénonce",
    "salue",
    "propose",
    "refuse",
    "confirme",
]
CATEGORIES = (
    "International",
    "Europe",
    "Politique",
    "Économie",
    "Société",
    "Culture",
    "Sport",
    "Planète",
    "Russie",
    "Ukraine",
    "Diplomatie",
    "Défense",
)
NOW = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)


def sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    return (" ".join(words)).capitalize()


def article(rng: random.Random, site: int, i: int) -> dict[str, object]:
    published = NOW - timedelta(minutes=rng.randint(0, 60 * 24 * 30))
    slug = f"{published:%Y/%m/%d}/article-{site}-{i}-{rng.randint(1000, 9999)}"
    return {
        "title": sentence(rng, rng.randint(6, 14)),
        "link": f"https://site{site}.example.fr/{slug}.html",
        "summary": " ".join(sentence(rng, rng.randint(12, 25)) + "." for _ in range(2)),
        "content": "".join(
            f"<p>{escape(sentence(rng, rng.randint(15, 40)))}.</p>" for _ in range(rng.randint(3, 8))
        ),
        "published": published,
        "categories": rng.sample(CATEGORIES, rng.randint(1, 3)),
        "author": rng.choice(["Service International", "AFP", "Marie Dupont", "Jean Martin"]),
    }


def rss20(site: int, items: list[dict[str, object]]) -> str:
    out = [
        f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>Site {site} – Actualités</title><link>https://site{site}.example.fr/</link>"
        "<description>Toute l’actualité</description><language>fr</language>"
    ]
    for it in items:
        out.append(
            f"<item><title>{escape(str(it['title']))}</title><link>{it['link']}</link>"
            f'<guid isPermaLink="true">{it["link"]}</guid>'
            f"<description>{escape(str(it['summary']))}</description>"
            f"<content:encoded><![CDATA[{it['content']}]]></content:encoded>"
            f"<pubDate>{format_datetime(it['published'])}</pubDate>"  # type: ignore[arg-type]
            f"<dc:creator>{escape(str(it['author']))}</dc:creator>"
            + "".join(f"<category>{escape(c)}</category>" for c in it["categories"])  # type: ignore[attr-defined]
            + "</item>"
        )
    out.append("</channel></rss>")
    return "".join(out)


def atom(site: int, items: list[dict[str, object]]) -> str:
    updated: datetime = max(it["published"] for it in items)  # type: ignore[type-var, assignment]
    out = [
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
        f'xml:lang="fr"><title>Site {site}</title><id>tag:site{site}.example.fr,2026:feed</id>'
        f'<link rel="alternate" href="https://site{site}.example.fr/"/>'
        f"<updated>{updated.isoformat()}</updated>"
    ]
    for it in items:
        out.append(
            f"<entry><title>{escape(str(it['title']))}</title>"
            f'<link rel="alternate" href="{it["link"]}"/><id>{it["link"]}</id>'
            f"<published>{it['published'].isoformat()}</published>"  # type: ignore[attr-defined]
            f"<updated>{it['published'].isoformat()}</updated>"  # type: ignore[attr-defined]
            f"<author><name>{escape(str(it['author']))}</name></author>"
            f"<summary>{escape(str(it['summary']))}</summary>"
            f'<content type="html">{escape(str(it["content"]))}</content>'
            + "".join(f'<category term="{escape(c)}"/>' for c in it["categories"])  # type: ignore[attr-defined]
            + "</entry>"
        )
    out.append("</feed>")
    return "".join(out)


def rss10(site: int, items: list[dict[str, object]]) -> str:
    out = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
        'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f'<channel rdf:about="https://site{site}.example.fr/rss"><title>Site {site}</title>'
        f"<link>https://site{site}.example.fr/</link><description>Actualités</description>"
        "<items><rdf:Seq>"
        + "".join(f'<rdf:li rdf:resource="{it["link"]}"/>' for it in items)
        + "</rdf:Seq></items></channel>"
    ]
    for it in items:
        out.append(
            f'<item rdf:about="{it["link"]}"><title>{escape(str(it["title"]))}</title>'
            f"<link>{it['link']}</link><description>{escape(str(it['summary']))}</description>"
            f"<dc:date>{it['published'].isoformat()}</dc:date>"  # type: ignore[attr-defined]
            + "".join(f"<dc:subject>{escape(c)}</dc:subject>" for c in it["categories"])  # type: ignore[attr-defined]
            + "</item>"
        )
    out.append("</rdf:RDF>")
    return "".join(out)


WRITERS = {".rss": rss20, ".atom": atom, ".rdf": rss10}


def generate(directory: Path, feeds: int = 300, seed: int = 1) -> list[Path]:
    """Write the corpus; returns the feed files in order."""
    rng = random.Random(seed)
    directory.mkdir(parents=True, exist_ok=True)
    shared: list[dict[str, object]] = []
    paths = []
    for site in range(feeds):
        items = [article(rng, site, i) for i in range(rng.randint(10, 100))]
        # About 5 % of the articles were already in another feed (wire stories).
        for _ in range(len(items) // 20):
            if shared:
                items[rng.randrange(len(items))] = dict(rng.choice(shared))
        shared.extend(rng.sample(items, min(3, len(items))))
        items.sort(key=lambda it: it["published"], reverse=True)  # type: ignore[arg-type,return-value]
        suffix = (".rss", ".rss", ".atom", ".rdf")[site % 4]
        path = directory / f"feed{site:04d}{suffix}"
        path.write_text(WRITERS[suffix](site, items), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--feeds", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    paths = generate(args.dir, args.feeds, args.seed)
    print(f"{len(paths)} feeds, {sum(p.stat().st_size for p in paths):,} bytes in {args.dir}")


if __name__ == "__main__":
    main()
