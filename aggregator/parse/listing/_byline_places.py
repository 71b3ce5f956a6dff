"""The place a byline is filed from, written after the name with a slash ("By Jane Doe / New
York"), which is no co-author: news cards put the dateline there as the article's opening
does ("NEW YORK —"). A slash also joins co-authors ("By A / B"), so a part after a slash is
dropped as a place only when something tells it from a person's name:

- the byline links its names (to profile pages) and that part is in no link, where a name
  before it is ("By <a>Jane Doe</a> / New York"; "<a>A</a> / <a>B</a>" stays two authors);
- with no link, the part is no person's full name written as the name before it is: one word
  beside a full name ("Jane Doe / Berlin"), in capitals beside a name that is not ("Jane Doe /
  NEW YORK", the dateline's convention), or opening with a word that opens place names and no
  given name ("New", "San", "Los", "Saint", "Fort", "North"...: "Jane Doe / New York",
  "Ana Ruiz / San José"); "Jane Doe / John Roe" stays two authors.

What follows a place goes with it. Pure: the byline's text and its element.
"""

from __future__ import annotations

import re
from typing import Any

from aggregator.parse.listing._text import visible_text

#: A slash between parts of a byline, spaced or not.
_SLASH = re.compile(r"\s*/\s*")
#: Words that open place names (cities, regions) and no person's given name.
_PLACE_OPENERS = frozenset(
    (
        "new",
        "san",
        "santa",
        "santo",
        "são",
        "los",
        "las",
        "saint",
        "st.",
        "ste.",
        "fort",
        "port",
        "mount",
        "lake",
        "north",
        "south",
        "east",
        "west",
        "rio",
        "cape",
        "tel",
        "abu",
        "kuala",
        "buenos",
        "salt",
        "palm",
    )
)


def without_dateline(text: str, node: Any = None) -> str:
    """``text`` (a byline's names, its by-word gone) without the place after a slash (see the
    module's docstring); ``node`` is the byline's element, for its links."""
    parts = [p.strip() for p in _SLASH.split(text)]
    if len(parts) < 2 or not all(parts):
        return text
    linked = [" ".join((visible_text(a) or "").split()) for a in node.iter("a")] if node is not None else []
    linked = [t for t in linked if t]
    kept = [parts[0]]
    for part in parts[1:]:
        if linked:
            place = not _in_link(part, linked) and any(_in_link(k, linked) for k in kept)
        else:
            place = _place_like(part, parts[0])
        if place:
            break
        kept.append(part)
    return text if len(kept) == len(parts) else " / ".join(kept)


def _in_link(part: str, linked: list[str]) -> bool:
    return any(part in text for text in linked)


def _place_like(part: str, name: str) -> bool:
    """``part``, after the byline's first ``name``, is no person's full name but a place."""
    words = part.split()
    if len(words) == 1:
        return len(name.split()) >= 2
    if part.isupper() and not name.isupper():
        return True
    return words[0].lower() in _PLACE_OPENERS
