"""parse/feed.py (through parse_document): RSS 0.9x/1.0/2.0 and Atom fixtures give exact entries,
and every hostile document of the adversarial corpus gives a ParseError or harmless entries."""

from __future__ import annotations

import functools
import io
import re
import runpy
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

import feedparser
import pytest
from _paths import ADVERSARIAL

from aggregator.exceptions import ParseError
from aggregator.normalize import MAX_HTML, MAX_TITLE, normalize_feed, sanitize_html
from aggregator.parse import parse_document
from aggregator.parse.feed import MAX_ENTRIES
from aggregator.types import EntryData, FeedInfo, ParsedFeed, RawEntry

DATA = Path(__file__).parents[1] / "data"

FEEDS = ("lemonde.rss", "france24.atom", "courrier.rdf", "quirks.rss", "cp1252.rss")

#: Characters XML 1.0 forbids: what feedgen and lxml refuse to write.
XML_ILLEGAL = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
#: Markup that must never survive sanitizing, in any HTML field.
DANGEROUS_HTML = re.compile(
    r"<\s*/?\s*(script|iframe|frame|object|embed|form|input|button|style|svg|math|link|meta|base)\b"
    r"|<[^>]*\s(on[a-z]+|style)\s*="
    r"|<[^>]*=\s*[\"']?\s*(javascript|vbscript|data):",
    re.I,
)


def expected(name: str) -> dict[str, Any]:
    """The expected-data module beside a fixture: lemonde.rss -> lemonde_rss.py."""
    return runpy.run_path(str(DATA / "feed" / (name.replace(".", "_") + ".py")))


@functools.cache
def parse_fixture(name: str) -> ParsedFeed:
    return parse_document((DATA / "feed" / name).read_bytes(), url=expected(name)["url"])


def rss(items: str, *, channel: str = "") -> bytes:
    """A minimal RSS 2.0 document around some <item>s."""
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>t</title>'
        f"<link>https://t.example/</link><description>d</description>{channel}{items}"
        "</channel></rss>"
    ).encode()


# -- fixtures: exact entries ------------------------------------------------------------------


@pytest.mark.parametrize("name", FEEDS)
def test_fixture_feed_info(name: str) -> None:
    want = expected(name)
    parsed = parse_fixture(name)
    assert parsed.kind == want["kind"]
    assert parsed.feed == want["feed"]
    assert len(parsed.entries) == len(want["entries"])


ENTRY_CASES = [(name, i) for name in FEEDS for i in range(len(expected(name)["entries"]))]


@pytest.mark.parametrize(("name", "index"), ENTRY_CASES, ids=[f"{n}[{i}]" for n, i in ENTRY_CASES])
def test_fixture_entry(name: str, index: int) -> None:
    # HTML fields are compared as normalize leaves them: feedparser's path and the fast path
    # (parse/_fastfeed.py) hand over the same markup, serialized differently, with relative
    # URLs resolved by one and by normalize for the other.
    base = expected(name)["url"]

    def comparable(entry: RawEntry) -> RawEntry:
        return replace(
            entry, summary=sanitize_html(entry.summary, base), content=sanitize_html(entry.content, base)
        )

    assert comparable(parse_fixture(name).entries[index]) == comparable(expected(name)["entries"][index])


@pytest.mark.parametrize("name", FEEDS)
def test_fixture_dates_are_utc(name: str) -> None:
    dates = [d for e in parse_fixture(name).entries for d in (e.published, e.updated) if d]
    assert dates
    assert all(d.tzinfo is UTC for d in dates)


def test_atom_entry_without_summary_has_no_escaped_copy_of_its_content() -> None:
    # feedparser copies <content> into "summary" without a summary_detail; read as plain text,
    # that copy becomes "&lt;p&gt;..." and readers would show the markup as text.
    entry = parse_fixture("france24.atom").entries[1]
    assert entry.content is not None
    assert entry.summary is None


def test_rss_item_with_only_content_encoded_has_no_summary() -> None:
    parsed = parse_document(
        rss(
            '<item xmlns:content="http://purl.org/rss/1.0/modules/content/"><title>x</title>'
            "<content:encoded><![CDATA[<p>Le <b>corps</b></p>]]></content:encoded></item>"
        ),
        url="https://t.example/feed",
    )
    entry = parsed.entries[0]
    assert entry.content == "<p>Le <b>corps</b></p>"
    assert entry.summary is None


