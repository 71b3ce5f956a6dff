"""A headline that opens with a quote or an ellipsis of its own, glued to its first word
("»Wir schaffen das«", "...очки, дешевые науки и безопасность"), is a headline, not a "read
more" link: the punctuation of ``READ_MORE`` ("»", "...") is a read-more marker only when the
words after it are one ("»mehr", "...Read more") (issue 12; the dev page showing it:
civfanatics_articles_ru, whose headline opening with "..." was taken for chrome).
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.parse.listing._title import is_read_more

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
TITLES = [
    "»Wir schaffen das«",
    "Neue Brücke über den Rhein eröffnet",
    "...und dann kam der Regen",
    "Stadtrat beschließt den Haushalt",
    "Schulen bleiben am Montag geschlossen",
]


def titles() -> list[str | None]:
    cards = "".join(
        f"<article><a href='/artikel/meldung-{n}.html'>{title}</a>"
        f"<p>Was geschah, kurz erzählt, in der Meldung Nummer {n}.</p>"
        f"<a href='/artikel/meldung-{n}.html'>»mehr</a></article>"
        for n, title in enumerate(TITLES)
    )
    page = f"<html lang='de'><body><main>{cards}</main></body></html>"
    entries = parse_document(
        page.encode(), url="https://zeitung.example/", source_type="html", timezone="UTC", now=NOW
    ).entries
    return [e.title for e in entries]


def test_a_card_whose_only_headline_opens_with_a_quote_keeps_it_as_its_title() -> None:
    # A guard: the card's other link ("»mehr") must not be taken for its headline either.
    assert titles() == TITLES


def test_the_marker_before_read_more_words_is_still_read_more() -> None:
    assert is_read_more("»mehr")
    assert is_read_more("...Read more")
    assert is_read_more("»Weiterlesen")
    assert not is_read_more("»Wir schaffen das«")
    assert not is_read_more("...очки, дешевые науки и безопасность")
