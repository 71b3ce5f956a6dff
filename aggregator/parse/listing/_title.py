"""A teaser's headline and the link to its article.

The headline is, in this order: a heading of the card (h1-h6, ``role=heading``, or an element
classed as a title) that is not a kicker or a subtitle; else the link's ``aria-label`` or
``title``; else the link's text without the card's metadata (kicker, date, byline, reading
time, subtitle, teaser paragraph, "read more"). Never the whole text of a card-wide link,
never the subtitle. The link is the one in or around the headline; else the card's link to
the article (a text link rather than a whole-card link or a "read more", an empty overlay
link when that is all the card has). ``_link_title`` reads the headline a link carries.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from aggregator.parse.listing._header import header_link, whole_page_link
from aggregator.parse.listing._lines import word_count
from aggregator.parse.listing._repeated_headline import repeating_link
from aggregator.parse.listing._site_badge import is_site_badge
from aggregator.parse.listing._text import is_hidden, kept_per_parse, shown_text, split_url, visible_text
from aggregator.parse.listing._vocabulary import (
    HEADINGS,
    MEMBER_PROFILE,
    PROFILE_SCRIPT,
    READ_MORE,
    is_byline,
)
from aggregator.words import fold

#: Class words naming a title: "entry-title", "c-card__headline", "teaser-heading", "titre".
_TITLE_WORDS = frozenset(
    {"title", "headline", "heading", "hed", "titre", "titel", "titulo", "titular", "titolo", "name"}
)
#: A forum post's or an ad's title ("thumbs_subject") when linked; unlinked, a course's subject.
_LINKED_TITLE_WORD = "subject"
#: Class words of what sits around a title and is not it: subtitles, kickers, teasers, metadata, page links.
_NOT_TITLE_WORDS = frozenset(
    {
        "subtitle",
        "subtitel",
        "subheadline",
        "subhead",
        "subheading",
        "sub",
        "dek",
        "deck",
        "standfirst",
        "chapo",
        "chapeau",
        "teaser",
        "summary",
        "excerpt",
        "desc",
        "description",
        "intro",
        "lead",
        "lede",
        "abstract",
        "kicker",
        "overline",
        "eyebrow",
        "surtitre",
        "dachzeile",
        "spitzmarke",
        "topline",
        "roofline",
        "antetitulo",
        "volanta",
        "label",
        "section",
        "category",
        "rubrique",
        "ressort",
        "rubric",
        "rubrik",
        "meta",
        "byline",
        "author",
        "date",
        "time",
        "tag",
        "tags",
        "badge",
        "flag",
        "caption",
        "credit",
        "subtitulo",
        "entradilla",
        "bajada",
        "sumario",
        "unterzeile",
        "sottotitolo",
        "occhiello",
        "ondertitel",
        # A thread's page links beside its title ("title_pages": "Pages: 1 2 3 … Last").
        "pages",
        "pager",
        "pagination",
    }
)
_CLASS_SPLIT = re.compile(r"[\s_-]+")
#: A heading this short (a section label: "Politik", "Monde") before a longer one is a kicker.
KICKER_WORDS = 2


@kept_per_parse("title words")
def title_words(el: Any) -> tuple[bool, bool]:
    """(named a title, named something that is not a title) by its class and id words. A BEM
    class names its element after "__": "teaser__headline" is a headline, not a teaser."""
    words: set[str] = set()
    # Microdata names its properties too: itemprop="headline", itemprop="author".
    for name in f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}".split():
        element = name.rsplit("__", 1)[-1].split("--", 1)[0]
        words.update(w.lower() for w in _CLASS_SPLIT.split(element) if w)
    linked_title = _LINKED_TITLE_WORD in words and (
        el.tag == "a" or el.find(".//a[@href]") is not None or next(el.iterancestors("a"), None) is not None
    )
    return bool(words & _TITLE_WORDS) or linked_title, bool(words & _NOT_TITLE_WORDS)


def is_heading(el: Any) -> bool:
    """h1-h6, ``role=heading``, or a linked term of a definition list (the title of the entry
    its descriptions tell)."""
    return (
        el.tag in HEADINGS
        or (el.get("role") or "").lower() == "heading"
        or (el.tag == "dt" and any(a.get("href") for a in el.iter("a")) and _term_is_its_links(el))
    )


#: Words a linked term may hold besides its links' ("★", "Linked:", a count).
_TERM_OTHER_WORDS = 3


def _term_is_its_links(dt: Any) -> bool:
    """A <dt> that reads as a title: its words are its links' words, give or take a mark or a
    label. A <dt> holding the link and lines of metadata ("by alice » Mon 30 Nov 2026, 18:12",
    page links) is a table cell written as a term (phpBB's topic rows put the whole topic cell
    in one), not a heading: its title is the link inside it."""
    words = len((visible_text(dt) or "").split())
    shown = (a for a in dt.iter("a") if not any(is_hidden(n) for n in (a, *_ancestors_within(a, dt))))
    linked = sum(len((visible_text(a) or "").split()) for a in shown)
    return words - linked <= _TERM_OTHER_WORDS


def _ancestors_within(el: Any, top: Any) -> list[Any]:
    """``el``'s ancestors up to ``top``, ``top`` included."""
    found = []
    for ancestor in el.iterancestors():
        found.append(ancestor)
        if ancestor is top:
            break
    return found


