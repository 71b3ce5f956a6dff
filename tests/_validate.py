"""Validators for the documents we emit: Atom 1.0, RSS 2.0 and JSON Feed 1.1.

Each ``validate_*`` takes the bytes of a document and raises ``InvalidFeed`` (an
AssertionError, so pytest shows it as a failure) listing every problem found; the
``*_problems`` functions return that list instead, for harnesses that collect them.

- Atom: the RFC 4287 RELAX NG schema (tests/data/schema/atom.rng, through lxml), plus the rules
  the schema cannot express (its Schematron annotations are ignored by RELAX NG, and its dates
  and URIs are loose): an author in the feed or in every entry (4.1.1), an alternate link or a
  content in every entry (4.1.1.2, 4.1.2), a summary beside out-of-line content (4.1.1.2), ids
  that are absolute IRIs (4.2.6), dates that are RFC 3339 date-times with a time zone (3.3),
  no two alternate links with the same type and hreflang (4.1.1, 4.1.2).
- RSS 2.0: the RSS Advisory Board's profile (https://www.rssboard.org/rss-profile): version
  "2.0", one channel with title, link and description, an atom:link rel="self", items with a
  title or a description, guids that are URLs unless isPermaLink="false", RFC 822 dates with a
  four-digit year and a time zone (email.utils), enclosures with url, length and type, source
  with url, no two items with the same guid.
- JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/): version URL, title, home_page_url and
  feed_url; items with a string id, absolute URLs, content_html or content_text, RFC 3339
  dates with a zone, tags as strings, authors as objects with a name; every key the spec does
  not define starts with "_" (extensions).
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from _paths import ATOM_RNG
from lxml import etree

ATOM_NS = "http://www.w3.org/2005/Atom"
A = f"{{{ATOM_NS}}}"
JSONFEED_VERSION = "https://jsonfeed.org/version/1.1"

#: RFC 3339 section 5.6 date-time: full date, time, optional fraction, and a zone.
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
#: RFC 3987 IRI with a scheme (absolute): no white space, nothing RFC 3986 excludes.
ABSOLUTE_IRI = re.compile(r'^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>"{}|\\^`\x00-\x1f\x7f]+$')
#: RFC 822 section 5 (with RFC 1123's four-digit year, as the RSS profile asks): the day of
#: the week is optional, the zone is a name or an offset.
RFC822 = re.compile(
    r"^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}(?::\d{2})? "
    r"(?:[+-]\d{4}|UT|GMT|EST|EDT|CST|CDT|MST|MDT|PST|PDT|[A-IK-Za-ik-z])$"
)
#: Keys JSON Feed 1.1 defines, per object; any other key must be an extension ("_x").
JSONFEED_KEYS = {
    "feed": {
        "version",
        "title",
        "home_page_url",
        "feed_url",
        "description",
        "user_comment",
        "next_url",
        "icon",
        "favicon",
        "authors",
        "author",
        "language",
        "expired",
        "hubs",
        "items",
    },
    "item": {
        "id",
        "url",
        "external_url",
        "title",
        "content_html",
        "content_text",
        "summary",
        "image",
        "banner_image",
        "date_published",
        "date_modified",
        "authors",
        "author",
        "tags",
        "language",
        "attachments",
    },
    "author": {"name", "url", "avatar"},
    "attachment": {"url", "mime_type", "title", "size_in_bytes", "duration_in_seconds"},
    "hub": {"type", "url"},
}
_EXTENSION_KEY = re.compile(r"^_[A-Za-z]")
#: RFC 6838 type/subtype (parameters allowed): what RSS enclosure types and JSON Feed
#: mime_type are, and what Atom's schema requires of link types ("atomMediaType").
MEDIA_TYPE = re.compile(r"^[A-Za-z0-9][\w!#$&^.+-]*/[A-Za-z0-9][\w!#$&^.+-]*\s*(;.*)?$")


class InvalidFeed(AssertionError):
    """A document that breaks its format's rules; ``problems`` lists each."""

    def __init__(self, fmt: str, problems: list[str]) -> None:
        self.fmt = fmt
        self.problems = problems
        super().__init__(f"invalid {fmt} document:\n  " + "\n  ".join(problems))


