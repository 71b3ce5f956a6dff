"""A front page's other blocks of teasers: groups that rival the chosen list.

A news front or a portal's home shows its stories in several blocks (the top stories'
carousel, the press releases' ticker, the photo series, each in a markup of its own) where a
tag or category page shows one list. The best group is one of them; the others score nearly
as well — teasers of the same element, in the content, with headlines linking to the site's
own articles — and lose only to it. Menus, tag clouds and boxes named or headed "Most read",
"Related" score far less (their placement and their titles), and so stay out. The weights
are in ``_weights``.
"""

from __future__ import annotations

from typing import Any

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
    """The groups of the best group's element that score at least ``_weights.RIVAL_SHARE``
    of its score, placed at least as well as ``floor``, each of at least
    ``_weights.RIVAL_MIN_ITEMS`` teasers with distinct headlines all linking to the site's
    articles, apart from what is already taken (``inside``, which grows with them). Beside a
    list whose every item shows a date (a river, a ticker), a block whose items mostly show
    none is of another kind (a carousel of partners' pictured teasers in a side column)."""
    dated = bool(best_items) and all(item.published for item in best_items)
    top = max((score for score, members, _ in scored if members[0] in best), default=0.0)
    if top <= 0:
        return []
    found: list[tuple[list[Any], list[Item]]] = []
    for score, members, items in sorted(scored, key=lambda group: -group[0]):
        if score < W.RIVAL_SHARE * top:
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
            or (dated and 2 * sum(bool(i.published) for i in usable) <= len(usable))
        ):
            continue
        found.append((members, items))
        inside.update(el for m in members for el in m.iter())
    return found
