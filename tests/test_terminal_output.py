"""Terminal output (issue 13): ``preview``, ``sources``, ``tags`` and ``fetch`` print what
remote sites sent without its escape sequences and control characters; ``--json`` keeps
them, escaped."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from pytest_httpserver import HTTPServer

from aggregator.cli import main
from aggregator.config import Config

#: Control bytes a hostile page may smuggle into a title, a summary or a category.
CONTROLS = ("\x1b", "\x9b", "\x9d", "\x07", "\x00", "\x7f")


def hostile_terminal_feed() -> bytes:
    # Raw C1 characters are legal XML 1.0; ESC and BEL arrive escaped twice in HTML
    # (&amp;#27; in the XML is "&#27;" in the summary's markup, ESC once read as text).
    return (
        """<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>
<title>Feed \u009b2J title</title><link>https://t.example/</link><description>d</description>
<item><title>Entry \u009b31m red \u009d0;owned\u009c</title>
<link>https://t.example/a</link><guid>https://t.example/a</guid>
<category>cat \u009b2J</category>
<description>&lt;p&gt;before &amp;#27;[2J&amp;#27;]0;pwned&amp;#7; after&lt;/p&gt;</description>
</item></channel></rss>"""
    ).encode()


def test_preview_sources_and_tags_print_no_control_sequences(
    write_config: Callable[..., Config], httpserver: HTTPServer, capsys: pytest.CaptureFixture[str]
) -> None:
    httpserver.expect_request("/t.rss").respond_with_data(
        hostile_terminal_feed(), content_type="application/rss+xml"
    )
    url = httpserver.url_for("/t.rss")
    config = write_config(f'[[sources]]\nname = "t"\nurl = "{url}"\ncategory_tags = true\n')
    assert main(["preview", url, "--config", str(config.path)]) == 0
    out = capsys.readouterr().out
    assert "before" in out and "after" in out and "red" in out
    assert not [c for c in CONTROLS if c in out], repr(out)

    assert main(["fetch", "--config", str(config.path)]) == 0
    for command in (["sources"], ["tags"]):
        capsys.readouterr()
        assert main([*command, "--config", str(config.path)]) == 0
        out = capsys.readouterr().out
        assert not [c for c in CONTROLS if c in out], (command, repr(out))
    # JSON keeps the characters, escaped: a script reads exactly what was sent.
    assert main(["tags", "--json", "--config", str(config.path)]) == 0
    out = capsys.readouterr().out
    assert not [c for c in CONTROLS if c in out], repr(out)
    titles = {t["slug"]: t["title"] for t in json.loads(out)}
    assert "\u009b" in titles["cat-2j"]
