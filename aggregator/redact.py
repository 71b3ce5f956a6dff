"""What we show of a source URL: never its credentials.

A source URL may carry a secret: userinfo (``https://user:pass@host/feed``) or a token in
its query (``?api_key=…``). The fetcher needs it; nothing we publish or log does: pages,
feeds (``<source>`` links), the static export, ``/opml``, ``sources``, logs and error texts
all show the URL with the userinfo and the secret query parameters removed. Pure: no I/O.

The parameters are ``DEFAULT_SECRET_PARAMS`` plus ``[fetch] secret_params``; names compare
without regard to case (``API_KEY`` is ``api_key``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import unquote_plus, urlsplit, urlunsplit

#: Query parameters that carry credentials in the wild: API keys (``api_key``, ``apikey``,
#: ``key``), OAuth and bearer tokens (``token``, ``access_token``), HTTP-auth stand-ins
#: (``auth``, ``password``, ``secret``) and signed URLs (``sig``, ``signature``).
DEFAULT_SECRET_PARAMS = frozenset(
    {
        "api_key",
        "apikey",
        "key",
        "token",
        "access_token",
        "auth",
        "password",
        "passwd",
        "secret",
        "sig",
        "signature",
        "private_token",
        "client_secret",
    }
)

#: URLs inside free text (log lines, error messages): a scheme, "://", then no space,
#: quote or angle bracket.
_URL_IN_TEXT = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s\"'<>]+", re.I)


def secret_params(extra: Iterable[str] = ()) -> frozenset[str]:
    """The default secret parameters plus ``extra``, lowercased."""
    return DEFAULT_SECRET_PARAMS | {p.strip().lower() for p in extra if p.strip()}


def redact_url(url: str, params: frozenset[str] = DEFAULT_SECRET_PARAMS) -> str:
    """``url`` without userinfo and without the query parameters named in ``params``.

    Other parameters keep their order and spelling; a URL that does not parse is returned
    with only its userinfo cut (a best effort that never raises).
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return re.sub(r"(://)[^/@\s]*@", r"\1", url)
    netloc = parts.netloc.rpartition("@")[2]
    query = parts.query
    if query:
        query = "&".join(
            p for p in query.split("&") if unquote_plus(p.partition("=")[0]).strip().lower() not in params
        )
    fragment = parts.fragment
    if "=" in fragment:  # OAuth's implicit flow puts access_token=… in the fragment
        fragment = "&".join(
            p for p in fragment.split("&") if unquote_plus(p.partition("=")[0]).strip().lower() not in params
        )
    if netloc == parts.netloc and query == parts.query and fragment == parts.fragment:
        return url
    return urlunsplit((parts.scheme, netloc, parts.path, query, fragment))


def with_credentials(link: str, page_url: str) -> str:
    """``link``, read from a page fetched at ``page_url``, with that page's userinfo when it
    points at the same origin. Pages are parsed against their redacted URL (so no entry
    link carries the credentials); the next page of a private archive still needs them."""
    page, target = urlsplit(page_url), urlsplit(link)
    if "@" not in page.netloc or "@" in target.netloc:
        return link
    same_origin = (target.scheme, target.netloc) == (page.scheme, page.netloc.rpartition("@")[2])
    if not same_origin:
        return link
    return urlunsplit((target.scheme, page.netloc, target.path, target.query, target.fragment))


def redact_text(text: str, params: frozenset[str] = DEFAULT_SECRET_PARAMS) -> str:
    """``text`` with every URL in it redacted (log lines, error messages)."""
    if "://" not in text:
        return text
    return _URL_IN_TEXT.sub(lambda m: _redact_match(m.group(0), params), text)


def _redact_match(found: str, params: frozenset[str]) -> str:
    # Punctuation that ends a sentence is not part of the URL before it.
    url = found.rstrip(".,;:!?)]}")
    return redact_url(url, params) + found[len(url) :]
