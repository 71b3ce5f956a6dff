"""Dates a list's teasers mention, not the dates they were published.

A template prints a post's date line on every card it renders, and most mark it (a
``<time>``, a class naming a date, microdata). A teaser's own words may hold a date too: the
day an event takes place, a rule comes into force, a price changes ("Spendenflohmarkt am 8.
Juni 2024 fällt aus", "Neue Regelungen zum 1. März 2024", "Jeden Freitag von 12:00 - 14:00
Uhr"). Such a date is found on the few cards whose text tells one and, being a short line,
reads like a date line. So in a list of several teasers of which only a few have a date, each
read from a line no markup names a date, those dates are mentions: the list is undated.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from aggregator.parse._date_prose import languages_for
from aggregator.parse._locale_words import ago_phrase
from aggregator.parse.listing import _weights as W
from aggregator.parse.listing._document import Item
from aggregator.parse.listing._text import searched
from aggregator.parse.listing._vocabulary import HEADINGS, META_CLASS


def unmarked_date(date_el: Any, card: Any, text: str = "", lang: str = "") -> bool:
    """Whether the date was read from plain text: no ``<time>``, no ``datetime``, microdata or
    ``data-*`` attribute on the element, no heading, and no class naming a date on it or on
    its blocks up to the card. An age ("2 hours ago", ``text`` in ``lang``) is no date a
    teaser mentions: a site prints it on its newest posts only, and it is their date."""
    if date_el is None or not isinstance(date_el.tag, str):
        return False
    if text and ago_phrase(languages_for(text, lang or None)).search(text):
        return False
    if date_el.tag in ("time", *HEADINGS) or date_el.get("itemprop") is not None:
        return False
    if any(name == "datetime" or name.startswith("data-") for name in date_el.attrib):
        return False
    for node in [date_el, *date_el.iterancestors()]:
        if searched(META_CLASS, node.get("class") or ""):
            return False
        if node is card:
            break
    return True


def without_mentioned_dates(items: list[Item]) -> list[Item]:
    """The list's items without the dates their texts mention: when at least
    ``MENTIONED_DATES_MIN_ITEMS`` teasers are listed, some dated but at most
    ``MENTIONED_DATES_SHARE`` of them, and every dated one from unmarked text."""
    listed = [item for item in items if item.link]
    dated = [item for item in listed if item.published is not None]
    if (
        len(listed) < W.MENTIONED_DATES_MIN_ITEMS
        or not dated
        or len(dated) > W.MENTIONED_DATES_SHARE * len(listed)
        or not all(item.date_unmarked for item in dated)
    ):
        return items
    return [
        replace(item, published=None, clock_only=False) if item.published is not None else item
        for item in items
    ]
