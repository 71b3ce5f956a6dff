"""An article page's authors: the names its metadata declares, else its byline's.

Split from parse/article.py (which reads the title and the date and calls ``authors`` here).
The places are tried in turn: JSON-LD ``author`` (a string, a Person or Organization, a
reference to a node of the ``@graph`` by its ``@id``, or a list of them), ``article:author``
(when it is a name, not an address), ``<meta name="author">``, ``dc.creator``,
``citation_author`` and ``byl``, Parse.ly's ``parsely-author`` and ``parsely-page``
(parse/article_credits.py), microdata ``author``, the visible byline
(parse/article_markup.py), a blog's post footer or a Korean sign-off, and Twitter's card
(parse/article_credits.py); "A and B" is two names when both are a person's. Names a
contributors' line credits are dropped while others remain, and a declared name is written as
the page's link to its profile writes it (parse/article_credits.py). A declared
name that the byline writes whole ("Todd" for "Todd Bates", "Timothy Nerozzi" for "Timothy
H.J. Nerozzi": an account's short form) is taken as the byline writes it. A ``<meta>`` (one
string, where sites put the first author) that names one of the authors the byline's line
names gives way to the byline's names, and so does a ``<meta>`` that names someone the page
never shows (the site's owner or editor, set once for every page) beside a byline that names
another. A CMS login declared as the name ("christian.stadtfeld") is written as the page
signs it ("(Christian P. Stadtfeld)").

The strings each place gives are read as names (or passed over as the site's, a desk's,
a placeholder) by parse/article_names.py.

Pure: no network, no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from aggregator.parse.article_byline_bounds import editors
from aggregator.parse.article_byline_text import squashed
from aggregator.parse.article_credits import (
    as_linked,
    beside_date,
    card_author,
    contributors,
    header_credit,
    parsely_authors,
    posted_by,
    reporters,
    signed,
    text_credit,
    with_address,
)
from aggregator.parse.article_markup import META_AUTHOR, byline
from aggregator.parse.article_names import (
    MAX_BYLINE,
    as_list,
    is_name,
    is_publisher,
    is_url,
    named_after_site,
    names,
    resolve,
)
from aggregator.parse.article_places import byline_places

_SPACE = re.compile(r"\s+")
#: A CMS account's login given as the author's name: lower-case words joined by dots,
#: underscores or hyphens ("christian.stadtfeld", "jane_doe").
_LOGIN = re.compile(r"[a-zß-ÿ]+(?:[._-][a-zß-ÿ]+)+")

_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
#: A byline's word before the name ("By", "Por:"), in the corpus's languages.
_BY_WORD = re.compile(r"^(?i:by|por|von|par|di|da|door|av|af)\s*:?\s+")
#: An acronym: one word of two to six capitals ("EFE", "GESE").
_ACRONYM = re.compile(r"[A-ZÀ-Þ]{2,6}")
#: Other <meta> names that carry the byline: Dublin Core's creator, Highwire's citation
#: author (scholarly publishers), the "byl" of news sites ("By Jane Doe"), compared in lower case.
META_CREATOR = (
    "//meta[translate(@name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
    " = 'dc.creator' or translate(@name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"
    " = 'dcterms.creator' or @name = 'citation_author' or @name = 'byl']/@content"
)
#: The path of an author's profile page, and what follows it (the slug).
_PROFILE = re.compile(
    r"^https?://[^/]+/(?:[\w-]+/)?(?:authors?|autor(?:en)?|auteurs?|profiles?|people|journalists?|redaktion|by)/([^?#]+)",
    re.I,
)


def authors(
    doc: Any,
    jsonld: Mapping[str, Any],
    og: Mapping[str, Any],
    micro: Mapping[str, Any],
    by_id: Mapping[str, Mapping[str, Any]],
    sites: list[str],
    origin: dict[str, str],
) -> list[str]:
    """The article's authors from the first place that names them (see the module
    docstring), recording that place in ``origin["author"]``; [] when none does."""
    shown: list[str] | None = None  # the byline's names, read once when needed
    for keep_site in (False, True):
        for where, found in _places(doc, jsonld, og, micro, by_id, sites, keep_site):
            if found and shown is None:
                shown = names(byline(doc))
                if len(shown) > 1:  # "Marek Świerczyński, Polityka Insight": not the site's unit
                    shown = [n for n in shown if not named_after_site(n, sites)] or shown
            # A graph's Person node given by "@id" (Yoast's) is the account that posted the
            # article: the byline under the headline may name its reporters instead.
            by_reference = _by_reference(jsonld.get("author"), by_id)
            if (
                found
                and shown
                and where == "json-ld"
                and by_reference
                and not {squashed(n) for n in shown} & {squashed(n) for n in found}
            ):
                found, where = shown, "article"
            if found and shown and where != "json-ld" and _unshown(found, shown, doc):
                # A <meta> author the page never shows, beside a byline that names someone
                # else: the site's owner or editor set once for every page.
                found, where = shown, "article"
            if (
                found
                and shown
                and where != "json-ld"
                and _acronyms(found)
                and _persons(shown)
                and not _shown_alone(found, doc)
            ):
                # "GESE - La Estrella de Panamá" in the author <meta>: the company that owns
                # the paper (its pages name it elsewhere), beside a byline naming a reporter;
                # an acronym the page shows as a byline ("By AP") is the author it declares.
                found, where = shown, "article"
            if found and shown and where != "article" and _edited(found, shown, doc):
                # "Editor : <a>Heryadi</a>" at the foot, declared as the JSON-LD author:
                # the byline under the headline names who wrote it.
                found, where = shown, "article"
            if found:
                # "Todd" declared, "By Todd Bates" shown; "Timothy Nerozzi", "Timothy H.J.
                # Nerozzi": the account's short form of the name the byline writes whole.
                found = fuller(found, shown or [])
            if (
                found
                and shown
                and (where != "json-ld" or (len(found) == 1 and not by_reference))
                and len(shown) > len(found)
                and _all_in(found, shown)
                and _one_line(doc, shown)
            ):
                # A <meta> holds one string, where sites put the first author; a JSON-LD of one
                # author written inline, the account that filed the article: the byline names
                # all of them (a graph's Person by "@id" is Yoast's account and stays).
                found, where = shown, "article"
            if found and where == "json-ld":
                # The page's link to the declared account's profile writes its name as shown.
                nodes = [resolve(item, by_id) for item in as_list(jsonld.get("author"))]
                found = as_linked(nodes, found, doc)
            if found and (helped := contributors(doc)):
                # "Jane Roe and John Poe contributed.": credited apart from the byline.
                found = [name for name in found if name.casefold() not in helped] or found
            if found:
                origin["author"] = where
                return [_as_written(name, doc) for name in found]
    return []


def _as_written(name: str, doc: Any) -> str:
    """A CMS login declared as the author ("christian.stadtfeld"), written as the page
    writes the person's name: its first and last parts and what the page puts between
    (an initial: "Christian P. Stadtfeld", who signs the article); the login when the page
    writes no such name."""
    if not _LOGIN.fullmatch(name):
        return name
    parts = re.split(r"[._-]", name)
    pattern = re.compile(
        rf"\b{re.escape(parts[0])}(?:\s+[A-ZÀ-Þ][\w'’-]*\.?)*?\s+{re.escape(parts[-1])}\b", re.I
    )
    text = _SPACE.sub(" ", " ".join(doc.xpath("//body//text()[not(ancestor::script or ancestor::style)]")))
    for found in pattern.finditer(text):
        if all(word[0].isupper() for word in found.group().split()):
            return found.group()
    return name


def fuller(declared: list[str], shown: list[str]) -> list[str]:
    """Each declared name, or the byline's name that writes it whole: more words, the same
    first word and (when the declared name has more than one) the same last word; or the
    same letters written otherwise ("Graciela-Cuevas", a slug's hyphens, shown "Graciela
    Cuevas")."""
    result = []
    for name in declared:
        words = name.casefold().split()
        for other in shown:
            if squashed(other) == squashed(name):
                name = other
                break
            longer = other.casefold().split()
            if (
                len(longer) > len(words)
                and longer[0] == words[0]
                and (len(words) == 1 or longer[-1] == words[-1])
            ):
                name = other
                break
        result.append(name)
    return result


def _all_in(declared: list[str], shown: list[str]) -> bool:
    """Whether every declared name is one of the byline's, written whole or with its first
    names as initials ("Eduardo Barreneche" declared, "E. Barreneche" shown)."""
    return all(any(squashed(n) == squashed(o) or _initials_of(n, o) for o in shown) for n in declared)


def _initials_of(name: str, other: str) -> bool:
    """Whether ``other`` writes ``name`` with its first names as initials: the same last
    name, and as many initials before it as ``name`` has first names, the same letters."""
    words, short = name.casefold().split(), other.casefold().split()
    return (
        len(words) == len(short) >= 2
        and words[-1] == short[-1]
        and all(
            len(s) == 2 and s.endswith(".") and w[0] == s[0]
            for w, s in zip(words[:-1], short[:-1], strict=True)
        )
    )


def _one_line(doc: Any, shown: list[str]) -> bool:
    """Whether the byline's names stand in one line of the page ("By A & B"), not in the
    article's byline and a related article's card."""
    # The innermost elements that write the name, whole in one text or across its parts
    # ("<span>Ingrid</span> <span>Treborg</span>").
    path = "//body//*[contains(normalize-space(.), $name)][not(*[contains(normalize-space(.), $name)])]"
    # A name the byline capitalized ("E. Barreneche" of "e. barreneche"): found in lower case.
    lower = path.replace(
        "normalize-space(.)", f"translate(normalize-space(.), '{_UPPER}', '{_UPPER.lower()}')"
    )
    for found in doc.xpath(path, name=shown[0]) or doc.xpath(lower, name=shown[0].lower()):
        for el in [found, *found.iterancestors()][:6]:
            text = _SPACE.sub(" ", el.text_content())
            if len(text) > 2 * MAX_BYLINE:
                break
            if all(name.casefold() in text.casefold() for name in shown):
                return True
    return False


def _unshown(declared: list[str], shown: list[str], doc: Any) -> bool:
    """Whether no declared name is the byline's nor written anywhere in the page's body,
    and the byline's are persons' names (capitalized words, two or more: not a footer's
    "Editorial policies" link)."""
    if {squashed(n) for n in declared} & {squashed(n) for n in shown}:
        return False
    if not _persons(shown):
        return False
    body = squashed(" ".join(doc.xpath("//body//text()[not(ancestor::script or ancestor::style)]")))
    return not any(squashed(name) in body for name in declared)


def _acronyms(declared: list[str]) -> bool:
    """Whether every declared name is one word of two to six capitals: an acronym (an
    agency's, a company's: "EFE", "GESE"), not a person's name."""
    return all(_ACRONYM.fullmatch(name) for name in declared)


def _shown_alone(declared: list[str], doc: Any) -> bool:
    """Whether the page shows a declared name as a line of its own, after a byline's word or
    not ("By AP", "NASA"): a byline, not a name met elsewhere ("Tarifario GESE 2022")."""
    lines = {
        _BY_WORD.sub("", _SPACE.sub(" ", text).strip()).rstrip(".")
        for text in doc.xpath("//body//text()[not(ancestor::script or ancestor::style)]")
    }
    return any(name in lines for name in declared)


def _persons(shown: list[str]) -> bool:
    """Whether every name of the byline is a person's: two capitalized words or more."""
    return all(len(n.split()) >= 2 and all(w[:1].isupper() for w in n.split()) for n in shown)


def _edited(declared: list[str], shown: list[str], doc: Any) -> bool:
    """Whether every declared name is one the page labels as its editor's while the byline
    names someone else."""
    edited = {squashed(name) for name in editors(doc)}
    return all(squashed(n) in edited for n in declared) and any(squashed(n) not in edited for n in shown)


def _by_reference(value: Any, by_id: Mapping[str, Mapping[str, Any]]) -> bool:
    """Every author given as a reference to a node of the ``@graph`` (``{"@id": …}``)."""
    items = as_list(value)
    return bool(items) and all(
        (isinstance(i, dict) and set(i) == {"@id"}) or (isinstance(i, str) and i in by_id) for i in items
    )


def _places(
    doc: Any,
    jsonld: Mapping[str, Any],
    og: Mapping[str, Any],
    micro: Mapping[str, Any],
    by_id: Mapping[str, Mapping[str, Any]],
    sites: list[str],
    keep_site: bool,
) -> Iterator[tuple[str, list[str]]]:
    """Each place's names in turn, read only when the ones before named nobody."""
    # A declared name in lower case ("danah boyd") is a person's when the byline writes it so.
    shown = frozenset(n for n in names(byline(doc)) if n.islower()) if not keep_site else frozenset()
    yield "json-ld", names(jsonld.get("author"), by_id, sites, keep_site, shown)
    yield "opengraph", names(_addressless(og.get("article:author")), {}, sites, keep_site, shown)
    meta_author = _not_publisher(doc.xpath("//meta[@name='author']/@content"), doc)
    yield "article", names(meta_author, {}, sites, keep_site)
    yield "article", names(doc.xpath(META_CREATOR), {}, sites, keep_site)
    yield "article", names(parsely_authors(doc), {}, sites, keep_site)
    yield "article", names(card_author(doc), {}, sites, keep_site)
    yield "article", names(_addressless(doc.xpath(META_AUTHOR)), {}, sites, keep_site)
    yield "microdata", names(micro.get("author"), {}, sites, keep_site)
    # A blog's own name on a link to its account ("Google", rel=author) is passed over for
    # the post's own byline; the last pass takes the first byline as it is (a blog's author
    # may go by the blog's name).
    yield "article", names(byline(doc, None if keep_site else lambda name: is_publisher(name, sites)))
    # A blog's post footer ("posted by Stadler at 12:53"), a Korean report's sign-off, a
    # name before the dateline ("Sehernur Karsu | 05.04.2025"), a name over its address.
    footer = next(
        (
            f
            for c in byline_places(doc)
            if (f := posted_by(c) or signed(c) or reporters(c) or beside_date(c) or with_address(c))
        ),
        [],
    )
    yield "article", names(footer, {}, sites, keep_site)
    yield "article", names(header_credit(doc), {}, sites, keep_site)
    # A feature's credits block ("Teksti: A / Kuvat: B"): its writer.
    yield "article", names(text_credit(doc), {}, sites, keep_site)
    if keep_site:  # the last resort: a profile's address names its author
        declared = [
            *as_list(jsonld.get("author")),
            *as_list(og.get("article:author")),
            *doc.xpath(META_AUTHOR),
        ]
        yield "article", _from_addresses(declared, by_id)
        # A personal blog whose author is its publisher ("Jane Roe" in both <meta>s) and
        # that shows no byline: the author <meta> set aside above names the writer after all.
        yield "article", names(doc.xpath("//meta[@name='author']/@content"), {}, sites, keep_site)


def _from_addresses(values: list[Any], by_id: Mapping[str, Mapping[str, Any]]) -> list[str]:
    """Names read from the addresses of author profiles, where nothing else names the
    author: ``{"@type": "Person", "url": "https://…/author/jane-doe/"}`` with no name,
    ``article:author`` "https://…/authors/connor-lynch/" -> "Jane Doe", "Connor Lynch". Only
    a profile's path ("/author/", "/autoren/", "/profile/"…) and a slug of two to four words
    count: a number, an id or one word is no name."""
    found: list[str] = []
    for value in values:
        value = resolve(value, by_id)
        addresses = [value] if isinstance(value, str) else []
        if isinstance(value, dict) and not value.get("name"):
            addresses = [a for key in ("url", "sameAs", "@id") for a in as_list(value.get(key))]
        for address in addresses:
            name = _profile_name(address) if isinstance(address, str) else None
            if name and is_name(name) and name not in found:
                found.append(name)
                break
    return found


def _profile_name(address: str) -> str | None:
    match = _PROFILE.search(address)
    if not match:
        return None
    for segment in match.group(1).split("/"):
        words = [w for w in re.split(r"[-_]", segment) if w]
        if 2 <= len(words) <= 4 and all(w.isalpha() for w in words):
            return " ".join(w.capitalize() for w in words)
    return None


def _not_publisher(values: list[Any], doc: Any) -> list[Any]:
    """The author ``<meta>``'s values other than the one ``<meta name="publisher">`` also
    gives: a template that fills both with the publisher's name ("Behance") names no writer
    while the page shows a byline; it is the last resort of ``_places`` (a personal blog)."""
    published_by = {squashed(str(v)) for v in doc.xpath("//meta[@name='publisher']/@content")}
    return [v for v in values if squashed(str(v)) not in published_by]


def _addressless(values: Any) -> list[Any]:
    return [v for v in as_list(values) if not is_url(v)]
