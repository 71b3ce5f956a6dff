"""Hypothesis strategies that build what remote sites send: RSS 2.0, Atom and JSON Feed
documents and HTML archive pages, of random structure, in any Unicode (right-to-left
scripts and their control marks, astral characters, combining marks, characters XML
forbids), with odd dates, hostile URLs, nested and broken HTML, and then damaged: cut
short, a wrong encoding declared, stray bytes. Used by test_fuzz.py.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote
from xml.sax.saxutils import escape, quoteattr

from hypothesis import strategies as st

# -- text ---------------------------------------------------------------------------------

#: Hand-picked characters that break naive code: right-to-left letters and marks
#: (Hebrew, Arabic, RLO/PDF, RLM), astral characters (emoji, mathematical letters, a CJK
#: extension B ideograph), combining marks, joiners, BOM, XML-forbidden controls, NUL,
#: non-characters, line and paragraph separators, markup characters.
TRICKY = (
    "\u05e9\u05dc\u05d5\u05dd",
    "\u0645\u0631\u062d\u0628\u0627",
    "\u202e",
    "\u202c",
    "\u200f",
    "\u200e",
    "\u2067",
    "\U0001f600",
    "\U0001f1eb\U0001f1f7",
    "\U0001d4b3",
    "\U00020000",
    "e\u0301",
    "\u0300",
    "\u200d",
    "\ufeff",
    "\x00",
    "\x01",
    "\x08",
    "\x0b",
    "\x1f",
    "\x7f",
    "\x85",
    "\ufffe",
    "\uffff",
    "\u2028",
    "\u2029",
    "<",
    ">",
    "&",
    "&amp;",
    "&#0;",
    "&#x1F600;",
    "&nbsp;",
    # References to characters XML forbids: escaped once they reach HTML fields as
    # "&#1;", which the sanitizer decodes; raw, the XML parser meets them.
    "&#1;",
    "&#x1B;",
    "&#xD800;",
    "&#xDFFF;",
    "&#x110000;",
    "&#xFFFE;",
    "&#128;",
    "&#99999999999;",
    "]]>",
    '"',
    "'",
    "\\",
    "\t",
    "\r\n",
    "Élysée",
    "Guerre en Ukraine",
    "kremlin",
    "ǅ",
    "ß",
    "İ",
    "ﬁ",
    "Ⅻ",
    "𝔘𝔫𝔦",
)

#: Letters of right-to-left scripts and astral planes, for text made of them.
_RTL_ASTRAL = st.characters(
    codec="utf-8",
    categories=("L", "M", "N", "P", "S", "Z", "Cf"),
    min_codepoint=0x0590,
    max_codepoint=0x1FAFF,
)

text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=_RTL_ASTRAL, max_size=30),
    st.lists(st.one_of(st.sampled_from(TRICKY), st.text(max_size=6)), max_size=8).map("".join),
)
short_text = st.one_of(st.text(max_size=12), st.sampled_from(TRICKY))

# -- dates --------------------------------------------------------------------------------

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@st.composite
def rfc822(draw: Callable[..., Any]) -> str:
    day = draw(st.integers(0, 40))
    month = draw(st.sampled_from(_MONTHS))
    year = draw(st.sampled_from((1, 99, 1899, 1970, 2000, 2026, 2038, 2100, 9999, 10000)))
    hh, mm, ss = draw(st.integers(0, 25)), draw(st.integers(0, 61)), draw(st.integers(0, 61))
    zone = draw(
        st.sampled_from(("GMT", "+0000", "-1200", "+1400", "+9999", "EST", "Z", "", "CEST", "+05:30"))
    )
    weekday = draw(st.sampled_from(("", "Mon, ", "Xyz, ")))
    return f"{weekday}{day:02d} {month} {year} {hh:02d}:{mm:02d}:{ss:02d} {zone}".strip()


@st.composite
def iso8601(draw: Callable[..., Any]) -> str:
    year = draw(st.sampled_from((0, 1, 1000, 1969, 2026, 9999, 10000)))
    month, day = draw(st.integers(0, 13)), draw(st.integers(0, 32))
    hh, mm, ss = draw(st.integers(0, 24)), draw(st.integers(0, 60)), draw(st.integers(0, 60))
    fraction = draw(st.sampled_from(("", ".5", ".123456789")))
    zone = draw(st.sampled_from(("Z", "+00:00", "-23:59", "+24:00", "", "+0530", " UTC")))
    return f"{year:04d}-{month:02d}-{day:02d}T{hh:02d}:{mm:02d}:{ss:02d}{fraction}{zone}"


date = st.one_of(
    rfc822(),
    iso8601(),
    st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
    st.sampled_from(
        (
            "",
            "yesterday",
            "il y a 3 heures",
            "hier à 14h05",
            "0",
            "-1",
            "1700000000",
            "2026-02-30",
            "31/12/2025",
            "12 février 2026",
            "Mon, 31 Feb 2026 25:61:00 +9999",
            "T",
            "\u0661\u0662/\u0660\u0663/2026",
        )
    ),
    short_text,
)

# -- URLs ---------------------------------------------------------------------------------

url = st.one_of(
    st.sampled_from(
        (
            "https://example.com/a",
            "http://example.com/b?x=1&y=2#frag",
            "/relative/path",
            "../up",
            "?q=1",
            "#only-fragment",
            "//example.org/protocol-relative",
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>1</script>",
            "mailto:x@example.com",
            "ftp://example.com/f",
            "http://[::1",
            "http://exa mple.com/",
            "http://例え.テスト/パス",
            "https://xn--n3h.example/",
            "http://user:pass@example.com/",
            "http://127.0.0.1:99999/",
            "https://example.com/" + "a" * 3000,
            "",
            " ",
            "\t\n",
            "http://example.com/\u202e/evil",
            "http:///",
            "file:///etc/passwd",
        )
    ),
    st.builds(lambda p: f"https://example.com/{p}", st.text(max_size=20)),
    short_text,
)

# -- HTML fragments -----------------------------------------------------------------------

_TAGS = (
    "p",
    "div",
    "span",
    "a",
    "b",
    "i",
    "em",
    "strong",
    "script",
    "style",
    "iframe",
    "img",
    "table",
    "tr",
    "td",
    "ul",
    "li",
    "blockquote",
    "svg",
    "math",
    "form",
    "input",
    "object",
    "embed",
    "video",
    "br",
    "hr",
    "h1",
    "pre",
    "code",
    "noscript",
    "template",
    "base",
    "meta",
    "link",
    "title",
    "textarea",
    "select",
    "option",
    "button",
)
_ATTRS = (
    "href",
    "src",
    "style",
    "onclick",
    "onerror",
    "class",
    "id",
    "title",
    "srcset",
    "xmlns",
    "lang",
    "dir",
    "width",
    "alt",
    "data-x",
    "formaction",
)


@st.composite
def _element(draw: Callable[..., Any], children: st.SearchStrategy[str]) -> str:
    tag = draw(st.sampled_from(_TAGS))
    attrs = "".join(
        f" {name}={quoteattr(value)}"
        for name, value in draw(
            st.lists(st.tuples(st.sampled_from(_ATTRS), st.one_of(url, short_text)), max_size=3)
        )
    )
    inner = "".join(draw(st.lists(children, max_size=4)))
    closing = draw(st.sampled_from((f"</{tag}>", f"</{tag}>", "", "</div>", "</p></p>")))
    return f"<{tag}{attrs}>{inner}{closing}"


html_fragment = st.recursive(
    st.one_of(
        text.map(escape),
        st.sampled_from(TRICKY),
        st.sampled_from(
            (
                "<!-- c -->",
                "<![CDATA[x]]>",
                "<br/>",
                "&lt;b&gt;",
                "<",
                "</",
                "<a href=",
                "&#xD800;",
                "&#99999999;",
                "<?php ?>",
                "<!DOCTYPE html>",
                "<svg><script>1</script></svg>",
            )
        ),
    ),
    lambda children: _element(children),
    max_leaves=12,
)

# -- feed documents -----------------------------------------------------------------------


def _xml_text(draw: Callable[..., Any], value: str) -> str:
    """Text in an XML element: escaped, in CDATA, or raw (which may break the document)."""
    how = draw(st.sampled_from(("escape", "escape", "escape", "cdata", "raw")))
    if how == "cdata":
        return f"<![CDATA[{value}]]>"
    return value if how == "raw" else escape(value)


def _field(draw: Callable[..., Any], name: str, value: str, attrs: str = "") -> str:
    return f"<{name}{attrs}>{_xml_text(draw, value)}</{name}>"


@st.composite
def rss_item(draw: Callable[..., Any]) -> str:
    parts = []
    if draw(st.booleans()):
        parts.append(_field(draw, "title", draw(st.one_of(text, html_fragment))))
    if draw(st.booleans()):
        parts.append(_field(draw, "link", draw(url)))
    if draw(st.booleans()):
        permalink = draw(st.sampled_from(("", ' isPermaLink="false"', ' isPermaLink="true"')))
        parts.append(_field(draw, "guid", draw(st.one_of(url, short_text)), permalink))
    if draw(st.booleans()):
        parts.append(_field(draw, "pubDate", draw(date)))
    if draw(st.booleans()):
        parts.append(_field(draw, "description", draw(html_fragment)))
    if draw(st.booleans()):
        parts.append(_field(draw, "content:encoded", draw(html_fragment)))
    for category in draw(st.lists(st.one_of(text, st.sampled_from(TRICKY)), max_size=4)):
        parts.append(_field(draw, "category", category))
    if draw(st.booleans()):
        parts.append(_field(draw, draw(st.sampled_from(("author", "dc:creator"))), draw(text)))
    if draw(st.booleans()):
        parts.append(
            f"<enclosure url={quoteattr(draw(url))} type={quoteattr(draw(short_text))}"
            f" length={quoteattr(draw(st.sampled_from(('12', '-1', 'x', '1e99'))))}/>"
        )
    if draw(st.booleans()):
        parts.append(f"<dc:date>{escape(draw(date))}</dc:date>")
    parts = draw(st.permutations(parts))
    return f"<item>{''.join(parts)}</item>"


@st.composite
def rss_document(draw: Callable[..., Any]) -> str:
    items = "".join(draw(st.lists(rss_item(), max_size=8)))
    channel = "".join(
        draw(
            st.permutations(
                [
                    _field(draw, "title", draw(text)),
                    _field(draw, "link", draw(url)),
                    _field(draw, "description", draw(st.one_of(text, html_fragment))),
                    _field(draw, "ttl", draw(st.sampled_from(("60", "-5", "abc", "99999999999")))),
                ]
            )
        )
    )
    version = draw(st.sampled_from(("2.0", "0.91", "", "3")))
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<rss version="{version}" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        f' xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>{channel}{items}'
        "</channel></rss>"
    )


@st.composite
def atom_entry(draw: Callable[..., Any]) -> str:
    parts = []
    if draw(st.booleans()):
        parts.append(_field(draw, "id", draw(st.one_of(url, short_text))))
    if draw(st.booleans()):
        kind = draw(st.sampled_from(("text", "html", "xhtml")))
        value = draw(st.one_of(text, html_fragment))
        if kind == "xhtml":
            parts.append(
                f'<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{escape(value)}</div></title>'
            )
        else:
            parts.append(_field(draw, "title", value, f' type="{kind}"'))
    for _ in range(draw(st.integers(0, 2))):
        rel = draw(st.sampled_from(("", ' rel="alternate"', ' rel="enclosure"', ' rel="self"')))
        parts.append(f"<link{rel} href={quoteattr(draw(url))}/>")
    for name in ("updated", "published"):
        if draw(st.booleans()):
            parts.append(_field(draw, name, draw(date)))
    if draw(st.booleans()):
        parts.append(_field(draw, "summary", draw(html_fragment), ' type="html"'))
    if draw(st.booleans()):
        kind = draw(st.sampled_from(("html", "text", "xhtml", "image/png")))
        value = draw(html_fragment)
        if kind == "xhtml":
            parts.append(
                f'<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">{value}</div></content>'
            )
        else:
            parts.append(_field(draw, "content", value, f' type="{kind}"'))
    if draw(st.booleans()):
        parts.append(f"<author>{_field(draw, 'name', draw(text))}</author>")
    for term in draw(st.lists(text, max_size=3)):
        parts.append(f"<category term={quoteattr(term)} label={quoteattr(draw(text))}/>")
    return f"<entry>{''.join(draw(st.permutations(parts)))}</entry>"


@st.composite
def atom_document(draw: Callable[..., Any]) -> str:
    entries = "".join(draw(st.lists(atom_entry(), max_size=8)))
    base = draw(st.sampled_from(("", ' xml:base="http://example.com/base/"', ' xml:base="::"')))
    lang = draw(st.sampled_from(("", ' xml:lang="ar"', ' xml:lang="he-IL"', ' xml:lang="x"')))
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom"{base}{lang}>'
        f"{_field(draw, 'title', draw(text))}<id>{escape(draw(url))}</id>"
        f"<updated>{escape(draw(date))}</updated>"
        f"<link href={quoteattr(draw(url))}/>{entries}</feed>"
    )


_json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), text)
_json_any = st.recursive(
    _json_scalar,
    lambda c: st.one_of(st.lists(c, max_size=3), st.dictionaries(short_text, c, max_size=3)),
    max_leaves=6,
)


@st.composite
def json_item(draw: Callable[..., Any]) -> dict[str, Any]:
    item: dict[str, Any] = {}
    for key, strategy in (
        ("id", st.one_of(short_text, url, st.integers(), _json_any)),
        ("url", url),
        ("external_url", url),
        ("title", text),
        ("content_html", html_fragment),
        ("content_text", text),
        ("summary", text),
        ("date_published", date),
        ("date_modified", date),
        ("image", url),
        ("tags", st.one_of(st.lists(st.one_of(text, _json_any), max_size=4), _json_any)),
        (
            "authors",
            st.one_of(st.lists(st.fixed_dictionaries({"name": text}, optional={"url": url})), _json_any),
        ),
        (
            "attachments",
            st.lists(
                st.fixed_dictionaries(
                    {"url": url}, optional={"mime_type": short_text, "size_in_bytes": _json_scalar}
                ),
                max_size=2,
            ),
        ),
        ("_extension", _json_any),
    ):
        if draw(st.booleans()):
            item[key] = draw(strategy)
    return item


@st.composite
def jsonfeed_document(draw: Callable[..., Any]) -> str:
    feed: dict[str, Any] = {
        "version": draw(
            st.sampled_from(("https://jsonfeed.org/version/1.1", "https://jsonfeed.org/version/1", "", "2"))
        ),
        "title": draw(st.one_of(text, _json_any)),
        "items": draw(st.one_of(st.lists(json_item(), max_size=8), st.lists(_json_any, max_size=2))),
    }
    if draw(st.booleans()):
        feed["home_page_url"] = draw(url)
    return json.dumps(feed, ensure_ascii=draw(st.booleans()), allow_nan=True)


# -- HTML archive pages -------------------------------------------------------------------

#: Links of a listing's articles: mostly plausible ones (relative or on the page's site,
#: with any characters in their path), so that listings are recognised.
_article_link = st.builds(
    lambda year, slug: f"/{year}/{quote(slug, safe='')}-{len(slug)}", st.integers(1990, 2030), text
)


@st.composite
def archive_item(draw: Callable[..., Any], container: str, heading: str, cls: str) -> str:
    title = draw(st.one_of(text, st.sampled_from(TRICKY), text.map(lambda t: f"Article {t}")))
    link = draw(st.one_of(_article_link, _article_link, url))
    when = draw(st.one_of(st.none(), date))
    time_el = f"<time datetime={quoteattr(when)}>{escape(draw(date))}</time>" if when is not None else ""
    summary = draw(html_fragment) if draw(st.booleans()) else ""
    return (
        f"<{container}{cls}><{heading}><a href={quoteattr(link)}>{escape(title)}</a>"
        f"</{heading}>{time_el}<p>{summary}</p></{container}>"
    )


@st.composite
def archive_page(draw: Callable[..., Any]) -> str:
    """A listing page: items of one structure (as a CMS makes them), most of the time, in
    a page of random other markup."""
    container = draw(st.sampled_from(("article", "li", "div", "section")))
    heading = draw(st.sampled_from(("h2", "h3", "h1", "div")))
    cls = draw(st.sampled_from(("", ' class="post"', ' class="entry hentry"', ' class="card"')))
    same = archive_item(container, heading, cls)
    other = st.builds(
        lambda c, h, k: (c, h, k),
        st.sampled_from(("article", "li", "div")),
        st.sampled_from(("h2", "h3")),
        st.sampled_from(("", ' class="x"')),
    ).flatmap(lambda chk: archive_item(*chk))
    items = draw(
        st.lists(
            st.one_of(same, same, same, other), max_size=10, min_size=draw(st.sampled_from((0, 3, 3, 3)))
        )
    )
    wrap = "ul" if container == "li" else draw(st.sampled_from(("main", "div", "section")))
    noise = draw(st.lists(html_fragment, max_size=3))
    next_link = f'<a class="next" rel="next" href={quoteattr(draw(url))}>›</a>' if draw(st.booleans()) else ""
    lang = draw(st.sampled_from(("fr", "ar", "he", "en", "")))
    direction = ' dir="rtl"' if lang in ("ar", "he") else ""
    head = draw(
        st.sampled_from(
            (
                "",
                '<meta charset="utf-8">',
                '<meta charset="windows-1252">',
                '<link rel="alternate" type="application/rss+xml" href="/tag/x/feed/">',
            )
        )
    )
    return (
        f'<!DOCTYPE html><html lang="{lang}"{direction}><head>{head}'
        f"<title>{escape(draw(text))}</title></head><body>{''.join(noise[:1])}"
        f"<{wrap}>{''.join(items)}</{wrap}>{next_link}{''.join(noise[1:])}</body></html>"
    )


# -- damage -------------------------------------------------------------------------------


@st.composite
def damaged(draw: Callable[..., Any], document: st.SearchStrategy[str]) -> bytes:
    """A document's bytes, most often intact, else cut short, re-encoded, declared in the
    wrong encoding, prefixed with a BOM, or sprinkled with stray bytes."""
    body = draw(document)
    how = draw(
        st.sampled_from(
            ("intact", "intact", "intact", "truncate", "latin1", "utf16", "bom", "bytes", "declared")
        )
    )
    raw = body.encode("utf-8", "surrogatepass")
    if how == "truncate":
        return raw[: draw(st.integers(0, max(0, len(raw) - 1)))]
    if how == "latin1":
        return body.encode("latin-1", "replace")
    if how == "utf16":
        return body.encode("utf-16", "surrogatepass")
    if how == "bom":
        return b"\xef\xbb\xbf" + raw
    if how == "bytes":
        at = draw(st.integers(0, len(raw)))
        return raw[:at] + draw(st.binary(min_size=1, max_size=8)) + raw[at:]
    if how == "declared":
        return raw.replace(b'encoding="utf-8"', b'encoding="windows-1252"', 1)
    return raw