def _label_in_later_link(node: Any, candidates: list[Any], card: Any) -> bool:
    """True when ``node``, named a title, is part of a longer link to the address a heading
    before it already links: a card's status line ("<a href=deal><span class=title>Open for
    funding</span> $150,000 of $280,000</a>" under "<h4><a href=deal>Brooklyn Luxury
    Rehab</a></h4>"), not its headline. Only when it has fewer words than that heading, or as
    many and the rest of the link is figures: a product's name under its brand's heading stays."""
    link = next((a for a in node.iterancestors("a") if a.get("href")), None)
    if link is None or shown_text(link) == shown_text(node):
        return False
    order = {el: i for i, el in enumerate(card.iter())}
    words = word_count(visible_text(node) or "")
    rest = (visible_text(link) or "").replace(visible_text(node) or "", " ")
    figures = not re.sub(r"\b(?:of|von|de|sur|su|van|z)\b", "", rest).strip(" \t\n$€£¥%.,/-+0123456789")
    return any(
        c.tag in HEADINGS
        and order.get(c, len(order)) < order.get(node, 0)
        and link not in c.iterancestors()
        and any(a.get("href") == link.get("href") for a in c.iter("a"))
        and (
            words < word_count(visible_text(c) or "")
            or (figures and words == word_count(visible_text(c) or ""))
        )
        for c in candidates
    )


def title_element(card: Any) -> Any:
    """The element holding the card's headline, or None when it has none marked as such."""
    candidates = []
    for node in card.iter():
        if not isinstance(node.tag, str) or node is card or is_hidden(node):
            continue
        titled, not_title = title_words(node)
        if not_title and not titled:
            continue
        if titled and not_title and not is_heading(node):
            continue  # "teaser__subtitle", "card-dek" ...
        if titled and not is_heading(node) and _named_in_metadata(node, card):
            continue  # "rubric__name", "byline__name": the name of a kicker or a byline
        if titled and not is_heading(node) and _names_inner_item(node, card):
            continue  # <p itemprop=author itemscope><span itemprop=name>: the author's name
        if is_heading(node) or (titled and node.tag not in ("a", "img", "time")):
            if is_heading(node) and is_byline(node):
                continue  # "<h3>Linked by Dan Moren</h3>"
            text = visible_text(node)
            if text and not is_read_more(text):
                candidates.append(node)
    # A title inside a title: the outer one when it holds the same text (h3.title > span.title-text),
    # the inner one when the outer also holds the card's metadata (div.track-name-wrapper > a date).
    listed = set(candidates)  # looked up by identity, as in the list, without a walk of it
    nested = {
        outer
        for c in candidates
        for outer in c.iterancestors()
        if outer in listed and visible_text(outer) != visible_text(c)
    }
    candidates = [
        c
        for c in candidates
        if c not in nested and not any(a in listed and a not in nested for a in c.iterancestors())
    ]
    if not candidates:
        return None
    # An element named a title wins; else headings rank a card's lines: the headline is of
    # the highest rank there (an h3 before the h2 is a subtitle or a kicker written first).
    named = [
        c
        for c in candidates
        if title_words(c) == (True, False) and not _label_in_later_link(c, candidates, card)
    ]
    ranks = [int(c.tag[1]) if c.tag in HEADINGS else 9 for c in candidates]
    if named:
        first_named = set(named)
        candidates = named + [c for c in candidates if c not in first_named]
    elif min(ranks) < 9:
        candidates = [c for c, r in zip(candidates, ranks, strict=True) if r == min(ranks)] + [
            c for c, r in zip(candidates, ranks, strict=True) if r != min(ranks)
        ]
    first = candidates[0]
    # A short unlinked heading before a longer one is a kicker or a section label.
    if (
        len(candidates) > 1
        and len((visible_text(first) or "").split()) <= KICKER_WORDS
        and len((visible_text(candidates[1]) or "").split()) > KICKER_WORDS
    ):
        first = candidates[1]
    link = header_link(card, first)  # a heading of the body below the card's header: not it
    return first if link is None else link


