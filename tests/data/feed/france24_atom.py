"""Expected parse of france24.atom: Atom 1.0 with an HTML title, a relative link, xhtml
content and an entry with only <updated>."""

from datetime import UTC, datetime

from aggregator.types import FeedInfo, RawEntry

url = "https://www.france24.example/fr/europe/rss"
kind = "atom10"

feed = FeedInfo(title="France 24 - Europe", link="https://www.france24.example/fr/europe/", subtitle=None)

entries = (
    RawEntry(
        id="tag:france24.example,2026:20260120-ukraine-rencontre",
        link="https://www.france24.example/fr/europe/20260120-ukraine-rencontre",
        title="Guerre en Ukraine : rencontre entre <em>Poutine</em> et des envoyés américains",
        title_is_html=True,
        summary="<p>Le Kremlin a annoncé la fin de la réunion entre le président russe et des "
        "émissaires américains.</p>",
        author="France 24",
        # 09:30 and 10:00 +01:00
        published=datetime(2026, 1, 20, 8, 30, tzinfo=UTC),
        updated=datetime(2026, 1, 20, 9, 0, tzinfo=UTC),
        categories=("Europe",),
    ),
    RawEntry(
        id="tag:france24.example,2026:20260115-dialogue",
        link="https://www.france24.example/fr/europe/20260115-kremlin-dialogue-europe",
        title="Le Kremlin salue la volonté de certains pays européens de renouer le dialogue",
        # The entry has no <summary>: feedparser copies the content into "summary", which must
        # not come back as a second, escaped copy of the markup.
        summary=None,
        content="<p>Moscou voit un signal « positif » venu d’Europe.</p><script>alert(3)</script>",
        published=datetime(2026, 1, 15, 12, 0, tzinfo=UTC),
        updated=datetime(2026, 1, 15, 12, 0, tzinfo=UTC),
    ),
    RawEntry(
        id="tag:france24.example,2026:psg",
        link="https://www.france24.example/fr/sports/psg",
        title="Football : le PSG s'impose",
        summary="Une victoire nette au Parc des Princes.",
        updated=datetime(2026, 1, 14, 21, 0, tzinfo=UTC),
    ),
)