def validate_atom(body: bytes) -> None:
    _raise("atom", atom_problems(body))


def validate_rss(body: bytes) -> None:
    _raise("rss", rss_problems(body))


def validate_jsonfeed(body: bytes) -> None:
    _raise("json", jsonfeed_problems(body))


def validate(fmt: str, body: bytes) -> None:
    """The validator of format ``fmt`` ("atom", "rss" or "json")."""
    {"atom": validate_atom, "rss": validate_rss, "json": validate_jsonfeed}[fmt](body)


def _raise(fmt: str, problems: list[str]) -> None:
    if problems:
        raise InvalidFeed(fmt, problems)


# -- Atom ---------------------------------------------------------------------------------


@cache
def atom_schema() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(ATOM_RNG)))


def atom_problems(body: bytes) -> list[str]:
    try:
        root = _xml(body)
    except etree.XMLSyntaxError as e:
        return [f"not well-formed XML: {e}"]
    problems: list[str] = []
    schema = atom_schema()
    if not schema.validate(root):
        problems += [f"RELAX NG: line {e.line}: {e.message}" for e in schema.error_log]
    if root.tag != f"{A}feed":
        return [*problems, f"root element is {root.tag}, not atom:feed"]

    entries = root.findall(f"{A}entry")
    feed_author = root.find(f"{A}author") is not None
    for i, entry in enumerate(entries):
        where = f"entry {i + 1} ({entry.findtext(f'{A}id')})"
        source = entry.find(f"{A}source")
        # RFC 4287 4.1.1: a feed without an author needs one in every entry (or its source).
        if (
            not feed_author
            and entry.find(f"{A}author") is None
            and (source is None or source.find(f"{A}author") is None)
        ):
            problems.append(f"{where}: no atom:author, and the feed has none (RFC 4287 4.1.1)")
        # 4.1.1.2 / 4.1.2: no content -> an alternate link.
        content = entry.find(f"{A}content")
        links = entry.findall(f"{A}link")
        alternates = [link for link in links if link.get("rel", "alternate") == "alternate"]
        if content is None and not alternates:
            problems.append(f"{where}: neither atom:content nor a rel=alternate link (4.1.2)")
        if (
            content is not None
            and entry.find(f"{A}summary") is None
            and (content.get("src") is not None or _is_base64_type(content.get("type")))
        ):
            problems.append(f"{where}: out-of-line or base64 content without atom:summary (4.1.1.2)")
        problems += _duplicate_alternates(where, alternates)
        problems += _atom_ids_and_dates(where, entry)
        if source is not None:
            problems += _atom_ids_and_dates(f"{where} source", source)
            # RFC 4287 4.2.11: "should" carry atom:updated; the W3C validator warns without.
            if source.find(f"{A}updated") is None:
                problems.append(f"{where}: atom:source without atom:updated (4.2.11)")
        for link in links:
            problems += _iri(f"{where} link rel={link.get('rel', 'alternate')}", link.get("href"))
    problems += _duplicate_alternates(
        "feed", [link for link in root.findall(f"{A}link") if link.get("rel", "alternate") == "alternate"]
    )
    problems += _atom_ids_and_dates("feed", root)
    for link in root.findall(f"{A}link"):
        problems += _iri(f"feed link rel={link.get('rel', 'alternate')}", link.get("href"))
    return problems


def _is_base64_type(media_type: str | None) -> bool:
    if media_type in (None, "text", "html", "xhtml"):
        return False
    assert media_type is not None
    base = media_type.split(";")[0].strip().lower()
    return not (base.startswith("text/") or base.endswith(("+xml", "/xml")))


def _duplicate_alternates(where: str, alternates: list[Any]) -> list[str]:
    keys = [(link.get("type"), link.get("hreflang")) for link in alternates]
    if len(keys) != len(set(keys)):
        return [f"{where}: two rel=alternate links with the same type and hreflang (4.1.1)"]
    return []


