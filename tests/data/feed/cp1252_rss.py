"""Expected parse of cp1252.rss: an RSS 2.0 document encoded in, and declaring, windows-1252."""

from datetime import UTC, datetime

from aggregator.types import FeedInfo, RawEntry

url = "https://cp1252.example/feed.xml"
kind = "rss20"

feed = FeedInfo(
    title="Café ’quoted’ €",
    link="https://cp1252.example/",
    subtitle="Un flux en Windows-1252, déclaré comme tel",
)

entries = (
    RawEntry(
        id="https://cp1252.example/oeuvre",
        link="https://cp1252.example/oeuvre",
        title="L’œuvre coûte 5 € — « enfin »",
        summary="Première phrase… deuxième.",
        author="François Müller",
        published=datetime(2026, 1, 21, 8, 0, tzinfo=UTC),
        categories=("Société",),
    ),
)
