"""WebSub (W3C Recommendation, 2018): push instead of poll.

Three roles, each in its module:

- ``publisher``: our feeds advertise hubs (``<link rel="hub">``, ``Link`` headers) and
  the external hubs of ``[websub] hubs`` are pinged when a current document changes;
- ``hub``: with ``[websub] hub = true`` we are the hub of our own feeds — requests are
  recorded by the web app, verified and delivered by the scheduler's process;
- ``subscriber``: with ``[websub] subscribe = true`` sources whose feed advertises a hub are
  subscribed to; pushed content goes through the normal pipeline at once.

Everything that talks HTTP runs beside the tick on a thread of its own, and every request
goes through the fetcher's address rules. State lives in the database, claimed like sources,
so several workers share the work.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from typing import TYPE_CHECKING

from aggregator.exceptions import AggregatorError

if TYPE_CHECKING:
    import httpx

#: Signature methods a hub may use in X-Hub-Signature (WebSub 8: sha1, sha256, sha384,
#: sha512); we sign with sha256.
SIGNATURE_METHODS = {
    "sha1": hashlib.sha1,
    "sha256": hashlib.sha256,
    "sha384": hashlib.sha384,
    "sha512": hashlib.sha512,
}


def signature(secret: str, body: bytes, method: str = "sha256") -> str:
    """The X-Hub-Signature value of ``body``: ``method=hexdigest`` of HMAC(secret, body)."""
    digest = hmac.new(secret.encode("utf-8"), body, SIGNATURE_METHODS[method]).hexdigest()
    return f"{method}={digest}"


def signature_valid(secret: str, body: bytes, header: str | None) -> bool:
    """True when ``header`` is a valid X-Hub-Signature of ``body`` under ``secret``."""
    if not header or "=" not in header:
        return False
    method, _, given = header.partition("=")
    method = method.strip().lower()
    if method not in SIGNATURE_METHODS:
        return False
    return hmac.compare_digest(signature(secret, body, method), f"{method}={given.strip().lower()}")


#: Longest answer read from a hub or a callback: an echoed challenge or an error message. A
#: hostile peer sending more is cut off there.
MAX_ANSWER = 4096


def send(
    client: httpx.Client,
    method: str,
    url: str,
    *,
    data: Mapping[str, str] | None = None,
    content: bytes | None = None,
    headers: Mapping[str, str] | None = None,
) -> tuple[int, bytes]:
    """A request whose answer is read up to ``MAX_ANSWER`` bytes: (status, start of body).
    ``data`` is sent as a form (the hub protocol's requests), ``content`` as it is (a
    delivered feed document, with its ``headers``)."""
    with client.stream(method, url, data=data, content=content, headers=headers) as response:
        body = b""
        for chunk in response.iter_bytes():
            body += chunk
            if len(body) > MAX_ANSWER:
                break
        return response.status_code, body[:MAX_ANSWER]


def request_errors() -> tuple[type[Exception], ...]:
    """What a request through ``send`` may raise, for an ``except`` clause (evaluated only
    when something was raised): httpx is imported by whoever made the client, not at the
    import of this package, which ``aggregator serve`` loads whether it pushes or not."""
    import httpx

    return (httpx.HTTPError, AggregatorError, OSError)


def hub_url(base_url: str) -> str:
    """Where our own hub listens."""
    return f"{base_url}/websub"
