"""A front page's other blocks of teasers: groups that rival the chosen list.

A news front or a portal's home shows its stories in several blocks (the top stories'
carousel, the press releases' ticker, the photo series, each in a markup of its own) where a
tag or category page shows one list. The best group is one of them; the others, teasers of
the same element in the content with headlines linking to the site's own articles, lose
only to it: they score nearly as well, or, poorer (a slider of pictures and headlines
without dates beside dated cards), link to addresses of the very shape of the list's
("/2016/03/10/a-slug/", "/173239-a-slug/"). Menus, tag clouds and boxes named or headed
"Most read", "Related" are placed worse, and so stay out. The weights are in ``_weights``.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from aggregator.parse.listing import _weights as W
from aggregator.parse.listing._document import Context, Item
from aggregator.parse.listing._placement import article_like, placement


def rival_groups(
    best: list[Any],
    best_items: list[Item],
    scored: list[tuple[float, list[Any], list[Item]]],
    inside: set[Any],
    floor: float,
    ctx: Context,
) -> list[tuple[list[Any], list[Item]]]:
    """The groups of the best group's element, apart from what is already taken (``inside``,
    which grows with them), placed at least as well as ``floor``, each of at least
    ``_weights.RIVAL_MIN_ITEMS`` teasers with distinct headlines all linking to the site's
    articles, that score at least ``_weights.RIVAL_SHARE`` of the list's score, or
    ``_weights.SHAPED_RIVAL_SHARE`` when every link has the shape of one of the list's."""
    top = max((score for score, members, _ in scored if members[0] in best), default=0.0)
    if top <= 0:
        return []
    # Only shapes that name an article by a number: a slug alone ("/plus/a-slug") is also
    # the shape of a topic's or a column's page ("/thema/a_column/").
    shapes = {shape for i in best_items if i.link for shape in [url_shape(i.link)] if _numbered(shape)}
    found: list[tuple[list[Any], list[Item]]] = []
    for score, members, items in sorted(scored, key=lambda group: -group[0]):
        if score < W.SHAPED_RIVAL_SHARE * top:
            break
        first = members[0]
        if first.tag != best[0].tag or any(el in inside for el in [first, *first.iterancestors()]):
            continue
        if any(el in inside for m in members for el in m.iter()):
            continue  # around the list or something taken: a layout block, not a rival
        usable = [i for i in items if i.link and i.title]
        if (
            len(usable) < W.RIVAL_MIN_ITEMS
            or len({i.title for i in usable}) < len(usable)
            or not all(article_like(i.link, ctx.base) for i in usable)
            or placement(first.getparent(), featured=False) < floor
        ):
            continue
        if score < W.RIVAL_SHARE * top and not all(url_shape(i.link) in shapes for i in usable):
            continue
        found.append((members, items))
        inside.update(el for m in members for el in m.iter())
    return found


#: A path's part made of a number and a slug ("173239-a-film-review"), a slug, or a number.
_NUMBERED_SLUG = re.compile(r"^\d+-[^/]+$")
_SLUG = re.compile(r"^[^/]*[\w][-_][\w][^/]*$")
_NUMBER = re.compile(r"^\d+$")


def _numbered(shape: tuple[str, ...]) -> bool:
    return any(part.split(".")[0] in ("9", "9-s") for part in shape)


def url_shape(url: str | None) -> tuple[str, ...]:
    """What an article's address looks like, without its words: each part of its path a
    number ("9"), a numbered slug ("9-s"), a slug ("s") or a word ("w"), its extension kept,
    and the names of its query's parameters ("/2016/03/10/a-slug/" -> 9 9 9 s;
    "/news/notices/2016/0425/136.html" -> w w 9 9 9.html)."""
    parts = urlsplit(url or "")
    shape = []
    for part in (p for p in parts.path.split("/") if p):
        stem, dot, ext = part.rpartition(".") if re.search(r"\.\w{2,5}$", part) else (part, "", "")
        kind = (
            "9"
            if _NUMBER.match(stem)
            else "9-s"
            if _NUMBERED_SLUG.match(stem)
            else "s"
            if _SLUG.match(stem)
            else "w"
        )
        shape.append(kind + dot + ext.lower())
    shape += sorted("?" + name for name, _ in parse_qsl(parts.query))
    return tuple(shape)
