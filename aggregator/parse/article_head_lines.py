"""Where else an article page's dateline stands, whatever its class: a line of the article's
head (parse/article_head.py) that writes a day with its year, above the headline or beside
its byline, and an e-mail's "Date:" header as a mailing list's archive shows it. Read last by
parse/article_dateline.py ``datelines``, after the lines that say what they are.

Pure: no network, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from aggregator.parse._date_words import YEAR, full_year
from aggregator.parse.article_head import article_head, elsewhere, placed

_SPACE = re.compile(r"\s+")
MAX_DATELINE = 200  # longest text read as a dateline (a byline's block: name, date, role)
#: A whole time of day ("12:44", "12:44:07", "9 pm"), for what a dateline holds besides it.
_CLOCK_TEXT = re.compile(r"\d{1,2}\s*[:h]\s*\d\d(?::\d\d)?|\d{1,2}\s*[ap]\.?m\.?", re.I)


def head_lines(doc: Any) -> list[Any]:
    """The innermost elements of the article's head (parse/article_head.py) that write a day
    with its year, nearest the headline first (above it, the nearest line up); not in the
    headline, not another story's nor the site's chrome."""
    head = article_head(doc)
    headline = next((h for h in doc.iter("h1") if h.text_content().strip()), None)
    lines: list[Any] = []
    for el in head:
        if headline is not None and (el is headline or any(a is headline for a in el.iterancestors())):
            continue
        text = full_year(joined(el))  # "Publicação em 25.10.16" writes its year
        if len(text) > MAX_DATELINE or not (YEAR.search(text) and has_day(text)):
            continue
        if any(YEAR.search(full_year(joined(child))) for child in el if isinstance(child.tag, str)):
            continue  # a child holds the date: the innermost line is read
        if placed(el) and not elsewhere(el):
            lines.append(el)
    order = {el: i for i, el in enumerate(doc.iter())}
    at = order.get(headline, 0) if headline is not None else 0
    # nearest the headline: after it in document order, and above it from the nearest up
    return sorted(lines, key=lambda el: abs(order[el] - at))


#: The header lines of an e-mail (RFC 5322) that an archive shows above the message.
_MAIL_FIELD = re.compile(r"^\s*(from|subject|date)\s*:\s*(.*)$", re.I | re.M)


def mail_dates(candidates: list[Any]) -> Iterator[str]:
    """The "Date:" line of the first element whose own lines are an e-mail's header: "From:",
    "Subject:" and "Date:" lines (joined by ``<br>``s or newlines), the value up to what
    follows it in brackets ("(1 week, 5 days … ago)")."""
    for el in candidates:
        own = "".join(str(t) for t in el.xpath("text()"))
        if len(own) > MAX_DATELINE * 5:
            continue
        fields = {m.group(1).lower(): m.group(2) for m in _MAIL_FIELD.finditer(_lines_of(el))}
        if {"from", "subject", "date"} <= fields.keys():
            yield fields["date"].split("(")[0].strip()
            return


def _lines_of(el: Any) -> str:
    """``el``'s text with a line break at each ``<br>`` and block child."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag != "br":
            parts.append(child.text_content())
        parts.append("\n" if child.tag == "br" or child.tag in ("div", "p") else "")
        parts.append(child.tail or "")
    return "".join(parts)


def joined(el: Any) -> str:
    """``el``'s text, a space where a part that begins with a digit meets the one before it
    ("<span>28.09.19</span><span>12:44</span>" is "28.09.19 12:44", not "28.09.1912:44")."""
    text = ""
    for part in el.itertext():
        if text and part[:1].isdigit() and not text[-1].isspace():
            text += " "
        text += part
    return _SPACE.sub(" ", text).strip()


def has_day(text: str) -> bool:
    """Whether a dateline writes a number besides its clock and its year: "09:34 2021" is no
    date (a reader fills in 1 January), "15 августа 2016, 13:43" is."""
    return any(c.isdigit() for c in YEAR.sub(" ", _CLOCK_TEXT.sub(" ", text)))