def _atom_ids_and_dates(where: str, element: Any) -> list[str]:
    problems: list[str] = []
    for id_ in element.findall(f"{A}id"):
        problems += _iri(f"{where} atom:id", id_.text or "", strict=True)
    for name in ("updated", "published"):
        for date in element.findall(f"{A}{name}"):
            problems += _rfc3339(f"{where} atom:{name}", date.text)
    return problems


def _iri(where: str, value: str | None, strict: bool = False) -> list[str]:
    """An absolute IRI; http(s) ones need a host. ``strict``: no surrounding white space
    (RFC 4287 4.2.6: ids are compared character by character)."""
    if value is None:
        return [f"{where}: missing"]
    if strict and value != value.strip():
        return [f"{where}: white space around {value!r}"]
    if not ABSOLUTE_IRI.match(value):
        return [f"{where}: not an absolute IRI: {value!r}"]
    if value.split(":", 1)[0].lower() in ("http", "https") and not urlsplit(value).netloc:
        return [f"{where}: http(s) IRI without a host: {value!r}"]
    return []


def _rfc3339(where: str, value: str | None) -> list[str]:
    text = (value or "").strip()
    if not RFC3339.match(text):
        return [f"{where}: not an RFC 3339 date-time with a time zone: {value!r}"]
    try:
        datetime.fromisoformat(text.replace("z", "Z").replace("t", "T"))
    except ValueError as e:
        return [f"{where}: impossible date {value!r}: {e}"]
    return []


# -- RSS 2.0 ------------------------------------------------------------------------------


def rss_problems(body: bytes) -> list[str]:
    try:
        root = _xml(body)
    except etree.XMLSyntaxError as e:
        return [f"not well-formed XML: {e}"]
    if root.tag != "rss":
        return [f"root element is {root.tag}, not rss"]
    problems: list[str] = []
    if root.get("version") != "2.0":
        problems.append(f"rss version is {root.get('version')!r}, not '2.0'")
    channels = root.findall("channel")
    if len(channels) != 1:
        return [*problems, f"{len(channels)} channel elements, not 1"]
    channel = channels[0]
    for name in ("title", "link", "description"):
        found = channel.findall(name)
        if len(found) != 1:
            problems.append(f"channel: {len(found)} <{name}> elements, not 1")
        elif name != "description" and not (found[0].text or "").strip():
            problems.append(f"channel: empty <{name}>")
    link = channel.findtext("link")
    if link is not None and link.strip():
        problems += _url("channel <link>", link.strip())
    selves = [a for a in channel.findall(f"{A}link") if a.get("rel") == "self"]
    if len(selves) != 1:
        problems.append(f"channel: {len(selves)} atom:link rel=self, not 1 (RSS profile)")
    for atom_link in channel.findall(f"{A}link"):
        problems += _url(f"channel atom:link rel={atom_link.get('rel')}", atom_link.get("href"))
    for name in ("pubDate", "lastBuildDate"):
        for date in channel.findall(name):
            problems += _rfc822(f"channel <{name}>", date.text)

    guids: dict[str, int] = {}
    for i, item in enumerate(channel.findall("item")):
        where = f"item {i + 1} ({item.findtext('guid')})"
        title, description = item.findtext("title"), item.findtext("description")
        if not (title or "").strip() and not (description or "").strip():
            problems.append(f"{where}: neither a title nor a description")
        for name in ("title", "link", "description", "guid", "pubDate", "author", "comments", "source"):
            if len(item.findall(name)) > 1:
                problems.append(f"{where}: {len(item.findall(name))} <{name}> elements")
        if item.find("link") is not None:
            problems += _url(f"{where} <link>", (item.findtext("link") or "").strip())
        guid = item.find("guid")
        if guid is not None:
            value = (guid.text or "").strip()
            permalink = guid.get("isPermaLink", "true")
            if not value:
                problems.append(f"{where}: empty <guid>")
            elif permalink not in ("true", "false"):
                problems.append(f"{where}: isPermaLink={permalink!r}, not true or false")
            elif permalink == "true" and _url("", value):
                problems.append(f'{where}: <guid> {value!r} is not a URL, yet not isPermaLink="false"')
            if value in guids:
                problems.append(f"{where}: the same guid as item {guids[value]}")
            guids.setdefault(value, i + 1)
        for date in item.findall("pubDate"):
            problems += _rfc822(f"{where} <pubDate>", date.text)
        enclosures = item.findall("enclosure")
        if len(enclosures) > 1:
            problems.append(f"{where}: {len(enclosures)} enclosures (the RSS profile allows one)")
        for enclosure in enclosures:
            missing = [a for a in ("url", "length", "type") if not enclosure.get(a)]
            if missing:
                problems.append(f"{where}: enclosure without {', '.join(missing)}")
            if enclosure.get("url"):
                problems += _url(f"{where} enclosure url", enclosure.get("url"))
            if enclosure.get("length") and not enclosure.get("length", "").isdigit():
                problems.append(f"{where}: enclosure length {enclosure.get('length')!r}")
            if enclosure.get("type") and not MEDIA_TYPE.match(enclosure.get("type", "")):
                problems.append(f"{where}: enclosure type {enclosure.get('type')!r} is not a MIME type")
        for source in item.findall("source"):
            if not source.get("url"):
                problems.append(f"{where}: <source> without url")
            else:
                problems += _url(f"{where} <source url>", source.get("url"))
        for category in item.findall("category"):
            if not (category.text or "").strip():
                problems.append(f"{where}: empty <category>")
        for atom_link in item.findall(f"{A}link"):
            problems += _url(f"{where} atom:link rel={atom_link.get('rel')}", atom_link.get("href"))
    return problems