#: Words of a card's parts' classes that never hold its headline (a "meta" block may: arXiv's).
_BESIDE_TITLE_WORDS = frozenset(
    {
        "rubric",
        "rubrik",
        "kicker",
        "overline",
        "eyebrow",
        "topline",
        "roofline",
        "dachzeile",
        "spitzmarke",
        "byline",
        "author",
        "credit",
        "caption",
        "badge",
        "label",
    }
)


def _named_in_metadata(node: Any, card: Any) -> bool:
    """True when an ancestor of ``node`` within the card is named as a part beside the title
    (a kicker, a rubric, a byline), and not as a title: ``node``, "rubric__name" or
    "byline__name", names that part, not the article."""
    for ancestor in node.iterancestors():
        if ancestor is card:
            return False
        titled, _ = title_words(ancestor)
        if not titled and _class_words(ancestor) & _BESIDE_TITLE_WORDS:
            return True
    return False


def _names_inner_item(node: Any, card: Any) -> bool:
    """True when ``node`` is a microdata ``itemprop=name`` of an item nested in the card (its
    author, its publisher: an element within the card that is itself a property and an item,
    ``itemprop=author itemscope``): that item's name, not the article's."""
    if "name" not in (node.get("itemprop") or "").split():
        return False
    for ancestor in node.iterancestors():
        if ancestor is card:
            return False
        if ancestor.get("itemprop") and (ancestor.get("itemscope") is not None or ancestor.get("itemtype")):
            return True
    return False


def _class_words(el: Any) -> set[str]:
    words: set[str] = set()
    for name in f"{el.get('class') or ''} {el.get('id') or ''}".split():
        element = name.rsplit("__", 1)[-1].split("--", 1)[0]
        words.update(w.lower() for w in _CLASS_SPLIT.split(element) if w)
    return words


def is_read_more(text: str) -> bool:
    """A "read more" link's text: its words alone ("Weiterlesen", "Lire la suite »"), with
    punctuation then the title ("Weiterlesen: <title>"), a few words, or "Read more about …";
    not a headline that starts with the same word ("Mehr als eine halbe Million abgezweigt",
    "More than a million…", "Plus de 300 manifestants")."""
    folded = fold(text).strip()
    m = READ_MORE.match(folded)
    if not m:
        return False
    rest = folded[m.end() :].strip()
    return (
        not rest
        or not rest[0].isalnum()
        or len(folded.split()) <= _READ_MORE_WORDS
        or rest.split()[0] in _READ_MORE_LINKS
    )


#: At most this many words, a text starting with "read more" words is a "read more" link
#: ("Lire la suite de l'article"); a headline is longer.
_READ_MORE_WORDS = 5
#: Words joining "read more" to what it announces: "Read more about …", "Leer más sobre …".
_READ_MORE_LINKS = frozenset({"about", "sobre"})