@pytest.mark.parametrize(
    ("author", "name"),
    [
        ("jean.dupont@example.org (Jean Dupont)", "Jean Dupont"),
        ("redaction@lemonde.fr (La Rédaction)", "La Rédaction"),
        # Top-level domains longer than 4 letters: feedparser's own e-mail regex cuts them short.
        ("redaction@quirks.example (La Rédaction)", "La Rédaction"),
        ("x@news.museum (Bob)", "Bob"),
        ("Service International", "Service International"),
        ("bob@x.org", "bob@x.org"),
    ],
)
def test_rss_author(author: str, name: str) -> None:
    parsed = parse_document(
        rss(f"<item><title>x</title><author>{author}</author></item>"), url="https://t.example/feed"
    )
    assert parsed.entries[0].author == name


def test_pubdate_offsets_become_utc() -> None:
    parsed = parse_document(
        rss(
            "<item><title>a</title><pubDate>Mon, 19 Jan 2026 23:30:00 -0500</pubDate></item>"
            "<item><title>b</title><pubDate>Tue, 20 Jan 2026 01:00:00 +0300</pubDate></item>"
        ),
        url="https://t.example/feed",
    )
    a, b = parsed.entries
    assert a.published is not None and b.published is not None
    assert (a.published.isoformat(), b.published.isoformat()) == (
        "2026-01-20T04:30:00+00:00",
        "2026-01-19T22:00:00+00:00",
    )
    assert a.published.utcoffset() == timedelta(0)


def test_unparseable_dates_are_none() -> None:
    parsed = parse_document(
        rss("<item><title>a</title><pubDate>hier soir</pubDate></item>"), url="https://t.example/feed"
    )
    assert (parsed.entries[0].published, parsed.entries[0].updated) == (None, None)


def test_entries_are_capped() -> None:
    items = "".join(
        f'<item><title>{i}</title><guid isPermaLink="false">g{i}</guid></item>'
        for i in range(MAX_ENTRIES + 5)
    )
    parsed = parse_document(rss(items), url="https://t.example/feed")
    assert len(parsed.entries) == MAX_ENTRIES
    assert parsed.entries[0].id == "g0"
    assert parsed.entries[-1].id == f"g{MAX_ENTRIES - 1}"


# -- encodings ---------------------------------------------------------------------------------


def test_charset_from_the_http_header() -> None:
    # No XML declaration: only the Content-Type names the encoding.
    body = (
        rss("")
        .replace(b'<?xml version="1.0" encoding="utf-8"?>\n', b"")
        .replace(b"<title>t</title>", "<title>Café ’quoted’ €</title>".encode("cp1252"))
    )
    parsed = parse_document(
        body,
        url="https://t.example/feed",
        headers={"content-type": "application/rss+xml; charset=windows-1252"},
    )
    assert parsed.feed.title == "Café ’quoted’ €"


def test_cp1252_bytes_declared_utf8_are_read_as_cp1252() -> None:
    parsed = parse_document(
        (ADVERSARIAL / "wrong-charset-cp1252-declared-utf8.xml").read_bytes(),
        url="https://example.org/feed",
        source_type="feed",
    )
    assert parsed.feed.title == "Café ’quoted’ €"


# -- feedparser must never open a path or URL --------------------------------------------------


def test_feedparser_is_given_the_body_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    real_parse = feedparser.parse

    def spy(source: object, *args: Any, **kwargs: Any) -> Any:
        seen.append(source)
        return real_parse(source, *args, **kwargs)

    monkeypatch.setattr(feedparser, "parse", spy)
    # A DOCTYPE keeps the document away from the fast path (parse/_fastfeed.py): feedparser
    # reads it.
    body = (
        (DATA / "feed" / "lemonde.rss")
        .read_bytes()
        .replace(
            b"<rss ",
            b'<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
            b'"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n<rss ',
            1,
        )
    )
    parse_document(body, url="https://www.lemonde.example/rss")
    assert len(seen) == 1
    assert isinstance(seen[0], io.BytesIO)
    assert seen[0].getvalue() == body


def test_a_body_that_names_a_local_file_does_not_read_it(tmp_path: Path) -> None:
    local = tmp_path / "local.rss"
    local.write_bytes((DATA / "feed" / "lemonde.rss").read_bytes())
    # The hazard is real: given a str, feedparser opens the path.
    assert len(feedparser.parse(str(local)).entries) == 4
    with pytest.raises(ParseError):
        parse_document(str(local).encode(), url="https://t.example/feed", source_type="feed")


def test_body_is_a_local_path_corpus_file() -> None:
    with pytest.raises(ParseError):
        parse_document(
            (ADVERSARIAL / "body-is-a-local-path.txt").read_bytes(),
            url="https://example.org/feed",
            source_type="feed",
        )


