"""What a line of a teaser is: the elements that run inside one, and how long a date line may
be. Shared by the readers of a teaser's date (``_fields``) and of its byline (``_byline``)."""

from __future__ import annotations

#: A block of at most this many words may be a date line ("Par Anna Reyes · 5 janv. 2026");
#: longer text is prose, whose dates are those of events, not of the article.
DATE_LINE_WORDS = 10

#: Inline elements: a run of text inside a paragraph, not a line of its own.
INLINE_TAGS = frozenset(
    {
        "strong",
        "b",
        "em",
        "i",
        "span",
        "small",
        "mark",
        "u",
        "abbr",
        "cite",
        "q",
        "sup",
        "sub",
        "code",
        "font",
    }
)
