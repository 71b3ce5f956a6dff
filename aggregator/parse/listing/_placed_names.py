"""Bylines known by where they stand, whatever their classes say: a name alone in the card's
``<footer>`` (HTML's element for "information about its section, such as who wrote it"), and
a name beside a portrait known by its address (an avatar service's picture, "/avatar/"), or
linked to the same address as that portrait, or named only by the ``alt`` of a portrait its
class marks as the author's.
"""

from __future__ import annotations

import re
from typing import Any

from aggregator.parse.listing._dated_names import reads_as_name
from aggregator.parse.listing._document import Context
from aggregator.parse.listing._text import is_hidden, shown_text, visible_text
from aggregator.parse.listing._vocabulary import CHROME, READ_MORE, looks_like_names
from aggregator.words import fold

#: A card's footer holding more words than this is not a credit line (a teaser, a list):
#: a credit line is a name (four words at most) and a date ("20 November 2026, 14:00", four)
#: with a by-word, a reading time ("4 Min") and such around them: three times four.
_FOOTER_WORDS = 12
#: An unlabelled name has two to four words ("Rouven Chlebna", "Marco Lo Bianco").
_NAME_WORDS = 4
#: A picture's address naming it a user's portrait: "/avatar/", "gravatar.com", "avatars/".
_AVATAR_SRC = re.compile(r"(?:^|[/.])(?:avatars?|gravatar)[/.]", re.I)
#: A picture's class drawing it as a circle, as sites draw their users' portraits (Tailwind's
#: "rounded-full", Bootstrap's "rounded-circle" and "img-circle"); logos and photos are not.
_ROUND_PICTURE = re.compile(r"(?:^|\s)(?:rounded-full|rounded-circle|img-circle|circle)(?:$|\s)", re.I)


def footer_byline(card: Any, skip: set[Any], ctx: Context) -> tuple[str | None, Any]:
    """The name an element of the card's own ``<footer>`` shows alone ("<footer><ul><li><span>
    Rouven Chlebna</span></li></ul></footer>"): not a link, two to four capitalized words, no
    date, in a footer of a few words; (None, None) when there is none."""
    for footer in card.iter("footer"):
        if footer is card or footer in skip or is_hidden(footer):
            continue
        if len((visible_text(footer) or "").split()) > _FOOTER_WORDS:
            continue
        for node in footer.iter():
            name = _leaf_name(node, skip, ctx)
            if name:
                return name, node
    return None, None


def avatar_byline(card: Any, skip: set[Any], ctx: Context) -> tuple[str | None, Any]:
    """The name right after a portrait its address calls an avatar ("<img
    src=https://gravatar.example/avatar/…> <p>John Maeda</p>"), in the same block; (None,
    None) when there is none."""
    for img in card.iter("img"):
        named = _pictured_author(img, skip)
        if named is not None:
            return named, img
        if not (
            _AVATAR_SRC.search(img.get("src") or img.get("data-src") or "")
            or _ROUND_PICTURE.search(img.get("class") or "")
        ):
            continue
        linked = _profile_name(card, img, skip, ctx)
        if linked is not None:
            return shown_text(linked), linked
        sibling = img.getnext()
        while sibling is not None and not isinstance(sibling.tag, str):
            sibling = sibling.getnext()
        if (img.tail or "").strip() or sibling is None:
            continue
        for node in sibling.iter():
            # The name may stand inside the card's own link (a whole-row link holding the
            # avatar too): only a link of its own, inside the sibling, makes it a link's text.
            name = _leaf_name(node, skip, ctx, one_word=True, within=sibling)
            if name:
                return name, node
    return None, None


#: A class marking a picture, or the element holding it, as a byline's: "avatar", "author".
_AUTHOR_PICTURE = re.compile(r"(?:^|[\s_-])(?:avatars?|authors?|byline)(?:$|[\s_-])", re.I)


#: Words of an ``alt`` that describes the picture rather than naming the person ("User Avatar").
_PICTURE_WORDS = re.compile(
    r"\b(?:avatars?|gravatar|profile|picture|photo|image|img|icon|logo|authors?|users?|portrait)\b", re.I
)


def _pictured_author(img: Any, skip: set[Any]) -> str | None:
    """The name in the ``alt`` of an author's portrait shown without a name beside it ("<div
    class=author><img class=avatar alt='Jane Doe'></div>"): the picture and its holder marked
    as the byline's, the holder showing no text of its own; None otherwise."""
    holder = img.getparent()
    alt = " ".join((img.get("alt") or "").split())
    if holder is None or img in skip or not alt or not looks_like_names(alt) or _PICTURE_WORDS.search(alt):
        return None
    marked = [n for n in (img, holder) if _AUTHOR_PICTURE.search(n.get("class") or "")]
    if not marked or (visible_text(holder) or "").strip():
        return None
    return alt


def _profile_name(card: Any, img: Any, skip: set[Any], ctx: Context) -> Any:
    """The link naming the person whose avatar is linked (a link holding only the picture): a
    link of the card to the same address whose text is one word or a short name ("<a
    href=/alice><img src=/avatar/3.png></a> … <a href=/alice>alice</a>")."""
    holder = next(img.iterancestors("a"), None)
    href = holder.get("href") if holder is not None else None
    if not href or (visible_text(holder) or "").strip():
        return None
    for a in card.iter("a"):
        text = shown_text(a)
        if (
            a is not holder
            and a.get("href") == href
            and a not in skip
            and 0 < len(text) <= _USER_NAME_CHARS
            and any(c.isalpha() for c in text)
            and not ctx.date(text)
            and not READ_MORE.match(fold(text))
        ):
            return a
    return None


#: A user's one-word name ("Eric", "artpi", "魔王哪吒", "lzg9527") is this long at most: twice
#: the 12 characters common sign-up forms allow at the least, room for most handles.
_USER_NAME_CHARS = 24


def user_name(text: str) -> bool:
    """A user's name as a profile link or an avatar's caption shows it: one word with a letter
    in it, short, in any script and any case ("魔王哪吒", "jingda", "lzg9527"), where the
    capitals that tell a person's name in Latin letters may not be there to read; not "more"
    or "»"."""
    word = " ".join(text.split())
    return (
        0 < len(word) <= _USER_NAME_CHARS
        and " " not in word
        and any(c.isalpha() for c in word)
        and not READ_MORE.match(fold(word))
    )


def _leaf_name(
    node: Any, skip: set[Any], ctx: Context, *, one_word: bool = False, within: Any = None
) -> str | None:
    """The text of an unlinked element holding no other, when it reads as a person's name (or,
    ``one_word``, as a user's: one word with a letter, no digit alone, no date); a link around
    ``within`` (when given) does not count."""
    if not isinstance(node.tag, str) or node.tag == "a" or node in skip or is_hidden(node):
        return None
    if any(isinstance(c.tag, str) for c in node) or any(a.tag == "a" for a in _up_to(node, within)):
        return None
    text = shown_text(node)
    user = one_word and user_name(text) and ctx.date(text) is None and not CHROME.search(text)
    if not (user or reads_as_name(text, ctx, _NAME_WORDS)) or READ_MORE.match(fold(text)):
        return None
    return text


def _up_to(node: Any, within: Any) -> list[Any]:
    """The node's ancestors, all of them, or those up to ``within`` (itself included)."""
    if within is None:
        return list(node.iterancestors())
    if node is within:
        return []
    out = []
    for up in node.iterancestors():
        out.append(up)
        if up is within:
            break
    return out