# -- entities ----------------------------------------------------------------------------------

ENTITY_DOC = textwrap.dedent("""\
    <?xml version="1.0"?>
    <!DOCTYPE rss [<!ENTITY name "Kremlin">]>
    <rss version="2.0"><channel><title>&name;</title><link>https://e.example/</link>
    <description>d</description><item><title>i</title><guid>urn:x:1</guid></item></channel></rss>
    """)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_documents_declaring_entities_are_refused(encoding: str) -> None:
    with pytest.raises(ParseError, match="ENTITY"):
        parse_document(ENTITY_DOC.encode(encoding), url="https://e.example/feed")


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_entities_declared_after_the_first_mebibyte_are_refused(encoding: str) -> None:
    # A 1.1 MB comment inside the DOCTYPE hid the declaration from a check of the first MiB;
    # the liberal parser then expanded it without limit (2.1 MB of feed: 4.5 GB of memory).
    padding = "x" * 1_100_000
    doc = ENTITY_DOC.replace("<!DOCTYPE rss [", f"<!DOCTYPE rss [<!-- {padding} -->")
    with pytest.raises(ParseError, match="ENTITY"):
        parse_document(doc.encode(encoding), url="https://e.example/feed")


def test_doctype_without_entities_is_parsed() -> None:
    # RSS 0.91 feeds carry Netscape's DOCTYPE; the escaped "<!ENTITY" in the text is not one.
    body = (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"'
        b' "http://127.0.0.1:9/rss-0.91.dtd">\n<rss version="0.91"><channel><title>Old &amp; gold'
        b"</title><link>https://old.example/</link><description>about &lt;!ENTITY x&gt;</description>"
        b"<item><title>one</title><link>https://old.example/1</link></item></channel></rss>"
    )
    parsed = parse_document(body, url="https://old.example/rss")
    assert parsed.kind == "rss091n"
    assert parsed.feed == FeedInfo(
        title="Old & gold", link="https://old.example/", subtitle="about <!ENTITY x>"
    )
    assert [(e.title, e.link) for e in parsed.entries] == [("one", "https://old.example/1")]


# -- not a feed --------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [b"", b"   \n", b"plain text, not a feed", b"<notafeed/>"])
def test_not_a_feed(body: bytes) -> None:
    with pytest.raises(ParseError, match="not a feed"):
        parse_document(body, url="https://t.example/feed", source_type="feed")


# -- the adversarial corpus --------------------------------------------------------------------

#: Files that must be refused: feedparser raises on them, or they are not feeds at all.
MUST_REFUSE = {
    "doctype-entity-backslash.xml",
    "empty.xml",
    "html-not-a-feed.html",
    "body-is-a-local-path.txt",
}
#: Entity expansion and external entities: refused, or parsed with nothing expanded or read.
BOMBS = {
    "billion-laughs.xml",
    "billion-laughs-oneline.xml",
    "quadratic-blowup-malformed.xml",
    "xxe-external-entity-file.xml",
    "xxe-external-entity-oneline.xml",
    "xxe-parameter-entity.xml",
}
#: Expensive to sanitize: run in a subprocess with a deadline (test_deep_nesting_...).
SLOW = {"deep-nesting-50k.xml"}
CORPUS_FILES = sorted(
    p.name
    for p in ADVERSARIAL.iterdir()
    # Never decompress the gzip bomb here: the fetcher's tests do, with a size cap.
    if p.name != "README.md" and not p.name.endswith(".gz") and p.name not in SLOW
)


def local_secret() -> str | None:
    """The content of /etc/hostname, the file the XXE documents point at, when distinctive."""
    try:
        text = Path("/etc/hostname").read_text().strip()
    except OSError:
        return None
    return text if len(text) >= 6 else None


def parse_and_normalize(name: str) -> tuple[FeedInfo, tuple[EntryData, ...]] | None:
    """parse + normalize a corpus file; None when it is refused with a ParseError."""
    try:
        parsed = parse_document(
            (ADVERSARIAL / name).read_bytes(),
            url="https://example.org/feed",
            source_type="feed",
            source="corpus",
        )
    except ParseError as e:
        assert e.source == "corpus"
        assert e.url == "https://example.org/feed"
        return None
    return normalize_feed(parsed, base_url="https://example.org/feed")


