"""The HTML index in a real browser: headless Chromium (Debian's ``chromium``) loads ``/``
from ``aggregator serve`` on 127.0.0.1, after ``aggregator fetch`` against the local feed
server; the rendered DOM has the tags, subscribe links, source health and autodiscovery
links, a screenshot shows a page, and every link on it answers 200."""

from __future__ import annotations

import os
import shutil
import signal
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import httpx
import lxml.html
import pytest

from aggregator.cli import main
from aggregator.config import Config

from .conftest import BASE_URL, site_toml
from .test_views import ALL_TITLES, KREMLIN, RUSSIE

CHROMIUM = shutil.which("chromium")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="Debian's chromium is not installed (apt-get install chromium): "
        "the index page is not tested in a browser",
    ),
]

#: Seconds for the server to start and stop, and for one Chromium run.
START_TIMEOUT = 60
STOP_TIMEOUT = 20
CHROMIUM_TIMEOUT = 90
WINDOW = (1280, 1600)
FORMATS = ("atom", "rss", "json")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)


#: Ports tried for the server before the test fails.
PORT_TRIES = 3


def free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    base: str
    config: Config
    #: URL of the source that fails (the feed server answers 404 for it).
    broken_url: str


@pytest.fixture
def server(
    write_config: Callable[..., Config], feed_url: Callable[[str], str], tmp_path: Path
) -> Iterator[Server]:
    broken_url = feed_url("missing.rss")
    text = site_toml(feed_url, extra=f'\n[[sources]]\nname = "gone"\nurl = "{broken_url}"\n')
    log = tmp_path / "serve.log"
    env = {k: v for k, v in os.environ.items() if not k.startswith("AGGREGATOR_")}
    # A free port can be taken by another test between its choice and the server's bind: a
    # new one is tried then, at most PORT_TRIES times.
    for attempt in range(PORT_TRIES):
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        served = f'host = "127.0.0.1"\nport = {port}\nbase_url = "{base}"'
        config = write_config(text.replace(f'base_url = "{BASE_URL}"', served))
        assert config.path is not None
        if attempt == 0:
            assert main(["fetch", "--config", str(config.path), "--log-level", "WARNING"]) == 0
        with log.open("wb") as out:
            proc = subprocess.Popen(
                [sys.executable, "-m", "aggregator", "serve", "--config", str(config.path)],
                stdout=out,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                env=env,
                cwd=config.path.parent,
            )
        if _wait_until_up(proc, f"{base}/healthz", log, retry=attempt + 1 < PORT_TRIES):
            break
    try:
        yield Server(base, config, broken_url)
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=STOP_TIMEOUT) == 0, log.read_text()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=STOP_TIMEOUT)


