"""feeds.respond's shortcuts give werkzeug's answers: gzip accepted or not, a validator sent
back as given."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from werkzeug.http import parse_accept_header

from aggregator.feeds import _accepts_gzip, document_of, respond

DOC = document_of(
    b"<feed/>" * 500,
    "application/atom+xml; charset=utf-8",
    datetime(2026, 1, 21, tzinfo=UTC),
    "public, max-age=60",
)


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "gzip",
        "GZIP, br",
        "gzip, deflate, br",
        "identity",
        "deflate",
        "x-gzip",
        "gzip;q=0",
        "br, gzip;q=0.5",
        "gzip; q=0, br",
        "*",
        "*;q=0",
        "br, *",
        "gzip, gzip;q=0",
    ],
)
def test_gzip_accepted_as_werkzeug_says(header: str | None) -> None:
    assert _accepts_gzip(header) == (parse_accept_header(header)["gzip"] > 0)


@pytest.mark.parametrize("accept", [None, "gzip"])
@pytest.mark.parametrize(
    "sent", [f'"{DOC.etag}"', f'"{DOC.etag}-gz"', f'W/"{DOC.etag}"', f'"other", "{DOC.etag}"', "*"]
)
def test_either_representations_etag_is_current(accept: str | None, sent: str) -> None:
    status, _, body = respond(DOC, if_none_match=sent, if_modified_since=None, accept_encoding=accept)
    assert (status, body) == (304, b"")


def test_another_etag_gets_the_document() -> None:
    status, headers, body = respond(
        DOC, if_none_match='"other"', if_modified_since=None, accept_encoding=None
    )
    assert (status, body) == (200, DOC.body)
    assert ("ETag", f'"{DOC.etag}"') in headers
