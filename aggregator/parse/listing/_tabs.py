"""A tab set's other panels: a portal's box of tabs ("Notices | Rules | Downloads") writes every
tab's list in the page, one panel each, the first shown and the others hidden until their tab is
clicked (``class="panel hidden"``, ``aria-hidden``, ``style="display:none"``, or
``role="tabpanel"`` for all). A panel read as part of the list brings its sibling panels: the
element at the same path inside each of them holds that tab's teasers, read as the shown
panel's are. The page holds them all; what a reader reaches with one click is on the page.

A panel is an ancestor of the list's container, up to ``_weights.FAMILY_LEVELS`` levels, with
siblings of the same tag and classes once the classes that only say which one is shown are set
aside ("hidden", "active", "current", "on"), and the set is a tab set: one of them hidden or
named a tab panel by its role. Hidden elements beside one that is not, each of another markup
(a slider's hidden copies of other boxes), are none.
"""

from __future__ import annotations

import re
from typing import Any

from aggregator.parse.listing import _weights as W
from aggregator.parse.listing._document import Context, Item
from aggregator.parse.listing._fields import heuristic_item
from aggregator.parse.listing._placement import classes_of
from aggregator.parse.listing._text import is_hidden

#: Classes that only say which panel of a set is shown: set aside when panels are compared.
_STATE = re.compile(
    r"^(?:is-|js-)?(?:hidden|hide|active|current|selected|show|shown|on|off|open|closed|cur|"
    r"in|out|fade|visible|invisible|block|none|first|last|sel|now)$",
    re.I,
)

Path = tuple[tuple[str, frozenset[str]], ...]


def _kind(el: Any) -> tuple[str, frozenset[str]]:
    """``el``'s tag and classes, those that only say whether it is shown set aside."""
    return el.tag, frozenset(c for c in classes_of(el) if not _STATE.match(c))


def _panels(node: Any) -> list[Any]:
    """The panels of the tab set ``node`` is a panel of (``node`` first), or [] when it is none."""
    parent = node.getparent()
    if parent is None:
        return []
    kind = _kind(node)
    others = [s for s in parent if s is not node and isinstance(s.tag, str) and _kind(s) == kind]
    panels = [node, *others]
    if not others or not any(is_hidden(p) or p.get("role") == "tabpanel" for p in panels):
        return []
    return panels


def tab_panels(
    groups: list[tuple[list[Any], list[Item]]], ctx: Context
) -> list[tuple[list[Any], list[Item]]]:
    """The teasers of the hidden (or other) panels of each tab set a group of ``groups`` is in,
    read at the same path from each panel as in the group's own, members of the group's tag
    holding a link; none already in ``groups``."""
    held = {el for members, _ in groups for el in members}
    done: set[Any] = set()
    found: list[tuple[list[Any], list[Item]]] = []
    for members, _ in groups:
        if not members:
            continue
        node = members[0].getparent()
        path: Path = ()
        for _ in range(W.FAMILY_LEVELS + 1):
            if node is None or node.tag in ("body", "html"):
                break
            panels = _panels(node)
            if panels:
                if node not in done:
                    done.update(panels)
                    found += _read_panels(panels[1:], path, members[0].tag, held, ctx)
                break
            path = (_kind(node), *path)
            node = node.getparent()
    return found


def _read_panels(
    panels: list[Any], path: Path, tag: str, held: set[Any], ctx: Context
) -> list[tuple[list[Any], list[Item]]]:
    found = []
    for panel in panels:
        target = _follow(panel, path)
        if target is None:
            continue
        members = [
            m
            for m in target
            if isinstance(m.tag, str)
            and m.tag == tag
            and m not in held
            and any(a.get("href") for a in m.iter("a"))
        ]
        if members:
            held.update(members)
            found.append((members, [heuristic_item(m, ctx) for m in members]))
    return found


def _follow(el: Any, path: Path) -> Any:
    """The descendant of ``el`` reached by ``path``, child by child, shown state set aside."""
    for kind in path:
        el = next((c for c in el if isinstance(c.tag, str) and _kind(c) == kind), None)
        if el is None:
            return None
    return el
