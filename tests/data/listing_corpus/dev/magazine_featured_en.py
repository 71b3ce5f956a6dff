"""Written page imitating a WordPress magazine theme's category archive (en-US): an "Editor's
picks" block above the archive with two featured posts from other categories (one link each,
wrapping image, "Featured" label and <h3>): not entries of this archive. Then <article
class=hentry> cards: a thumbnail link, a category label link, an <h2 class=entry-title> link, an
avatar, the author link, "<time datetime="2026-12-01T08:15:00-06:00">December 1, 2026</time>"
(the datetime carries the time) and "6 min read", and an excerpt.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://prairiebytes.example.com/category/smart-home/"
timezone = "America/Chicago"
now = datetime(2026, 12, 2, 15, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://prairiebytes.example.com/2026/12/home-assistant-2026-12/",
        "title": "Home Assistant 2026.12: what changed for Zigbee users",
        "published": datetime(2026, 12, 1, 14, 15, tzinfo=UTC),
        "author": "Kim Olsen",
    },
    {
        "link": "https://prairiebytes.example.com/2026/11/self-hosting-photos/",
        "title": "Self-hosting your photos without losing a weekend",
        "published": datetime(2026, 11, 27, 22, 40, tzinfo=UTC),
        "author": "Ravi Menon",
    },
    {
        "link": "https://prairiebytes.example.com/2026/11/raspberry-pi-thermostat/",
        "title": "A Raspberry Pi thermostat, one winter later",
        "published": datetime(2026, 11, 21, 16, 0, tzinfo=UTC),
        "author": "Kim Olsen",
    },
    {
        "link": "https://prairiebytes.example.com/2026/11/nas-drives-compared/",
        "title": "NAS drives compared: what the spec sheets leave out",
        "published": datetime(2026, 11, 14, 15, 30, tzinfo=UTC),
        "author": "Ravi Menon",
    },
    {
        "link": "https://prairiebytes.example.com/2026/11/mesh-wifi-farmhouse/",
        "title": "Mesh Wi-Fi in a 1900s farmhouse",
        "published": datetime(2026, 11, 6, 19, 5, tzinfo=UTC),
        "author": "Jo Whitaker",
    },
]
