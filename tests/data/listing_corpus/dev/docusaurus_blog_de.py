"""Written page rendered by hand from Docusaurus's classic theme as a static build prints the
blog list page (facebook/docusaurus, packages/docusaurus-theme-classic/src/theme/BlogPostItem/:
Header/Title/index.tsx and Header/Author/index.tsx @ e0da5cf0b93050ce8a2f95921478d1f51bf3d75a,
Header/Info/index.tsx @ 41449e19dae97d627d676e97dabac46256afeba8, Header/Authors/index.tsx @
e01fe925170b30c665da8a587e16de8f4e950a2f; MIT), German locale (lang=de): each <article
class=margin-bottom--xl> has an <h2> link, "<time datetime='2026-12-02T00:00:00.000Z'>2. Dezember
2026</time> · 6 Min. Lesezeit", then the authors as avatars (a photo whose alt is the name, the
name in <div class=avatar__name>, linked to a GitHub profile or not, and a role under it in
<small class=avatar__subtitle>: "Maintainerin", "Core-Team"), the first paragraph and
"Weiterlesen". CSS-module class names carry build hashes. The left sidebar "Neueste Beiträge"
repeats the five newest posts in the same <a> markup. Dates are days (the datetime is midnight
UTC of the day shown). Posts by two authors are left without an author expectation (the reader
keeps one name); the others are scored.
"""

from datetime import UTC, date, datetime

url = "https://docs.kartenwerk.example.de/blog"
timezone = "Europe/Berlin"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://docs.kartenwerk.example.de/blog/2026/12/02/version-4-0",
        "title": "Kartenwerk 4.0 ist erschienen",
        "published": date(2026, 12, 2),
    },
    {
        "link": "https://docs.kartenwerk.example.de/blog/2026/11/24/offline-karten",
        "title": "Offline-Karten im Browser mit Service Workern",
        "published": date(2026, 11, 24),
        "author": "Tobias Rehm",
    },
    {
        "link": "https://docs.kartenwerk.example.de/blog/2026/11/17/barrierefreie-karten",
        "title": "Barrierefreie Karten: was wir gelernt haben",
        "published": date(2026, 11, 17),
        "author": "Sofia Marković",
    },
    {
        "link": "https://docs.kartenwerk.example.de/blog/2026/11/09/migration-von-3x",
        "title": "Migration von 3.x: Schritt für Schritt",
        "published": date(2026, 11, 9),
        "author": "Lena Brandt",
    },
    {
        "link": "https://docs.kartenwerk.example.de/blog/2026/10/30/community-treffen",
        "title": "Rückblick auf das Community-Treffen in Leipzig",
        "published": date(2026, 10, 30),
    },
    {
        "link": "https://docs.kartenwerk.example.de/blog/2026/10/21/projektionen",
        "title": "Kartenprojektionen ohne Kopfschmerzen",
        "published": date(2026, 10, 21),
        "author": "Tobias Rehm",
    },
    {
        "link": "https://docs.kartenwerk.example.de/blog/2026/10/12/neue-geocoder-schnittstelle",
        "title": "Eine neue Schnittstelle für Geocoder",
        "published": date(2026, 10, 12),
        "author": "Lena Brandt",
    },
    {
        "link": "https://docs.kartenwerk.example.de/blog/2026/10/03/release-3-9",
        "title": "Kartenwerk 3.9: das letzte Release der Reihe 3",
        "published": date(2026, 10, 3),
        "author": "Tobias Rehm",
    },
]
