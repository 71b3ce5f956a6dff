"""Small article pages for the tests of parse/article.py, and reading them as enrichment does."""

from __future__ import annotations

import json

from aggregator.parse.article import read_article

URL = "https://www.example.org/2026/11/27/article/"


def page(head: str = "", body: str = "", lang: str = "fr", title: str = "Titre de l’onglet") -> bytes:
    return (
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title>{head}</head><body>{body}</body></html>"
    ).encode()


def jsonld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def read(body: bytes, **kw: object) -> object:
    return read_article(body, url=URL, headers={"content-type": "text/html; charset=utf-8"}, **kw)  # type: ignore[arg-type]
