"""Expected parse of courrier.rdf: RSS 1.0 (RDF) with dc:date and dc:subject."""

from datetime import UTC, datetime

from aggregator.types import FeedInfo, RawEntry

url = "https://www.courrier.example/rss"
kind = "rss10"

feed = FeedInfo(
    title="Courrier - Russie",
    link="https://www.courrier.example/russie",
    subtitle="La Russie vue par la presse étrangère",
)

entries = (
    RawEntry(
        id="https://www.courrier.example/russie/peskov-europe",
        link="https://www.courrier.example/russie/peskov-europe",
        title="Pour Peskov, l’Europe « change de ton »",
        summary="Le porte-parole estime que les positions européennes évoluent.",
        # dc:date is the only date of RSS 1.0; feedparser reads it as "updated". 14:00 +03:00
        updated=datetime(2026, 1, 18, 11, 0, tzinfo=UTC),
        categories=("Élysée",),
    ),
    RawEntry(
        id="https://www.courrier.example/russie/ble",
        link="https://www.courrier.example/russie/ble",
        title="Les exportations de blé atteignent un record",
        summary="Les ports de la mer Noire tournent à plein régime.",
        updated=datetime(2026, 1, 12, 5, 0, tzinfo=UTC),
    ),
)