def first_heading(el: Any) -> Any:
    """The first heading of a block (h1-h6 or role=heading) with visible text."""
    for child in el.iter():
        if isinstance(child.tag, str) and is_heading(child) and (visible_text(child) or "").strip():
            return child
    return None


def linked(el: Any) -> Any:
    """The link in or around ``el``, if any."""
    for a in el.iter("a"):
        if a.get("href"):
            return a
    for a in el.iterancestors("a"):
        if a.get("href"):
            return a
    return None


def title_link(card: Any) -> Any:
    """The link that carries a card's title: in (or around) its title element, else its main
    link."""
    if card.tag == "a" and card.get("href"):
        return card
    title_el = title_element(card)
    if title_el is not None:
        link = headline_link(title_el)
        if link is not None:
            return link
    repeating = repeating_link(card, title_el)  # an unlinked headline's text in a link of its own
    return repeating if repeating is not None else main_link(card)


def headline_link(title_el: Any) -> Any:
    """The link in or around a title element: the first that carries words, past marks and
    counts before it (a forum's title cell puts an "X" to mark the thread unread and a count of
    new posts before the thread's title link)."""
    for a in title_el.iter("a"):
        if a.get("href") and sum(c.isalpha() for c in visible_text(a) or "") >= 2:
            return a
    return linked(title_el)


def main_link(card: Any) -> Any:
    """The card's link to its article: a permalink mark ("#") to the post's own address (or
    the post's title linked to it), else its longest plain text link that is not a "read more";
    a link wrapping blocks (a whole-card link, "date + teaser + Continue reading") only when
    there is no plain one; an empty overlay link when that is all there is besides links to the
    site's tag and category pages."""
    best, best_key = None, (-5, -1, -1, -1)
    # A time of day alone ("9:57am") is an untitled post's permalink unless a link of the card
    # to that page reads as a headline, three words or more (a ticker's "10:30" before its
    # headline, a forum's last-reply time after the thread's title; not "Notes: 18").
    worded = {split_url(a.get("href")).path for a in card.iter("a") if a.get("href") and _headline_like(a)}
    for a in card.iter("a"):
        if not a.get("href"):
            continue
        text = visible_text(a) or ""
        if is_read_more(text) or _COMMENTS_ANCHOR.search(a.get("href") or ""):
            continue
        blocks = any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in a.iter())
        # A link to a tag, category or author page is the card's metadata ("password-manager"
        # beside a bookmark's "Bitwarden"): the headline only when nothing else is linked.
        taxonomy = is_taxonomy_link(a) or is_site_badge(a, text, card)
        # A share link (an address to post the card's link to, "Share via …") is chrome: the
        # headline only when nothing but taxonomy links is linked besides it.
        share = _is_share(a, card)
        # An overlay link is empty or hidden from screen readers (aria-hidden, tabindex=-1).
        # A permalink mark ("#", "¶", "∞") is the post's own address.
        # So is the post's time of day alone ("9:57am"), linked to the post (a Tumblr theme's
        # permalink under an untitled photo post).
        permalink = (
            1
            if _PERMALINK.match(text)
            or (CLOCK_ALONE.match(text) and split_url(a.get("href")).path not in worded)
            else 0
        )
        # An empty or hidden link to the post (an overlay over the card, a thumbnail's link)
        # still leads to the post: it ranks above a link to a taxonomy page.
        # Ranks, lowest first: a hidden taxonomy link, a taxonomy link, a share link, a hidden
        # link to the post, a link to the post.
        key = (
            (-2 if taxonomy else -1 if share else 2, permalink, 0 if blocks else 1, len(text))
            if text and not is_hidden(a)
            else (-4 if taxonomy else -1 if share else 0, 0, 0, 0)
        )
        if key > best_key:
            best, best_key = a, key
    if best is not None and _PERMALINK.match(visible_text(best) or ""):
        # The post's title linked to the same address, when it has one, says more than "#".
        named = (
            a
            for a in card.iter("a")
            if a.get("href") == best.get("href") and not _PERMALINK.match(visible_text(a) or "#")
        )
        return next(named, best)  # a post's own address, not a place in a day's page
    return whole_page_link(best, card)