def _url(where: str, value: str | None) -> list[str]:
    """An absolute http(s) URL."""
    if not value:
        return [f"{where}: missing URL"]
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc or not ABSOLUTE_IRI.match(value):
        return [f"{where}: not an absolute http(s) URL: {value!r}"]
    return []


def _rfc822(where: str, value: str | None) -> list[str]:
    text = " ".join((value or "").split())
    if not RFC822.match(text):
        return [f"{where}: not an RFC 822 date with a four-digit year and a zone: {value!r}"]
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError) as e:
        return [f"{where}: email.utils cannot read {value!r}: {e}"]
    if parsed.tzinfo is None:  # "-0000": RFC 2822's "zone unknown"
        return [f"{where}: date without a time zone: {value!r}"]
    return []


# -- JSON Feed 1.1 ------------------------------------------------------------------------


def jsonfeed_problems(body: bytes) -> list[str]:
    try:
        doc = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        return [f"not UTF-8 JSON: {e}"]
    if not isinstance(doc, dict):
        return ["the document is not a JSON object"]
    problems: list[str] = []
    if doc.get("version") != JSONFEED_VERSION:
        problems.append(f"version is {doc.get('version')!r}, not {JSONFEED_VERSION!r}")
    if not _nonempty_string(doc.get("title")):
        problems.append("title missing or empty")
    for key in ("home_page_url", "feed_url"):
        problems += (
            _url(key, doc.get(key)) if isinstance(doc.get(key), str) else [f"{key} missing or not a string"]
        )
    for key in ("next_url", "icon", "favicon"):
        if key in doc:
            problems += _url(key, doc[key]) if isinstance(doc[key], str) else [f"{key} is not a string"]
    for key in ("description", "user_comment", "language"):
        if key in doc and not isinstance(doc[key], str):
            problems.append(f"{key} is not a string")
    if "expired" in doc and not isinstance(doc["expired"], bool):
        problems.append("expired is not a boolean")
    if "author" in doc:
        problems.append("author is deprecated in JSON Feed 1.1: use authors")
    problems += _authors("feed", doc)
    for i, hub in enumerate(doc.get("hubs") or []):
        if not isinstance(hub, dict) or not all(isinstance(hub.get(k), str) for k in ("type", "url")):
            problems.append(f"hub {i + 1}: needs type and url strings")
        else:
            problems += _extensions(f"hub {i + 1}", hub, "hub")
    problems += _extensions("feed", doc, "feed")
    items = doc.get("items")
    if not isinstance(items, list):
        return [*problems, "items missing or not a list"]
    ids: dict[str, int] = {}
    for i, item in enumerate(items):
        where = f"item {i + 1}"
        if not isinstance(item, dict):
            problems.append(f"{where}: not an object")
            continue
        id_ = item.get("id")
        where = f"item {i + 1} ({id_})"
        if not _nonempty_string(id_):
            problems.append(f"{where}: id missing, empty or not a string")
        elif id_ in ids:
            problems.append(f"{where}: the same id as item {ids[id_]}")
        else:
            ids[id_] = i + 1
        for key in ("url", "external_url", "image", "banner_image"):
            if key in item:
                problems += (
                    _url(f"{where} {key}", item[key])
                    if isinstance(item[key], str)
                    else [f"{where}: {key} is not a string"]
                )
        for key in ("title", "summary", "language"):
            if key in item and not isinstance(item[key], str):
                problems.append(f"{where}: {key} is not a string")
        html, text = item.get("content_html"), item.get("content_text")
        if html is None and text is None:
            problems.append(f"{where}: neither content_html nor content_text")
        for key, value in (("content_html", html), ("content_text", text)):
            if value is not None and not isinstance(value, str):
                problems.append(f"{where}: {key} is not a string")
        for key in ("date_published", "date_modified"):
            if key in item:
                problems += (
                    _rfc3339(f"{where} {key}", item[key])
                    if isinstance(item[key], str)
                    else [f"{where}: {key} is not a string"]
                )
        if "tags" in item and (
            not isinstance(item["tags"], list) or not all(isinstance(t, str) and t for t in item["tags"])
        ):
            problems.append(f"{where}: tags is not a list of strings")
        if "author" in item:
            problems.append(f"{where}: author is deprecated in JSON Feed 1.1: use authors")
        problems += _authors(where, item)
        for j, attachment in enumerate(item.get("attachments") or []):
            at = f"{where} attachment {j + 1}"
            if not isinstance(attachment, dict):
                problems.append(f"{at}: not an object")
                continue
            problems += _url(f"{at} url", attachment.get("url"))
            if not _nonempty_string(attachment.get("mime_type")):
                problems.append(f"{at}: mime_type missing")
            elif not MEDIA_TYPE.match(attachment["mime_type"]):
                problems.append(f"{at}: mime_type {attachment['mime_type']!r} is not a MIME type")
            for key in ("size_in_bytes", "duration_in_seconds"):
                if key in attachment and (
                    isinstance(attachment[key], bool) or not isinstance(attachment[key], int | float)
                ):
                    problems.append(f"{at}: {key} is not a number")
            problems += _extensions(at, attachment, "attachment")
        if "attachments" in item and not isinstance(item["attachments"], list):
            problems.append(f"{where}: attachments is not a list")
        problems += _extensions(where, item, "item")
    return problems