def assert_harmless(info: FeedInfo, entries: tuple[EntryData, ...]) -> None:
    """What reaches the store and the feeds: XML-safe text, sanitized HTML, http(s) URLs."""
    secret = local_secret()
    texts = [info.title, info.subtitle, info.link]
    for e in entries:
        texts += [e.guid, e.url, e.title, e.author, e.summary, e.content, *e.categories]
        texts += [x for enc in e.enclosures for x in (enc.url, enc.type)]
        for markup in (e.summary, e.content):
            assert not DANGEROUS_HTML.search(markup or ""), markup
        for url in [e.url, *(enc.url for enc in e.enclosures)]:
            assert url is None or url.startswith(("http://", "https://")), url
        assert len(e.title or "") <= MAX_TITLE
    assert info.link is None or info.link.startswith(("http://", "https://"))
    for text in filter(None, texts):
        assert not XML_ILLEGAL.search(text), repr(text)
        assert len(text) <= 2 * MAX_HTML
        assert secret is None or secret not in text


@pytest.mark.parametrize("name", CORPUS_FILES)
def test_corpus_gives_parse_error_or_harmless_entries(name: str) -> None:
    result = parse_and_normalize(name)
    if name in MUST_REFUSE:
        assert result is None
    elif result is not None:
        assert_harmless(*result)


@pytest.mark.parametrize(
    "name", ["charref-surrogate.xml", "charref-out-of-range.xml", "charref-overflow.xml"]
)
def test_references_to_impossible_characters_lose_only_that_character(name: str) -> None:
    # One such reference used to make the parser raise and the whole feed was lost.
    result = parse_and_normalize(name)
    assert result is not None
    info, entries = result
    assert info.title == "a\ufffdb"
    assert [(e.guid, e.title) for e in entries] == [("urn:x:1", "i")]


@pytest.mark.parametrize("name", sorted(BOMBS))
def test_corpus_bombs_are_refused_or_not_expanded(name: str) -> None:
    result = parse_and_normalize(name)
    if result is not None:
        info, _ = result
        assert len(info.title or "") < 1000  # the quadratic blow-up made a 20,000,000-char title
        assert "lollollol" not in (info.title or "")


def test_corpus_control_chars_are_stripped() -> None:
    result = parse_and_normalize("control-chars.xml")
    assert result is not None
    assert result[0].title == "verticaltab and nul and"


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("wrong-charset-cp1252-declared-utf8.xml", "Café ’quoted’ €"),
        ("utf8-bom-no-decl.xml", "café"),
        ("nul-bytes.xml", "x"),
        ("xml-stylesheet-pi.xml", "x"),
        # &nbsp; from the (never fetched) external DTD, then whitespace collapsed.
        ("external-dtd-loopback.xml", "x y"),
    ],
)
def test_corpus_survivable_documents(name: str, title: str) -> None:
    result = parse_and_normalize(name)
    assert result is not None
    assert result[0].title == title


def test_corpus_truncated_document_is_refused_or_empty() -> None:
    result = parse_and_normalize("truncated.xml")
    assert result is None or result[1] == ()


def test_corpus_xss_content() -> None:
    result = parse_and_normalize("xss-content.xml")
    assert result is not None
    info, (entry,) = result
    assert info.title == "T"  # type="html" title: markup dropped
    assert entry.url is None  # javascript: link
    assert entry.title == "<script>alert(1)</script>"  # text/plain title: text, never markup
    assert entry.summary == "&lt;b&gt;plain text that looks like HTML&lt;/b&gt;"
    assert entry.content is not None
    assert entry.content.startswith("<p>hi</p>")
    assert '<img src="http://127.0.0.1/x">' in entry.content


def test_corpus_xhtml_script_atom() -> None:
    result = parse_and_normalize("xhtml-script-atom.xml")
    assert result is not None
    (entry,) = result[1]
    assert entry.content is not None
    assert entry.content.startswith("<p>hi</p>")
    assert "alert" not in entry.content


DEEP_NESTING_SCRIPT = """
import sys
from pathlib import Path
from aggregator.normalize import normalize_feed
from aggregator.parse import parse_document
body = Path(sys.argv[1]).read_bytes()
parsed = parse_document(body, url="https://example.org/feed", source_type="feed")
info, entries = normalize_feed(parsed, base_url="https://example.org/feed")
print(len(entries), max(len(e.summary or "") + len(e.content or "") for e in entries))
"""


