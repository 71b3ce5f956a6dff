"""The selectors a listing's reading reports (``detected``, shown by ``aggregator preview``)
are the same on every run: the item's class is the first the page writes that all items
share, not whichever a set happens to yield under this process's hash seed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aggregator.parse import parse_document

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)


def cards(classes: str) -> str:
    return "".join(
        f"<div class='{classes}'><h2><a href='/2026/11/{n + 1:02d}/story-{n}/'>"
        f"A story of the town number {n}</a></h2>"
        f"<time datetime='2026-11-{n + 1:02d}T10:00:00Z'>{n + 1} Nov 2026</time>"
        f"<p>An excerpt of story {n}, a line long.</p></div>"
        for n in range(5)
    )


@pytest.mark.parametrize(
    "classes",
    [
        "card relative bg-white",
        "teaser shadow rounded",
        "post flex gap",
        "entry mt border",
        "item w-full p-x",
        "tile grid col",
    ],
)
def test_the_items_selector_takes_the_first_class_all_items_share(classes: str) -> None:
    page = f"<html><body><main><section id='list'>{cards(classes)}</section></main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://town.example/", source_type="html", timezone="UTC", now=NOW
    )
    assert parsed.detected["item"].endswith(f"> div.{classes.split()[0]}")
