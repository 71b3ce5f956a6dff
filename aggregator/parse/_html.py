"""Markup -> plain text, for titles that arrive as HTML."""

from __future__ import annotations

import html
import re

import nh3

_SPACE = re.compile(r"\s+")


def html_to_text(markup: str) -> str:
    """The visible text of an HTML fragment, whitespace collapsed (script/style dropped)."""
    return _SPACE.sub(" ", html.unescape(nh3.clean(markup, tags=set()))).strip()