def _authors(where: str, obj: dict[str, Any]) -> list[str]:
    if "authors" not in obj:
        return []
    authors = obj["authors"]
    if not isinstance(authors, list) or not authors:
        return [f"{where}: authors is not a non-empty list"]
    problems: list[str] = []
    for i, author in enumerate(authors):
        if not isinstance(author, dict) or not _nonempty_string(author.get("name")):
            problems.append(f"{where} author {i + 1}: not an object with a name")
            continue
        for key in ("url", "avatar"):
            if key in author:
                problems += _url(f"{where} author {i + 1} {key}", author[key])
        problems += _extensions(f"{where} author {i + 1}", author, "author")
    return problems


def _extensions(where: str, obj: dict[str, Any], kind: str) -> list[str]:
    """Keys the spec does not define must be extensions: "_" then a letter, an object value."""
    problems = []
    for key, value in obj.items():
        if key in JSONFEED_KEYS[kind]:
            continue
        if not _EXTENSION_KEY.match(key):
            problems.append(f"{where}: unknown key {key!r} (extensions start with '_')")
        elif not isinstance(value, dict):
            problems.append(f"{where}: extension {key!r} is not an object")
    return problems


def _nonempty_string(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


# -- shared -------------------------------------------------------------------------------

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def _xml(body: bytes) -> Any:
    return etree.fromstring(body, _PARSER)
