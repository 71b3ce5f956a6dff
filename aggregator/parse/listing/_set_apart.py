"""Members of the chosen list that the page sets apart from its entries: blocks of the list's
markup, undated where the list's entries are dated, sharing a class no dated one has, above
the dated ones (a classifieds page's paid "Спец предложение" cards above its dated ads). The
page marks them as another kind; their missing date and their place ahead of the stream say
they are not the stream the page lists. Undated posts of a kind of their own among or after
dated ones stay: a weblog's theme prints no date on its quotes and asides ("format-quote",
"format-aside"), and they are posts all the same. A dated variant ("b-list__row--sticky", a
pinned thread with its time) stays: it is an entry the page keeps on top."""

from __future__ import annotations

from typing import Any

from aggregator.parse.listing import _weights as W
from aggregator.parse.listing._document import Item
from aggregator.parse.listing._placement import classes_of


def set_apart(members: list[Any], items: list[Item]) -> set[Any]:
    """The ``members`` set apart (see the module), by their ``items``: only when most
    members are dated (``W.SET_APART_DATED_SHARE``), and the undated ones, two at least
    (``W.SET_APART_MIN_MEMBERS``), share a class no dated member has: a component of their
    own. One undated post among dated ones ("format-link" on a weblog's link post) is an
    entry whose class names its kind, and so are undated posts after or among dated ones.
    Boxes to the caller: neither entries of the list nor teasers beside it."""
    dated = [m for m, i in zip(members, items, strict=True) if i.published]
    undated = [m for m, i in zip(members, items, strict=True) if not i.published]
    if not undated or len(dated) < W.SET_APART_DATED_SHARE * len(members):
        return set()
    dated_classes = {c for m in dated for c in classes_of(m)}
    own = set.intersection(*(classes_of(m) for m in undated)) - dated_classes
    # above the stream: every undated member before the first dated one
    above = members.index(dated[0]) == len(undated) if dated else False
    return set(undated) if own and above and len(undated) >= W.SET_APART_MIN_MEMBERS else set()
