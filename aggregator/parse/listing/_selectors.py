"""CSS selectors that find again the entries a heuristic found: shown by ``preview`` and
``preview --json`` so that a user can pin them in ``[sources.select]``."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from aggregator.parse.listing._title_link import title_link


def describe(members: list[Any]) -> dict[str, str]:
    """CSS selectors for what the heuristics chose, to copy into [sources.select]."""
    first = members[0]
    shared = _shared_class(members)
    item = f"{_css_path(first.getparent())} > {_css_step(first, with_class=shared, item=True)}"
    out = {"item": item}
    link = title_link(first)
    if link is not None:
        out["title"] = _relative_path(first, link) or "a"
    for el in first.iter():
        if el.tag == "time":
            out["date"] = "time"
            break
    return out


def _shared_class(members: list[Any]) -> str | None:
    # In the order the page writes them (a set's order changes with the hash seed).
    counts = Counter(c for m in members for c in dict.fromkeys((m.get("class") or "").split()))
    shared = [c for c, n in counts.items() if n == len(members) and not re.search(r"\d", c)]
    return shared[0] if shared else None


def _css_step(el: Any, with_class: str | None = None, item: bool = False) -> str:
    """A CSS step for ``el``: tag#id for a container, tag.class shared by all for an item
    (items' ids differ from one to the next: post-4821, post-4820...)."""
    if not item and el.get("id") and re.match(r"^[A-Za-z][\w-]*$", el.get("id")):
        return f"{el.tag}#{el.get('id')}"
    cls = with_class
    if cls is None:
        classes = [
            c
            for c in (el.get("class") or "").split()
            if re.match(r"^[A-Za-z][\w-]*$", c) and not re.search(r"\d", c)
        ]
        cls = classes[0] if classes else None
    return f"{el.tag}.{cls}" if cls else str(el.tag)


def _css_path(el: Any) -> str:
    steps = []
    node = el
    while node is not None and isinstance(node.tag, str) and node.tag not in ("html",):
        steps.append(_css_step(node))
        if "#" in steps[-1] or node.tag == "body":
            break
        node = node.getparent()
    return " > ".join(reversed(steps))


def _relative_path(root: Any, el: Any) -> str:
    steps = []
    node = el
    while node is not None and node is not root:
        steps.append(str(node.tag))
        node = node.getparent()
    return " ".join(reversed(steps)) if node is root else ""