def _headline_like(a: Any) -> bool:
    """A link of three words or more with letters, to no fragment ("View comments" is not)."""
    words = [w for w in (visible_text(a) or "").split() if any(c.isalpha() for c in w)]
    return len(words) >= 3 and not split_url(a.get("href") or "").fragment


def _is_share(a: Any, card: Any) -> bool:
    """A share link: it sits in a row of two or more links whose query holds an address
    (``sharer.php?u=https://…``, ``submitlink?u=…``, and the row's "by email" beside them), or
    its query holds the address of another of the card's links (it posts the card's own link).
    A lone link that carries some other address is a redirect to the story (``/out?url=…``)."""
    row = a.getparent()
    siblings = list(row.iter("a")) if row is not None else [a]
    carrying = [s for s in siblings if _SHARE_QUERY.search(split_url(s.get("href") or "").query)]
    if len(carrying) >= 2:
        return True
    if a not in carrying:
        return False
    carried = {_path_of(v) for _, v in parse_qsl(split_url(a.get("href") or "").query) if "://" in v}
    others = {_path_of(o.get("href") or "") for o in card.iter("a") if o is not a}
    return bool(carried & others)


def _path_of(address: str) -> str:
    """An address's path and query, to compare a carried absolute address with a relative link."""
    parts = urlsplit(address.strip())
    return f"{parts.path.rstrip('/') or '/'}?{parts.query}"


#: A query parameter whose value is (or holds) an absolute address.
_SHARE_QUERY = re.compile(r"=[^&]*https?(?::|%3A)(?://|%2F%2F)", re.I)

#: A link to the form for a reply under a post ("Leave a reply", "Deja una respuesta": WordPress's
#: "#respond"): card chrome, never its headline, whatever address it is written with.
_COMMENTS_ANCHOR = re.compile(r"#(?:respond|reply|commentform)$", re.I)

#: A permalink mark: the link a weblog puts after each post to the post's own address.
_PERMALINK = re.compile(r"^\s*[#¶∞§]\s*$")
#: A time of day alone, as a post's permalink shows it: "9:57am", "14:05", "10:04 PM".
CLOCK_ALONE = re.compile(r"^\s*(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:[ap]\.?\s?m\.?)?\s*$", re.I)


def is_taxonomy_link(a: Any) -> bool:
    """A link to one of the site's tag, category, topic or author pages, or to a member's
    profile: a card's metadata. A user's or profile's page, and a numbered topic (a forum's
    thread, ``/topics/25098``), only when the link's text is short, as a name, a handle or a
    topic's label is: a magazine's story under ``/profiles/…`` and a thread's title read as
    headlines."""
    parts = split_url(a.get("href") or "")
    where = f"{parts.path}?{parts.query}"
    if _TAXONOMY_PATH.search(parts.path) or MEMBER_PROFILE.search(where) or PROFILE_SCRIPT.search(where):
        return True
    return (
        bool(_PERSON_OR_THREAD_PATH.search(parts.path)) and word_count(visible_text(a) or "") <= _SHORT_LABEL
    )


#: Paths of a site's taxonomy pages: a tag, a category (in the Romance languages "categoria",
#: "categorias", as WordPress's translated slugs write it), a topic, an author.
_TAXONOMY_PATH = re.compile(
    r"/(?:tags?|categor(?:y|ies)|categorie|categorias?|topics?(?!/\d+(?:[/?#]|$))|themen?|thema|"
    r"rubrique|schlagwort|etiqueta|author|authors|autor|auteur)/",
    re.I,
)
#: Paths that are a person's page or a forum's thread, or a story's: told apart by the link's text.
_PERSON_OR_THREAD_PATH = re.compile(r"/(?:users?|members?|profiles?)/|/topics?/\d+(?:[/?#]|$)", re.I)
#: The most words of a name, a handle or a topic's label ("Anna Maria Weber", "Education").
_SHORT_LABEL = 3

_BLOCK_TAGS = frozenset(
    {"p", "div", "time", "ul", "ol", "section", "footer", "header", "dl", "figure", "blockquote"}
)