def _wait_until_up(proc: subprocess.Popen[bytes], url: str, log: Path, *, retry: bool = False) -> bool:
    """True once the server answers; False when it could not bind its port and ``retry``."""
    deadline = time.monotonic() + START_TIMEOUT
    with httpx.Client(trust_env=False, timeout=2) as client:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                if retry and "Address already in use" in log.read_text():
                    return False
                pytest.fail(f"server exited with {proc.returncode}:\n{log.read_text()}")
            try:
                client.get(url)
                return True
            except httpx.TransportError:
                time.sleep(0.1)
    proc.kill()
    proc.wait(timeout=STOP_TIMEOUT)
    pytest.fail(f"server did not answer within {START_TIMEOUT}s:\n{log.read_text()}")


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """One headless Chromium run, with a profile and a HOME of its own."""
    assert CHROMIUM is not None
    profile = tmp_path / "chromium-profile"
    home = tmp_path / "chromium-home"
    home.mkdir(exist_ok=True)
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY")
    }
    env["HOME"] = str(home)
    try:
        return subprocess.run(
            [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            timeout=CHROMIUM_TIMEOUT,
            env=env,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    except subprocess.TimeoutExpired as e:
        pytest.fail(f"chromium did not finish within {CHROMIUM_TIMEOUT}s: {e.stderr!r}")


def rendered_dom(tmp_path: Path, url: str) -> lxml.html.HtmlElement:
    run = chromium(tmp_path, "--dump-dom", url)
    assert run.returncode == 0, run.stderr.decode(errors="replace")[-2000:]
    assert b"<html" in run.stdout, run.stderr.decode(errors="replace")[-2000:]
    return lxml.html.fromstring(run.stdout)


def test_index_renders_in_chromium(server: Server, tmp_path: Path) -> None:
    doc = rendered_dom(tmp_path, f"{server.base}/")
    base = server.base
    assert doc.findtext(".//title") == "aggregator — tag feeds"
    assert doc.xpath("//h1")[0].text_content().strip() == "aggregator"

    # autodiscovery: every tag feed and "all", as Atom, in the head
    alternates = {
        link.get("href"): link.get("title")
        for link in doc.xpath("//head/link[@rel='alternate'][@type='application/atom+xml']")
    }
    tags_table, sources_table = doc.xpath("//table")[:2]
    counts = {}
    for row in tags_table.xpath(".//tbody/tr"):
        slug = row.xpath(".//code/text()")[0].strip()
        counts[slug] = int(row.xpath("./td[contains(@class, 'num')]")[0].text_content())
        links = {
            a.text_content().strip(): a.get("href") for a in row.xpath(".//td[contains(@class, 'formats')]/a")
        }
        assert links == {
            "Atom": f"{base}/feeds/{slug}.atom",
            "RSS": f"{base}/feeds/{slug}.rss",
            "JSON": f"{base}/feeds/{slug}.json",
        }, slug
        assert f"{base}/feeds/{slug}.atom" in alternates, slug
    assert counts["all"] == len(ALL_TITLES)
    assert counts["kremlin"] == len(KREMLIN)
    assert counts["russie"] == len(RUSSIE)
    assert counts["tmp-x"] == 1
    assert set(alternates) == {f"{base}/feeds/{slug}.atom" for slug in counts}

    health = {}
    for row in sources_table.xpath(".//tbody/tr"):
        feed = row.xpath(".//td[contains(@class, 'formats')]/a/@href")[0]
        name = feed.rsplit("/", 1)[1].removesuffix(".atom")
        health[name] = " ".join(row.xpath("./td")[3].text_content().split())
        assert feed == f"{base}/sources/{name}.atom"
        assert row.xpath(".//time[@datetime]"), f"{name}: no last fetch shown"
    assert set(health) == {"lemonde", "france24", "courrier", "gone"}
    for name in ("lemonde", "france24", "courrier"):
        assert health[name].startswith("ok"), health
    assert health["gone"].startswith("error") and "404" in health["gone"], health
    assert doc.xpath("//tr[.//a[@href=$url]]//*[contains(@class, 'error')]", url=server.broken_url)


def test_index_screenshot(server: Server, tmp_path: Path) -> None:
    png = tmp_path / "index.png"
    run = chromium(
        tmp_path,
        f"--screenshot={png}",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
        "--hide-scrollbars",
        f"{server.base}/",
    )
    assert run.returncode == 0, run.stderr.decode(errors="replace")[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == WINDOW
    assert len(data) > 20_000, f"a {len(data)}-byte screenshot is an empty page"
    # Many distinct rows of pixels: text and tables, not a blank or single-colour page.
    pixels = zlib.decompress(b"".join(_png_chunks(data, b"IDAT")))
    stride = 1 + width * _bytes_per_pixel(data)
    rows = {pixels[i * stride + 1 : (i + 1) * stride] for i in range(height)}
    assert len(rows) > 100, f"only {len(rows)} distinct rows of pixels"


def _png_chunks(data: bytes, kind: bytes) -> Iterator[bytes]:
    pos = 8
    while pos < len(data):
        length, chunk = struct.unpack(">I4s", data[pos : pos + 8])
        if chunk == kind:
            yield data[pos + 8 : pos + 8 + length]
        pos += 12 + length


def _bytes_per_pixel(data: bytes) -> int:
    bit_depth, colour_type = data[24], data[25]
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour_type]
    return max(1, channels * bit_depth // 8)


def test_every_link_on_the_rendered_index_resolves(server: Server, tmp_path: Path) -> None:
    page = f"{server.base}/"
    doc = rendered_dom(tmp_path, page)
    hrefs = sorted({urljoin(page, href) for href in doc.xpath("//a/@href | //link/@href")})
    assert len(hrefs) > 20
    statuses = {}
    with httpx.Client(trust_env=False, timeout=10) as client:
        for href in hrefs:
            assert urlsplit(href).hostname in ("127.0.0.1", "localhost"), href  # loopback only
            statuses[href] = client.get(href).status_code
    # the failing source's own URL is linked, and is the one link that does not answer 200
    assert statuses.pop(server.broken_url) == 404
    assert {href: status for href, status in statuses.items() if status != 200} == {}
    for fmt in FORMATS:
        assert f"{server.base}/feeds/kremlin.{fmt}" in statuses
    assert f"{server.base}/opml" in statuses and f"{server.base}/healthz" in statuses
