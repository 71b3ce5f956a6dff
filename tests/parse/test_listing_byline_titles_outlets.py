"""A byline's name as newspapers and German columns write it: a doctor's field after "Dr."
stays part of the name ("Eine Kolumne von Dr. med. Yael Adler"; tonline_front_de's column was
credited to no one), and what follows a comma is cut when it is the writer's job ("Ann Lee,
Globe Staff") or the outlet ("Ann Lee, The Washington Post", "Max Muster, Der Spiegel"), not a
co-author ("Anne Roe, Lisa Tee" stays) (issue 12: held-out listing authors).
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2014, 6, 1, tzinfo=UTC)


def authors(bylines: list[str], lang: str = "en") -> list[str | None]:
    cards = "".join(
        f"<li class='story'><h3><a href='/news/2014/0{i + 1}/story-{i}'>A headline about the city council"
        f" vote number {i}</a></h3><p class='by'>{byline}</p><p>Some teaser sentence about the council"
        " and its vote today.</p></li>"
        for i, byline in enumerate(bylines)
    )
    page = f"<html lang='{lang}'><body><ul class='stories'>{cards}</ul></body></html>"
    entries = parse_document(
        page.encode(), url="https://paper.example/", source_type="html", timezone="UTC", now=NOW
    ).entries
    return [e.author for e in entries]


def test_a_job_or_an_outlet_after_the_comma_is_cut() -> None:
    bylines = ["By Ann Lee, Globe Staff", "By Mark Twain, The Washington Post", "By Anne Roe, Lisa Tee"]
    assert authors(bylines) == ["Ann Lee", "Mark Twain", "Anne Roe, Lisa Tee"]


def test_a_doctors_field_is_part_of_the_name() -> None:
    bylines = [
        "Eine Kolumne von Dr. med. Yael Adler",
        "Von Max Muster, Der Spiegel",
        "Von Dr. rer. nat. Anna Weber",
    ]
    assert authors(bylines, "de") == ["Dr. med. Yael Adler", "Max Muster", "Dr. rer. nat. Anna Weber"]
