"""An h-entry's properties are its own, not those of a microformat nested in it (microformats2
parsing): a check-in's venue card (``u-checkin h-card``) has its own ``u-url`` (the venue's
page elsewhere) and ``p-name``; the entry's link is the entry's ``u-url`` after it.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2018, 2, 14, 12, 0, tzinfo=UTC)


def test_a_nested_cards_url_is_not_the_entrys_link() -> None:
    items = "".join(
        f"<li class='h-entry'><div class='u-checkin h-card'>at <a class='u-url p-name' "
        f"href='https://venues.example/v/{i}'>Coffee place {i}</a> "
        f"<span class='p-locality'>Portland</span></div>"
        f"<div class='e-content p-name'>A short note about the day, number {i}</div>"
        f"<a class='u-url' href='/2018/02/1{i}/{i}/'><time class='dt-published' "
        f"datetime='2018-02-1{i}T14:5{i}:00-08:00'>Feb 1{i}, 2018 2:5{i}pm</time></a></li>"
        for i in range(1, 4)
    )
    body = f"<html><head><title>Home</title></head><body><ul class='stream'>{items}</ul></body></html>"
    parsed = parse_document(
        body.encode(), url="https://me.example/", source_type="html", timezone="America/Los_Angeles", now=NOW
    )
    assert [(e.link, e.published) for e in parsed.entries] == [
        (f"https://me.example/2018/02/1{i}/{i}/", datetime(2018, 2, 10 + i, 22, 50 + i, tzinfo=UTC))
        for i in range(1, 4)
    ]
