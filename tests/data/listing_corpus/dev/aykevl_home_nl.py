"""Real page: the home page of a Dutch developer's blog (aykevl.nl, Hugo, 2021), saved by
jakub-m/bulletin for its tests. The posts are in English, the dates in Dutch, and the document
declares no language. Ten <article class=post typeof=BlogPosting>: an <h1> title link, then
"<time datetime="2021-06-25T17:01:44+02:00" class=authored property=datePublished>25 juni
2021</time>" (Dutch month names: juni, februari, september, december…), then the
description. The machine date gives the minute, and is the publication (exact datetimes).
Entries: the ten posts. Not entries: the header (logo, "Ledstrip", "About me") and the
footer's "Archive". No bylines on the cards (authors None).
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "https://aykevl.nl/"
timezone = "Europe/Amsterdam"
now = datetime(2021, 9, 1, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://aykevl.nl/2021/06/what-is-int",
        "title": "What's the int type?",
        "published": datetime(2021, 6, 25, 15, 1, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://aykevl.nl/2021/02/avr-bitshift",
        "title": "Optimizing constant bitshifts on AVR",
        "published": datetime(2021, 2, 24, 16, 54, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://aykevl.nl/2020/09/gc-tinygo",
        "title": "Garbage collection in TinyGo",
        "published": datetime(2020, 9, 24, 20, 22, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://aykevl.nl/2020/09/tinygo-esp32",
        "title": "ESP32 and ESP8266 support in TinyGo",
        "published": datetime(2020, 9, 22, 11, 42, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://aykevl.nl/2020/06/simavr-debug",
        "title": "Debug AVR programs using simavr and avr-gdb",
        "published": datetime(2020, 6, 22, 19, 3, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://aykevl.nl/2019/12/colors",
        "title": "What RGB and sRGB mean",
        "published": datetime(2019, 12, 29, 15, 42, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://aykevl.nl/2019/09/samd21-dma",
        "title": "DMA on the SAMD21",
        "published": datetime(2019, 9, 19, 11, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://aykevl.nl/2019/07/tinygo-plaground-simulator",
        "title": "How the TinyGo playground simulates hardware",
        "published": datetime(2019, 7, 17, 18, 45, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://aykevl.nl/2019/04/llvm-from-go",
        "title": "LLVM from a Go perspective",
        "published": datetime(2019, 4, 28, 15, 21, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://aykevl.nl/2019/02/tinygo-goroutines",
        "title": "Goroutines in TinyGo",
        "published": datetime(2019, 2, 25, 12, 7, tzinfo=UTC),
        "author": None,
    },
]
