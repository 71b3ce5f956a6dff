"""Real page: the front page of the Google Cloud Blog (cloud.google.com/blog/, an Angular app
rendered to HTML), saved by damoeb/feedless for its tests. A featured article (a link wrapping an
eyebrow "Sustainability", the <h3> headline, a teaser and a "Read Article" button), then an
"article up" grid whose cards are single links holding an eyebrow (product or topic) and an <h4>
headline. The eyebrow is a kicker, not part of the title. No dates or bylines on the cards.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://cloud.google.com/blog/"
timezone = "America/Los_Angeles"
now = datetime(2021, 12, 2, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://cloud.google.com/blog/topics/sustainability/5-years-of-100-percent-renewable-energy",
        "title": "Five years of 100% renewable energy – and a look ahead to a 24/7 carbon-free future",
        "published": None,
        "author": None,
    },
    {
        "link": "https://cloud.google.com/blog/topics/sustainability/announcing-climate-insights-for-public-sector-organizations",
        "title": "Google Cloud launches new sustainability offerings to help public sector agencies improve climate resilience",
        "published": None,
        "author": None,
    },
    {
        "link": "https://cloud.google.com/blog/products/workspace/make-software-development-much-more-agile-with-google-workspace",
        "title": "Improving developer agility and efficiency with Google Workspace",
        "published": None,
        "author": None,
    },
    {
        "link": "https://cloud.google.com/blog/topics/retail/google-survey-finds-retailers-struggle-with-sustainability",
        "title": "Retailers see urgent need for sustainability, but lack direction",
        "published": None,
        "author": None,
    },
    {
        "link": "https://cloud.google.com/blog/products/databases/postgresql-interface-for-spanner-now-ga",
        "title": "Introducing PostgreSQL interface for Spanner: availability at scale with the interface you know",
        "published": None,
        "author": None,
    },
    {
        "link": "https://cloud.google.com/blog/products/identity-security/how-slsa-and-sbom-can-help-healthcare-resiliency",
        "title": "How SLSA and SBOM can help healthcare's cybersecurity resiliency",
        "published": None,
        "author": None,
    },
    {
        "link": "https://cloud.google.com/blog/products/maps-platform/introducing-data-driven-styling",
        "title": "Announcing Data-driven styling: style Google map boundaries to convey key information",
        "published": None,
        "author": None,
    },
]
