"""Rules learnt from the development corpus's pages added by branch freshA (two student
services organisations' news lists, studentenwerk_news_de and studierendenwerk_nachrichten_de),
each checked on a written page that fails without it."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2024, 9, 30, 21, 0, tzinfo=UTC)

HEAD = "<html lang='de'><head><title>News</title></head><body><main><h2>Aktuelles</h2>"

CARD = """<div class="article"><div class="category">{label}</div>
<header><h3><a title="{title}" href="/news/{slug}">{title}</a></h3></header>
<div class="teaser"><p>{teaser}</p></div></div>"""

ROWS = [
    ("schwimmbad", "Wohnen", "Das Schwimmbad öffnet wieder", "Führungen am 25. Juni 2023"),
    ("kantine", "Essen", "Neue Kantine im Süden", "Ein neuer Ort für die Mittagspause"),
    ("beratung", "Beratung", "Sprechstunden in der Beratung", "Persönlich, telefonisch und per Video"),
    ("preise", "Essen", "Preise für Gäste", "In unseren Kantinen ab 01.01.2024"),
    ("antrag", "Geld", "Den Antrag rechtzeitig stellen", "Was für das neue Semester zu tun ist"),
    ("wohnheim", "Wohnen", "Zimmer im Wohnheim", "Wie man sich bewirbt und was es kostet"),
    ("kaffee", "Essen", "Kaffee aus der Region", "An allen Standorten zu haben"),
    ("flohmarkt", "Campus", "Flohmarkt abgesagt", "Der Flohmarkt am 8. Juni 2024 fällt aus"),
    ("rat", "Beratung", "Rechtsberatung für alle", "Kostenlos und vertraulich für Studierende"),
    ("app", "Geld", "Die neue App", "Anträge jetzt auch auf dem Telefon"),
    ("treffen", "Essen", "Gemeinsam essen", "Jeden Freitag von 12:00 - 14:00 Uhr in der Kantine"),
    ("sommer", "Campus", "Sommerfest", "Musik, Essen und Spiele auf dem Campus"),
    ("preis", "Campus", "Ein Preis für gute Ideen", "Bewerbungen sind willkommen"),
    ("besteck", "Essen", "Bitte bringt das Besteck zurück", "Es fehlt in allen Kantinen"),
    ("stipendium", "Geld", "Das Stipendium", "Wer es bekommt und wie man sich bewirbt"),
    ("mensa", "Essen", "Die Mensa im Sommer", "Was geöffnet hat und was nicht"),
    ("tassen", "Essen", "Pfand für Tassen", "Damit das Geschirr zurückkommt"),
    ("fonds", "Geld", "Hilfe in der Not", "Schnelle Hilfe für Studierende"),
    ("wohngeld", "Geld", "Wohngeld für Studierende?", "Wann es das gibt"),
    ("wasser", "Essen", "Wasser für alle", "Neue Spender in der Kantine"),
]


def _parse(page: str) -> dict[str, datetime | None]:
    parsed = parse_document(
        page.encode(), url="https://werk.example/news", source_type="html", timezone="Europe/Berlin", now=NOW
    )
    return {e.link.rsplit("/", 1)[-1]: e.published for e in parsed.entries}


def test_dates_a_few_teasers_mention_in_plain_text_leave_the_list_undated() -> None:
    # A news list whose template prints no date: four of twenty teasers mention one in their
    # text (a tour "am 25. Juni 2023", prices "ab 01.01.2024", a cancelled market, a weekly
    # lunch "Jeden Freitag von 12:00 - 14:00 Uhr"), each a short line as a date line would be.
    # None is when the item was published.
    cards = "".join(CARD.format(slug=s, label=la, title=t, teaser=te) for s, la, t, te in ROWS)
    page = f"{HEAD}<div class='grid'>{cards}</div></main></body></html>"
    published = _parse(page)
    assert len(published) == len(ROWS)
    assert set(published.values()) == {None}


def test_a_date_line_on_every_card_is_kept() -> None:
    # The same list with a date line the template prints on each card, unmarked as well: the
    # list is dated, and each card by its own line.
    cards = "".join(
        CARD.format(slug=s, label=la, title=t, teaser=te).replace(
            "<header>", f"<div>{10 + i}.05.2024</div><header>"
        )
        for i, (s, la, t, te) in enumerate(ROWS)
    )
    page = f"{HEAD}<div class='grid'>{cards}</div></main></body></html>"
    published = _parse(page)
    assert all(value is not None for value in published.values())
    assert published["schwimmbad"] is not None and published["schwimmbad"].day == 10


def test_a_bare_mehr_opening_a_title_attribute_is_the_headline_s_word() -> None:
    # "Mehr" (more) is a "read more" prefix only before a separator or a quotation mark
    # ("Mehr: <title>"); a headline may begin with it ("Mehr Geld und flexibler"), and a card
    # whose heading holds no text is titled by its links' title attribute.
    card = (
        '<div class="article"><div class="category">{label}</div><h3>'
        '<a class="more" title="{title}" href="/news/{slug}"><img src="/{slug}.jpg" alt=""></a>'
        '</h3><div class="teaser"><p>{teaser}</p></div></div>'
    )
    rows = [
        ("geld", "Geld", "Mehr Geld und flexibler", "Die Reform im Überblick"),
        ("wohnraum", "Wohnen", "Mehr Wohnraum für Studierende", "Neue Zimmer in der Stadt"),
        ("kantine", "Essen", "Neue Kantine im Süden", "Ein neuer Ort für die Mittagspause"),
        ("app", "Geld", "Die neue App", "Anträge jetzt auch auf dem Telefon"),
        ("label", "Campus", "Mehr: Das Sommerfest", "Musik, Essen und Spiele"),
    ]
    cards = "".join(card.format(slug=s, label=la, title=t, teaser=te) for s, la, t, te in rows)
    page = f"{HEAD}<div class='grid'>{cards}</div></main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://werk.example/news", source_type="html", timezone="Europe/Berlin", now=NOW
    )
    titles = {e.link.rsplit("/", 1)[-1]: e.title for e in parsed.entries}
    assert titles["geld"] == "Mehr Geld und flexibler"
    assert titles["wohnraum"] == "Mehr Wohnraum für Studierende"
    assert titles["label"] == "Das Sommerfest"
