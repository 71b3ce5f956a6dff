"""Links that name a person by where they lead or stand: a link to the home of a user's own
site on a platform (the host's first label is the user's name), and a link that is one phrase
of a paragraph of prose (someone the teaser talks about, not its author)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from aggregator.parse.listing._lines import DATE_LINE_WORDS, INLINE_TAGS
from aggregator.parse.listing._text import shown_text, visible_text

#: The first label of a host that names a service's part, not a user's site ("www.", "m.").
_SERVICE_LABELS = frozenset({"www", "m", "mobile", "blog", "blogs", "news", "en", "de", "fr", "es"})


def user_site(a: Any) -> str | None:
    """A user name as a link to the user's own site on a platform writes it: the link leads to
    the home of a host whose first label is the link's one word, "_" written "-" as host names
    must, in the same case ("<a href=http://ki-zu.livejournal.com/>ki_zu</a>", "<a
    href=https://staff.tumblr.com/>staff</a>"); a host of three labels at least, the user's
    under the platform's. A section's name on its own subdomain is written as a word of the
    language ("<a href=https://bourse.example.fr/>Bourse</a>"), not in the host's case."""
    if a.tag != "a":
        return None
    text = shown_text(a)
    if not text or " " in text or not any(c.isalpha() for c in text):
        return None
    parts = urlsplit(a.get("href") or "")
    labels = (parts.hostname or "").split(".")
    if len(labels) < 3 or labels[0] in _SERVICE_LABELS or parts.path not in ("", "/") or parts.query:
        return None
    # As typed, case and all: "Bourse" linking bourse.example.fr names a section of the site.
    return text if labels[0] == text.replace("_", "-") else None


def in_paragraph(a: Any) -> bool:
    """A link that is one phrase of a paragraph of prose: its nearest block is a <p> holding
    more words than a metadata line, most of them outside the link."""
    line = next((b for b in a.iterancestors() if b.tag not in INLINE_TAGS), None)
    if line is None or line.tag != "p":
        return False
    words = len((visible_text(line) or "").split())
    return words > DATE_LINE_WORDS and words > 2 * len((visible_text(a) or "").split())
