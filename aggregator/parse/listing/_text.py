"""Reading a listing page's text as a reader sees it: visible text without hidden
(screen-reader) parts, scripts or styles; the elements a teaser's text leaves out; and small
tree helpers (paths, removal keeping the tail, what is read once per page) the other modules
share.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable
from typing import Any

HIDDEN = re.compile(
    r"(?:^|\s)(screen-reader-text|sr-only|visually-hidden|visuallyhidden|offscreen|off-screen|"
    r"element-invisible|hidden|hide|a11y-hidden|u-visually-hidden)(?:$|\s)",
    re.I,
)


DROP = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "button",
    "form",
    "iframe",
    "select",
    "input",
    "textarea",
    "figure",
    "picture",
    "img",
    "video",
    "audio",
    "nav",
)


def inline_in_text(link: Any) -> bool:
    """True for a link inside running text: words right before or after it."""
    previous = link.getprevious()
    before = (previous.tail if previous is not None else link.getparent().text) or ""
    after = link.tail or ""
    return bool(re.search(r"\w[\s,;:«»\"'’(]*$", before) or re.match(r"^[\s,;:»\"’)]*\w", after))


_BLOCKS = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "br",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
    }
)


def visible_text(el: Any) -> str | None:
    """The visible text of an element, in document order, whitespace collapsed; hidden
    (screen-reader) text, scripts and styles left out."""
    if el is None:
        return None
    parts: list[str] = []
    _collect_text(el, parts)
    text = " ".join("".join(parts).split())
    return text or None


def shown_text(el: Any) -> str:
    """``visible_text``, "" for an element that shows none (or for None): for comparing and
    counting words, where no text is as good as an empty one."""
    return visible_text(el) or ""


def _collect_text(node: Any, parts: list[str]) -> None:
    if node.text:
        parts.append(node.text)
    for child in node:
        if (
            isinstance(child.tag, str)
            and child.tag not in ("script", "style", "template")
            and not is_hidden(child)
        ):
            block = child.tag in _BLOCKS
            if block:
                parts.append(" ")
            _collect_text(child, parts)
            if block:
                parts.append(" ")
        if child.tail:
            parts.append(child.tail)


def own_text(el: Any) -> str | None:
    text = " ".join(" ".join(t for t in el.itertext() if t).split())
    return text or None


def is_hidden(el: Any) -> bool:
    """Not shown to readers: a screen-reader class, aria-hidden, the hidden attribute, or an
    inline style that hides it (a news ticker's items but the first, "display:none")."""
    return (
        bool(HIDDEN.search(el.get("class") or ""))
        or el.get("aria-hidden") == "true"
        or el.get("hidden") is not None
        or bool(_HIDING_STYLE.search(el.get("style") or ""))
    )


#: An inline style that hides its element.
_HIDING_STYLE = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b", re.I)


def text_outside(node: Any, skip: set[Any], fence: Callable[[Any], str | None] | None = None) -> str | None:
    """The visible text of ``node`` without the text of the elements in ``skip``; where
    ``fence`` gives a string for an element, that string stands for the element's text."""
    parts: list[str] = []

    def walk(n: Any) -> None:
        if n.text:
            parts.append(n.text)
        for child in n:
            if (
                isinstance(child.tag, str)
                and child not in skip
                and not is_hidden(child)
                and child.tag not in ("script", "style", "template")
            ):
                fenced = fence(child) if fence is not None else None
                if fenced is not None:
                    parts.append(fenced)
                else:
                    parts.append(" ")
                    walk(child)
                    parts.append(" ")
            if child.tail:
                parts.append(child.tail)

    walk(node)
    text = " ".join("".join(parts).split())
    return text or None


def path_to(root: Any, el: Any) -> list[int] | None:
    path = []
    node = el
    while node is not root:
        parent = node.getparent()
        if parent is None:
            return None
        path.append(parent.index(node))
        node = parent
    return list(reversed(path))


def follow(root: Any, path: list[int]) -> Any:
    node = root
    for index in path:
        node = node[index]
    return node


def remove_keeping_tail(node: Any) -> None:
    parent = node.getparent()
    if parent is None:
        return
    if node.tail:
        previous = node.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + " " + node.tail
        else:
            parent.text = (parent.text or "") + " " + node.tail
    parent.remove(node)


def as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def nonblank(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


#: Per parsed page (the document's root, alive while the page is read): what a module reads of
#: the whole page once, by kind of read, where asking for each card walked the page again
#: (O(cards x page)). The listing's tree is no longer changed once these are read: rows and
#: runs wrapped later in a <tbody> or a <div> (``_detect``) leave every read as it was.
_PAGE_READS: weakref.WeakKeyDictionary[Any, dict[str, dict[Any, Any]]] = weakref.WeakKeyDictionary()


def page_reads(el: Any, kind: str) -> dict[Any, Any]:
    """The reads of ``kind`` kept for the page ``el`` is on, to fill and look up by the
    caller's own key. A value must not hold the page's root element, or the page would
    never be let go."""
    return _PAGE_READS.setdefault(el.getroottree().getroot(), {}).setdefault(kind, {})
