"""Expected parse of jsonfeed11.json (JSON Feed 1.1). Plain-text fields (summary,
content_text) come back escaped as HTML; URLs are left as written."""

from datetime import UTC, datetime

from aggregator.types import Enclosure, FeedInfo, RawEntry

url = "https://json.example/feed.json"
kind = "json11"

feed = FeedInfo(title="Kremlin en bref", link="https://json.example/", subtitle="Brèves sur la Russie")

entries = (
    RawEntry(
        id="https://json.example/2026/01/20/peskov",
        link="https://json.example/2026/01/20/peskov",
        title="Peskov répond à l’Europe",
        summary="Réponse &lt;courte&gt; &amp; sèche",
        content="<p>Le <b>Kremlin</b> a répondu.</p>",
        # Authors without a name are skipped.
        author="Anna Petrova, Ivan Sokolov",
        # 10:00 and 12:30 +03:00
        published=datetime(2026, 1, 20, 7, 0, tzinfo=UTC),
        updated=datetime(2026, 1, 20, 9, 30, tzinfo=UTC),
        categories=("Russie", "Diplomatie"),
        # An attachment without a URL is skipped.
        enclosures=(Enclosure(url="/audio/peskov.mp3", type="audio/mpeg", length=4096),),
    ),
    RawEntry(
        # A numeric id (JSON Feed 1.0 allowed it) becomes a string.
        id="42",
        link="https://other.example/analyse",
        content="Texte &lt;brut&gt; &amp; simple",
        published=datetime(2026, 1, 19, 8, 0, tzinfo=UTC),
    ),
    RawEntry(
        id="sans-date",
        link="/2026/01/sans-date",
        title="Date illisible",
        content="<p>x</p>",
        # Tags that are not non-empty strings are skipped.
        categories=("Politique",),
    ),
    # "pas un objet" is not an item.
)
