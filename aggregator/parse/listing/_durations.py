"""A video's or a podcast's running time on its teaser ("1:23", "12:05", "1:02:33", "4 Min"),
which a date reader takes for a time of day (the card dated today at 01:23): never a
publication's time, so the date passes leave it out.

A running time is known by its markup, not its digits ("14:05" on a news ticker is a clock):
an element marked as a duration (a class word "duration", "length" or "runtime",
``itemprop=duration``, an ``aria-label`` naming a duration, a ``datetime`` attribute holding
an ISO 8601 duration "PT1M23S") whose text is a running time alone; or a running time alone
in a thumbnail's overlay, the block that holds the teaser's picture and no other words.
"""

from __future__ import annotations

import re
from typing import Any

from aggregator.parse.listing._page_order import marked_within
from aggregator.parse.listing._text import visible_text

#: A class word naming a running time: "duration", "video-overlay__duration", "media-length",
#: "c-teaser__duration", "runtime"; not a utility class of a transition ("duration-200",
#: "md:duration-300"), which names how long an animation takes.
_DURATION_CLASS = re.compile(r"(?:^|[_-])(?:duration|length|runtime|playtime)(?:$|[_-])", re.I)
_UTILITY_CLASS = re.compile(r"(?:^|:)duration-\d+$", re.I)
#: An ISO 8601 duration, as ``<time datetime>`` states a running time: "PT1M23S", "P0DT1H2M".
_ISO_DURATION = re.compile(r"^\s*P(?:\d+[YMWD])*(?:T(?:\d+(?:\.\d+)?[HMS])+)?\s*$", re.I)
#: A running time and nothing else: "1:23", "(12:05)", "1:02:33", "4 Min", "3 min.", "45 mins",
#: "1 h 20 min".
_RUNNING_TIME = re.compile(
    r"^\s*[(\[]?\s*(?:\d{1,3}:[0-5]\d(?::[0-5]\d)?(?:\s*min\.?)?"
    r"|(?:\d{1,2}\s*h\s*)?\d{1,3}\s*(?:min|mins|minutes?|minuten|sek|sec)\.?)\s*[)\]]?\s*$",
    re.I,
)
#: Minutes and seconds alone ("1:23", "1:02:33", "▶ 3:17"), as a thumbnail's overlay shows them.
_MINUTES_SECONDS = re.compile(r"^[^\w:]*\d{1,3}:[0-5]\d(?::[0-5]\d)?\s*$")
#: A ``datetime`` attribute stating a day ("2026-12-05T14:05:00Z"): a <time> over a thumbnail
#: showing "14:05" is the publication's clock, not a running time.
_MACHINE_DATE = re.compile(r"^\s*\d{4}-\d{2}-\d{2}")
#: Elements that show a teaser's picture.
_PICTURES = ("img", "picture", "video")
#: Levels above a running time searched for the thumbnail it overlays.
_OVERLAY_LEVELS = 3
#: What may stand beside a running time over a thumbnail: a label ("Play", "Video"), no sentence.
_OVERLAY_WORDS = 3
#: A class naming a thumbnail or a player: "thumb", "media", "video-poster", "c-picture".
_THUMBNAIL_CLASS = re.compile(r"thumb|image|img|picture|photo|media|video|player|poster|cover|preview", re.I)
#: The longest label beside a running time over a thumbnail ("Play video", "Video ansehen").
_OVERLAY_CHARS = 16


def durations(card: Any) -> set[Any]:
    """The elements of ``card`` (and their descendants) that show a running time: marked as a
    duration, or in a thumbnail's overlay (module docstring)."""
    found: set[Any] = set()
    for node in marked_within(card, "running times", _running_time):
        if node not in found:  # else inside a running time already found
            found.update(node.iter())
    return found


def _running_time(node: Any) -> bool:
    """True when ``node`` shows a running time (``durations``): a test of the element alone,
    the same whichever card is read (a leaf's ``iter()`` is the leaf)."""
    if _MACHINE_DATE.match(node.get("datetime") or ""):
        return False
    if _ISO_DURATION.match(node.get("datetime") or "x") or (
        _marked(node) and _RUNNING_TIME.match(visible_text(node) or "")
    ):
        return True
    return len(node) == 0 and bool(_MINUTES_SECONDS.match(node.text or "")) and _over_picture(node)


def _marked(node: Any) -> bool:
    """True when ``node`` names itself a duration: by a class word, ``itemprop`` or label."""
    if (node.get("itemprop") or "").strip().lower() == "duration":
        return True
    if re.search(r"duration|running time|length", node.get("aria-label") or "", re.I):
        return True
    return any(
        _DURATION_CLASS.search(word) and not _UTILITY_CLASS.search(word)
        for word in (node.get("class") or "").split()
    )


def _over_picture(node: Any) -> bool:
    """True when ``node`` lies in a teaser's thumbnail, a few levels up: the block holding its
    picture, a link, a <figure> or a block named for a thumbnail or a player, that shows no
    more than a label beside the time ("▶ Play 1:23"); not a line holding an icon (a
    nickname's emoji beside a forum's last reply time, "噷安 🙂 13:56")."""
    block = node
    for _ in range(_OVERLAY_LEVELS):
        block = block.getparent()
        if block is None:
            return False
        if any(True for _ in block.iter(*_PICTURES)):
            if block.tag not in ("a", "figure") and not _THUMBNAIL_CLASS.search(block.get("class") or ""):
                return False
            rest = (visible_text(block) or "").replace(visible_text(node) or "", " ")
            return (
                not re.search(r"\d", rest)
                and len(rest.split()) <= _OVERLAY_WORDS
                and len(rest.strip()) <= _OVERLAY_CHARS
            )
    return False
