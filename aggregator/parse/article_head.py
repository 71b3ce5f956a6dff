"""The article's head: the elements placed as its own header, from the headline (or the
``<header>`` that holds it, or the lines just above it; with no ``<h1>``, the start of the
``<article>``) to the first paragraph of its text.

A line there that writes a date is the article's dateline, whatever its words: a site prints
its publication's date under the headline, beside the byline, before the text. Outside it a
date is often another story's (a sidebar's "Latest" item, a related list's card) or one the
text tells of (an event's, in a paragraph). parse/article_dates.py trusts such a line over a
plain ``<meta>`` date only when it stands here (parse/article_dateline.py ``datelines``,
``head_only``).

Pure: no network, no clock.
"""

from __future__ import annotations

import re
from typing import Any

from aggregator.parse.article_chrome import in_site_chrome
from aggregator.parse.article_markup import in_other_articles
from aggregator.parse.article_places import article_root, names_of

#: A paragraph that ends a sentence ("The vote was close.", "…drew many!"), perhaps inside
#: quotes or brackets; not a clock's "a.m."/"p.m." that ends a dateline.
_SENTENCE_END = re.compile(r"(?<![ap]\.m)(?<![AP]\.M)[.!?…。！？][\"'”’»)\]]*$")
#: A word of letters (a dateline's "By", "June", "ora"; not its numbers).
_WORD = re.compile(r"[^\W\d_]{2,}")
#: The fewest words of a sentence that reads as prose, and the fewest of a paragraph that is
#: prose whatever its end (a dateline with its byline and labels stays under it).
_SENTENCE_WORDS = 3
_PROSE_WORDS = 20
#: A character of a script written without spaces between words (kana, CJK ideographs).
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
#: Classes of a paragraph that stands between the headline and the byline, a summary of the
#: article, not its text ("lead", "standfirst", "dek", "excerpt", "subtitle", "chapo").
_LEAD = re.compile(
    r"lead|lede|standfirst|summary|excerpt|dek|intro|sub|teaser|desc|abstract|chapo|sapo|entradilla|perex",
    re.I,
)

#: Lines above the headline that are its head: a kicker (the section's name) and the
#: dateline above it ("HN.IHNED.CZ 19. 1. 2010 00:00" over "Hypotéky" over the <h1>).
LINES_ABOVE = 2
#: Longest text of a line above the nearest one (a dateline with its source and update).
MAX_LINE = 200


def article_head(doc: Any) -> set[Any]:
    """The elements of the article's head (see the module docstring): from its headline (the
    page's first ``<h1>`` with text), else from the start of the ``<article>`` (or ``main``)
    element that holds the page's one story; none without either. Test each with ``placed``
    too (not another story's card, not the site's chrome): kept apart, it is asked of the few
    that write a date."""
    headline = next((h for h in doc.iter("h1") if h.text_content().strip()), None)
    root = article_root(doc)
    if headline is None and (root is doc or len(doc.xpath("//article")) > 1):
        return set()
    # what ends the head: the end of the article's element, when it holds the headline
    bounded = root is not doc and (headline is None or any(a is root for a in headline.iterancestors()))
    top = root if headline is None else _header_of(headline)
    head: set[Any] = set()
    if top is headline:
        # the lines just above the headline (a kicker with the date; the date above a
        # section's kicker): they and what they hold, up to the first that is prose
        for above in _lines_above(headline):
            head.update(el for el in above.iter() if isinstance(el.tag, str))
    started = False
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        if el is top:
            started = True
        if not started:
            continue
        if bounded and el is not root and not any(a is root for a in el.iterancestors()):
            break
        if _is_prose(el) and (headline is None or not any(a is headline for a in el.iterancestors())):
            break
        head.add(el)
    return head


def _lines_above(headline: Any) -> list[Any]:
    """The elements just before the headline, nearest first: at most LINES_ABOVE, none that
    is prose (the text of another block) nor after one; past the nearest, short lines only
    (not a block of other stories above the article)."""
    lines: list[Any] = []
    for above in headline.itersiblings(preceding=True):
        if not isinstance(above.tag, str):
            continue  # a comment between them ("<!-- ad:start -->")
        if len(lines) >= LINES_ABOVE or _is_prose(above):
            break
        if lines and len(" ".join(above.text_content().split())) > MAX_LINE:
            break
        lines.append(above)
    return lines


def _header_of(headline: Any) -> Any:
    """The ``<header>`` (or an element classed "…header") that holds the headline and no prose
    (the article's header, its date perhaps above the headline), else the headline."""
    for node in headline.iterancestors():
        if node.tag in ("body", "html", "article", "main"):
            break
        if node.tag == "header" or any("header" in name.lower() for name in names_of(node)):
            if not any(_is_prose(el) for el in node.iter() if isinstance(el.tag, str)):
                return node
            break
    return headline


def _is_prose(el: Any) -> bool:
    """Whether ``el`` is a paragraph of the text: a ``<p>`` (not a lead's) that ends a
    sentence, or any element whose own words make a paragraph."""
    if el.tag == "p" and not any(_LEAD.search(name) for name in names_of(el)):
        text = " ".join(el.text_content().split())
        words = len(_WORD.findall(text))
        if words >= _PROSE_WORDS or (words >= _SENTENCE_WORDS and _SENTENCE_END.search(text)):
            return True
    own = " ".join(str(t) for t in el.xpath("text()"))
    return len(_WORD.findall(own)) >= _PROSE_WORDS


def placed(el: Any) -> bool:
    """Whether ``el`` stands in no other story's card or list, nor the site's chrome, nor a
    caption or a footer."""
    if in_other_articles(el) or in_site_chrome(el):
        return False
    return not any(
        node.tag in ("figcaption", "footer", "nav") or (node.tag in ("ul", "ol") and _lists_stories(node))
        for node in (el, *el.iterancestors())
    )


def _lists_stories(box: Any) -> bool:
    """Whether a list holds links whose text reads as a headline (other stories)."""
    return any(_reads_as_headline(a.text_content()) for a in box.iter("a"))


def _reads_as_headline(text: str) -> bool:
    """Whether a link's text is long enough for a headline: four words, or in a script
    written without spaces (Chinese, Japanese) eight characters."""
    return len(text.split()) >= 4 or len(_UNSPACED.findall(text)) >= 8


def elsewhere(el: Any) -> bool:
    """Whether ``el`` stands where another story's date or the site's is: another article's
    card or list (a related list's, a sidebar's), the site's masthead or menu (the day the
    page was served)."""
    return in_other_articles(el) or in_site_chrome(el) or in_story_list(el)


def in_story_list(el: Any) -> bool:
    """Whether ``el`` stands in a list of other stories' cards: a ``<ul>``/``<ol>`` (not the
    one holding the page's headline) of which two items or more hold a heading or a link
    that reads as a headline. A related list of cards dated by bare ``<time>``s, whatever
    its class ("ymw-list-tp2"), is one; a byline's list of name, day and tags is none."""
    for node in el.iterancestors("ul", "ol"):
        if next(node.iter("h1"), None) is not None:
            return False
        cards = [
            li
            for li in node.iterchildren("li")
            if next(li.iter("h2", "h3", "h4", "h5", "h6"), None) is not None
            or any(_reads_as_headline(a.text_content()) for a in li.iter("a"))
        ]
        if len(cards) >= 2:
            return True
    return False
