"""The last pass before a document is written: every string XML 1.0 can carry.

Whatever the stages before did (a sanitizer that unescapes ``&#1;`` into a control
character, a title from a database written by an older version), a document is built only
from text that is legal in XML, so no entry can make a feed unrenderable.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass, replace
from typing import Any, TypeVar

#: What XML 1.0 (section 2.2) forbids: NUL, most C0 controls, lone surrogates, U+FFFE/FFFF.
ILLEGAL_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

T = TypeVar("T")


def legal_text(text: str) -> str:
    """``text`` without the characters XML 1.0 does not allow."""
    return ILLEGAL_XML.sub("", text)


def legal(value: T) -> T:
    """``value`` with every string in it (dataclass fields, tuples, nested) made legal; the
    same object when nothing had to change, which is nearly always."""
    return _legal(value)  # type: ignore[no-any-return]


def _legal(value: Any) -> Any:
    if isinstance(value, str):
        return ILLEGAL_XML.sub("", value) if ILLEGAL_XML.search(value) else value
    if isinstance(value, tuple):
        items = tuple(_legal(v) for v in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    if is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in fields(value):
            old = getattr(value, f.name)
            new = _legal(old)
            if new is not old:
                changes[f.name] = new
        return replace(value, **changes) if changes else value
    return value
