"""Expected parse of quirks.rss: RSS 2.0 as real sites write it."""

from datetime import UTC, datetime

from aggregator.types import Enclosure, FeedInfo, RawEntry

url = "https://quirks.example/monde/feed.xml"
kind = "rss20"

feed = FeedInfo(
    title="Quirks & Co",
    # A relative channel link, resolved against the feed URL.
    link="https://quirks.example/monde/",
    subtitle="Un flux qui fait tout de travers",
)

entries = (
    RawEntry(
        id="quirks-1",
        title="Seulement du contenu",
        # content:encoded and no <description>: no summary, and no escaped copy of the content.
        summary=None,
        content="<p>Le corps <b>complet</b> de l’article.</p>",
        # RSS <author> is "email (Name)": the name is kept.
        author="Jean Dupont",
        published=datetime(2026, 1, 20, 10, 0, tzinfo=UTC),
        # Repeated categories are given once.
        categories=("Russie", "Élysée"),
    ),
    RawEntry(
        link="https://quirks.example/monde/2026/01/19/auteur.html",
        title="Auteur au long domaine",
        summary="Sans guid : le lien sert d’identifiant.",
        # "email (Name)" with a top-level domain longer than 4 letters.
        author="La Rédaction",
        # 23:30 -0500 is 04:30 UTC the next day.
        published=datetime(2026, 1, 20, 4, 30, tzinfo=UTC),
    ),
    RawEntry(
        link="https://quirks.example/monde/pieces-jointes",
        title="Pièces jointes",
        author="redaction@example.org",
        # As written: normalize.py drops the javascript: one and resolves the relative one.
        enclosures=(
            Enclosure(url="https://cdn.quirks.example/a.mp3", type="audio/mpeg", length=12),
            Enclosure(url="javascript:alert(1)", type="text/html", length=None),
            Enclosure(url="/img/photo.jpg", type="image/jpeg", length=None),
        ),
    ),
    RawEntry(
        link="javascript:alert(1)",
        title="Lien piégé",
        summary="Un lien javascript: ne doit pas survivre.",
        published=datetime(2026, 1, 18, 12, 0, tzinfo=UTC),
    ),
    RawEntry(id="quirks-1", title="Doublon plus ancien", summary="Même guid que le premier article."),
    RawEntry(),
)
