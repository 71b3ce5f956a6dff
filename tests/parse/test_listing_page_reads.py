"""What the listing modules read once per page is kept for that page only, and let go with it."""

from __future__ import annotations

import gc
from typing import Any

import lxml.html

from aggregator.parse.listing import _text
from aggregator.parse.listing._text import page_reads


def _page(html: str) -> Any:  # the document's root, held while the page is read (read_document)
    return lxml.html.document_fromstring(html)


def test_reads_are_kept_per_page_and_kind() -> None:
    one = _page("<div><p>a</p><p>b</p></div>")
    two = _page("<div><p>c</p></div>")
    first, second = one.iter("p")
    page_reads(first, "links")["x"] = 1
    assert page_reads(second, "links") == {"x": 1}  # any element of the page finds them
    assert page_reads(one, "endings") == {}
    assert page_reads(next(two.iter("p")), "links") == {}


def test_a_page_let_go_takes_its_reads_with_it() -> None:
    page = _page("<div><p>a</p></div>")
    p = next(page.iter("p"))
    page_reads(p, "links")[p] = 1  # elements as keys, as _placement keeps them
    before = len(_text._PAGE_READS)
    del page, p
    gc.collect()
    assert len(_text._PAGE_READS) == before - 1
