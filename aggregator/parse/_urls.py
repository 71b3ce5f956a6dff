"""Canonical article URLs: one article, one URL, whatever tracking a page adds to its links."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only say where a click came from: analytics and campaign tags
# (Google, Facebook, Microsoft, Mailchimp, Matomo/Piwik, AT Internet's "xtor" common on
# French news sites, HubSpot, Instagram).
_TRACKING = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|"
    r"xtor|xts|at_\w+|pk_\w+|piwik_\w+|mtm_\w+|_hsenc|_hsmi|hsctatracking|ns_\w+|cmpid|ocid|"
    r"ito|echobox|__twitter_impression|spm)$",
    re.I,
)
_DEFAULT_PORTS = {"http": 80, "https": 443}
#: An absolute http(s) URL written plainly: a host name, a port below 10,000, and only
#: characters that ``quote`` keeps with normalize's safe set.
_PLAIN_ABSOLUTE = re.compile(
    r"https?://[A-Za-z0-9.-]+(?::[0-9]{1,4})?(?:[/?#][A-Za-z0-9._~:/?#\[\]@!$&'()*+,=%-]*)?"
)


def plain_absolute(url: str) -> bool:
    """Whether ``urljoin(any_base, url)`` and the percent-encoding normalize applies both
    give ``url`` back unchanged, so that neither needs to run: the common case of a feed's
    links, found by one regular expression (urljoin splits and rebuilds every URL, which
    drops an empty query or fragment, and an empty ``;`` parameter: those are left out)."""
    return _PLAIN_ABSOLUTE.fullmatch(url) is not None and not url.endswith(("?", "#")) and "?#" not in url


#: A plain URL (see plain_absolute) with neither query, port nor user: its canonical form is
#: its scheme, host lowercased and path ("/" when none), the fragment dropped.
_PLAIN_CANONICAL = re.compile(r"(https?)://([A-Za-z0-9.-]+)(/[^?#@:]*)?(?:#.*)?", re.S)


def canonical_url(url: str) -> str:
    """``url`` without its fragment, tracking parameters and default port, host lowercased."""
    plain = _PLAIN_CANONICAL.fullmatch(url)
    if plain is not None and plain_absolute(url):  # a feed's common link, without urlsplit
        scheme, host, path = plain.groups()
        return f"{scheme}://{host.lower()}{path or '/'}"
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port: int | str | None
    try:
        port = parts.port
    except ValueError:  # not a number in 0-65535: keep what was written
        port = parts.netloc.rpartition(":")[2]
    if port and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    if parts.username:
        host = f"{parts.username}{':' + parts.password if parts.password else ''}@{host}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not _TRACKING.match(k)]
        if len(kept) != len(pairs):
            query = urlencode(kept)
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def join_url(base_url: str, url: str) -> str:
    """``url`` resolved against ``base_url`` as browsers and RFC 3986 (5.2) do: ``urljoin``,
    except that a relative path keeps its empty segments, which ``urljoin`` drops (a
    redirect's path carrying the story's address, "f/top/1/*-http://news.example.jp/a/1",
    would lose a slash of its "http://")."""
    joined = urljoin(base_url, url)
    ref = urlsplit(url)
    if ref.scheme or ref.netloc or ref.path.startswith("/") or "//" not in ref.path:
        return joined
    base = urlsplit(base_url)
    merged = base.path[: base.path.rfind("/") + 1] + ref.path if base.path else "/" + ref.path
    return urlunsplit((base.scheme, base.netloc, _remove_dot_segments(merged), ref.query, ref.fragment))


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 5.2.4: "." and ".." resolved, empty segments kept."""
    out: list[str] = []
    segments = path.split("/")
    for i, segment in enumerate(segments):
        if segment in (".", ".."):
            if segment == ".." and len(out) > 1:
                out.pop()
            if i == len(segments) - 1:
                out.append("")
            continue
        out.append(segment)
    return "/".join(out)
