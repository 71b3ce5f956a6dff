"""Expected parse of jsonfeed10.json (JSON Feed 1.0: one "author" object per item)."""

from datetime import UTC, datetime

from aggregator.types import FeedInfo, RawEntry

url = "https://json10.example/feed.json"
kind = "json1"

feed = FeedInfo(title="Ancien format", link="https://json10.example/", subtitle=None)

entries = (
    RawEntry(
        id="1",
        link="https://json10.example/1",
        title="Premier",
        content="Bonjour\nle monde",
        author="Jean Dupont",
        # A date without offset is taken as UTC.
        published=datetime(2026, 1, 18, 9, 0, tzinfo=UTC),
    ),
    RawEntry(
        id="2",
        link="https://json10.example/2",
        title="Second",
        content="<p>Second</p>",
        # An author object without a name gives no author.
        author=None,
    ),
)
