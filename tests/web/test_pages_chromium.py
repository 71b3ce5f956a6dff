"""The pages in a real browser, at a desktop's 1280 px and a phone's 375 px: headless
Chromium (driven over the DevTools pipe, tests/web/_cdp.py) loads each page from
``aggregator serve``; a screenshot shows a page, nothing is wider than the window, every
link on it that stays on this server answers, and the dark scheme follows the system."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import httpx
import pytest

from ._cdp import CHROMIUM, Browser
from .test_index_chromium import Server, _bytes_per_pixel, _png_chunks, server  # noqa: F401

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None, reason="Debian's chromium is not installed (apt-get install chromium)"
    ),
]

PAGES = ("/", "/tags/kremlin", "/tags/all", "/sources/lemonde", "/sources/gone")
WIDTHS = (1280, 375)
HEIGHT = 900
LAYOUT = (
    "JSON.stringify({scroll: document.scrollingElement.scrollWidth, inner: innerWidth,"
    " links: [...document.links].map(a => a.href),"
    " headlines: [...document.querySelectorAll('ol.entries h2 a')].map(a => a.href)})"
)


@pytest.mark.parametrize("width", WIDTHS)
def test_pages_render_fit_and_link_at_both_widths(
    server: Server,  # noqa: F811
    tmp_path: Path,
    width: int,
) -> None:
    links: set[str] = set()
    with Browser(tmp_path) as browser:
        for path in PAGES:
            browser.open(server.base + path, width, HEIGHT)
            layout = json.loads(browser.evaluate(LAYOUT))
            assert layout["inner"] == width
            assert layout["scroll"] <= layout["inner"], f"{path} scrolls sideways at {width} px"
            assert_a_page(browser.screenshot(), width, HEIGHT, path)
            links.update(layout["links"])
            if path == "/tags/kremlin":
                feed = httpx.get(f"{server.base}/feeds/kremlin.json", trust_env=False).json()
                assert layout["headlines"] == [i["url"] for i in feed["items"] if i.get("url")]
    # Ours: the pages, feeds and OPML of this server (articles and sources are elsewhere).
    local = sorted(h for h in links if h.startswith(server.base + "/"))
    assert len(local) > 20
    with httpx.Client(trust_env=False, timeout=10) as client:
        failing = {h: s for h in local if (s := client.get(h).status_code) != 200}
    assert failing == {}


def test_dark_scheme_follows_the_system(server: Server, tmp_path: Path) -> None:  # noqa: F811
    colours = {}
    with Browser(tmp_path) as browser:
        for scheme in ("light", "dark"):
            browser.call(
                "Emulation.setEmulatedMedia",
                session=True,
                features=[{"name": "prefers-color-scheme", "value": scheme}],
            )
            browser.open(f"{server.base}/tags/kremlin", 1280, HEIGHT)
            colours[scheme] = browser.evaluate(
                "[getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]"
            )
    assert colours["light"] != colours["dark"]
    assert luminance(colours["dark"][0]) < 0.2 < luminance(colours["dark"][1])
    assert luminance(colours["light"][0]) > 0.8 > luminance(colours["light"][1])


def luminance(css: str) -> float:
    r, g, b = (int(v) for v in css[css.index("(") + 1 : css.index(")")].split(",")[:3])
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255


def assert_a_page(png: bytes, width: int, height: int, path: str) -> None:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (width, height)
    pixels = zlib.decompress(b"".join(_png_chunks(png, b"IDAT")))
    stride = 1 + width * _bytes_per_pixel(png)
    rows = {pixels[i * stride + 1 : (i + 1) * stride] for i in range(height)}
    assert len(rows) > 40, f"{path} at {width} px: only {len(rows)} distinct rows of pixels"
