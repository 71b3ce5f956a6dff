"""A story's package among the list's teasers: a front sets a lead and its follow-ups in one
block (<section class=fig-ensemble> around three <section class=fig-profil>), a member of the
list that is not of the list's kind but holds several teasers that are. Read as one member it
gave its first headline only; each teaser inside is an entry. A member with a headline of its
own beside them (a lead with a "most read" box inside its <article>) is no package: its own
headline is the entry, and teasers in an <aside> or <nav> inside it are never the list's.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from aggregator.parse.listing._document import Context, Item
from aggregator.parse.listing._fields import heuristic_item
from aggregator.parse.listing._kinds import kind_classes
from aggregator.parse.listing._vocabulary import HEADINGS


def unpacked(members: list[Any], items: list[Item], ctx: Context) -> tuple[list[Any], list[Item]]:
    """``members`` with each package (a member without the list's kind classes, those most
    members share, holding two teasers or more of the list's tag and kind, each read with a
    link and a title) replaced by the teasers it holds, in page order."""
    counts = Counter(c for m in members for c in kind_classes(m))
    listed = {i.link for i in items if i.link}
    kinds = {c for c, n in counts.items() if n * 2 > len(members)}
    if not kinds:
        return members, items
    tags = {m.tag for m in members if kinds & kind_classes(m)}
    out_members: list[Any] = []
    out_items: list[Item] = []
    for member, item in zip(members, items, strict=True):
        inner = [] if kinds & kind_classes(member) else _teasers_of_kind(member, tags, kinds, ctx)
        if len(inner) >= 2 and not any(i.link in listed - {item.link} for _, i in inner):
            out_members += [el for el, _ in inner]
            out_items += [i for _, i in inner]
        else:
            out_members.append(member)
            out_items.append(item)
    return out_members, out_items


def _teasers_of_kind(member: Any, tags: set[str], kinds: set[str], ctx: Context) -> list[tuple[Any, Item]]:
    """The outermost blocks inside ``member`` of one of ``tags`` and a class of ``kinds``, when
    each reads as a teaser (a link and a title); empty otherwise."""
    found: list[Any] = []
    for el in member.iterdescendants(*tags):
        if kinds & kind_classes(el) and not any(a in found for a in el.iterancestors()):
            found.append(el)
    if not found or _own_headline(member, found) or any(_set_aside(el, member) for el in found):
        return []
    read = [(el, heuristic_item(el, ctx)) for el in found]
    return read if all(i.link and i.title for _, i in read) else []


def _own_headline(member: Any, teasers: list[Any]) -> bool:
    """True when ``member`` holds a heading outside ``teasers``: a lead of its own."""
    inside = {n for t in teasers for n in t.iter()}
    return any(h not in inside for h in member.iter(*HEADINGS))


def _set_aside(el: Any, member: Any) -> bool:
    """True when ``el`` sits in an <aside> or <nav> inside ``member``: a box beside its story."""
    for a in el.iterancestors():
        if a is member:
            return False
        if a.tag in ("aside", "nav"):
            return True
    return False