def test_deep_nesting_is_normalized_in_bounded_time() -> None:
    # 50,000 nested <div>: the sanitizer must not take time quadratic in the depth (that took
    # minutes). Run in a subprocess so that a regression costs the deadline, not minutes; the
    # deadline is a bound, not a speed check: about 1 s on a quiet machine, 5 s ran out at a
    # load of 22.
    try:
        done = subprocess.run(
            [sys.executable, "-c", DEEP_NESTING_SCRIPT, str(ADVERSARIAL / "deep-nesting-50k.xml")],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("parse + normalize of deep-nesting-50k.xml took more than 60 s")
    assert done.returncode == 0, done.stderr
    count, longest = map(int, done.stdout.split())
    assert count <= 1
    assert longest <= MAX_HTML


# -- how often the feed says it changes --------------------------------------------------------

SY = "http://purl.org/rss/1.0/modules/syndication/"


def rss_with(channel: str) -> bytes:
    return (
        f'<?xml version="1.0"?><rss version="2.0" xmlns:sy="{SY}"><channel><title>t</title>'
        f"{channel}<item><title>a</title><guid>urn:a</guid></item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    ("channel", "ttl"),
    [
        ("", None),
        ("<ttl>60</ttl>", timedelta(hours=1)),
        ("<ttl> 15 </ttl>", timedelta(minutes=15)),
        ("<ttl>0</ttl>", None),
        ("<ttl>-5</ttl>", None),
        ("<ttl>soon</ttl>", None),
        ("<ttl>999999999999</ttl>", timedelta(days=365)),
        ("<sy:updatePeriod>daily</sy:updatePeriod>", timedelta(days=1)),
        (
            "<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>2</sy:updateFrequency>",
            timedelta(minutes=30),
        ),
        (
            "<sy:updatePeriod> Weekly </sy:updatePeriod><sy:updateFrequency>7</sy:updateFrequency>",
            timedelta(days=1),
        ),
        ("<sy:updatePeriod>fortnightly</sy:updatePeriod>", None),
        ("<sy:updateFrequency>4</sy:updateFrequency>", None),
        # both: the longer one
        ("<ttl>120</ttl><sy:updatePeriod>hourly</sy:updatePeriod>", timedelta(hours=2)),
        ("<ttl>30</ttl><sy:updatePeriod>hourly</sy:updatePeriod>", timedelta(hours=1)),
    ],
)
def test_feed_ttl(channel: str, ttl: timedelta | None) -> None:
    parsed = parse_document(rss_with(channel), url="https://t.example/feed", source_type="feed")
    assert parsed.ttl == ttl


def test_rss10_update_period() -> None:
    body = (
        b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        b' xmlns="http://purl.org/rss/1.0/" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">'
        b'<channel rdf:about="https://t.example/"><title>t</title>'
        b"<sy:updatePeriod>hourly</sy:updatePeriod><sy:updateFrequency>4</sy:updateFrequency>"
        b'</channel><item rdf:about="https://t.example/1"><title>a</title>'
        b"<link>https://t.example/1</link></item></rdf:RDF>"
    )
    parsed = parse_document(body, url="https://t.example/feed", source_type="feed")
    assert parsed.kind == "rss10"
    assert parsed.ttl == timedelta(minutes=15)


#: A bare "&" and an unclosed <item>: not XML, but both entries can be read.
MALFORMED = (
    b'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Broken & co</title>'
    b"<item><title>one</title><link>https://e.example/1</link></item>"
    b"<item><title>two</title></channel></rss>"
)


@pytest.mark.parametrize(
    "body",
    [
        (ADVERSARIAL / "truncated.xml").read_bytes(),
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>cut here',
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></chanel></rss>',
        # feedparser makes an empty entry of the broken <item>: nothing to keep either
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><item><title>cut <<< '
        b"&&& </chanel>",
    ],
    ids=["truncated-corpus", "truncated", "mismatched-tag", "empty-shell"],
)
def test_malformed_xml_without_entries_is_an_error(body: bytes) -> None:
    with pytest.raises(ParseError, match="malformed XML, no entry could be read"):
        parse_document(body, url="https://t.example/feed", source_type="feed")


def test_malformed_xml_with_entries_keeps_them() -> None:
    # feedparser's loose parser salvages broken feeds; what it reads is kept (lemon24/reader
    # does the same), and normalize.py sanitizes it like any other entry.
    parsed = parse_document(MALFORMED, url="https://t.example/feed", source_type="feed")
    assert [e.title for e in parsed.entries] == ["one", "two"]


def test_a_valid_empty_feed_is_not_an_error() -> None:
    parsed = parse_document(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
        url="https://t.example/feed",
        source_type="feed",
    )
    assert (parsed.kind, parsed.entries) == ("rss20", ())
