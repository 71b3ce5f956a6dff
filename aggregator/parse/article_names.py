"""What an author string is: a person's name, the site's, a desk's or no name at all.

Split from parse/article_authors.py, which tries the places that declare or show an author in
turn and hands each one's strings to ``names`` here; the metadata's values (``text``,
``as_list``, ``resolve``) are read here too, for the title and the date as well.

The site's own name is the publisher's, not an author's: sites name themselves as the author
of every article (``{"@type": "Organization", "name": "National Geographic"}``, ``<meta
name="author" content="Badische Zeitung">``) while the byline under the headline names the
reporter. A declared name that is the site's is therefore passed over while another place
names someone else; only a page that names nobody else keeps it (a personal site named
after its author: "Richard Schneeman" on his blog), and never an Organization node. A
social handle ("@NatGeoUK"), a CMS's placeholder ("No Author", "admin") and a desk's one
word ("Redaktion", "Staff") are no names; the site's name followed by what it is ("Glamour
Magazine", "… News Staff") is the site's; a company's legal form ("… GmbH", "… Ltd") marks an
organisation, whatever type the metadata gives it; a role after a comma or straight after the name
("Tom Krisher, AP Auto Writer", "Jane Doe Staff Writer"), an affiliation after a bar ("Amy
Kuperinsky | NJ Advance Media"), a handle in parentheses, a note after a comma ("Special to
The Post"), a label
before a colon ("Текст: …") and a publication after a full stop ("Finian Cunningham.
Sputnik International") are no part of a name; an agency ("Associated Press") and a desk
named after the site in capitals ("CNN Business") beside a person are no author; a text of
more than seven words is a sentence; a byline link that names the site
("Google" on the "Google Online Security Blog") gives way to the post's own byline. A name
in lower case ("medellín", a desk named after its city; a login) comes after a person's
name found elsewhere, a name written as its profile's HTML link is the link's text, and
the site's name after what it is ("Casa Editorial El Tiempo") is the publisher's.

Pure: no network, no I/O.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from aggregator.parse._byline_words import GREEK_CYRILLIC_CAPITALS, MORE_AND_WORDS
from aggregator.parse._desk_words import DESK_WORDS
from aggregator.parse._letters import CAPITALS
from aggregator.parse.article_byline_text import clean_name, squashed

#: Longest byline taken as an author's name: longer text is a sentence, not a name.
MAX_BYLINE = 80
#: Most words in a name: more is a sentence ("Follow the author of this article …").
MAX_WORDS = 7
#: What joins two authors' names in a byline, in the corpus's languages and those of
#: parse/_byline_words.py.
_NAME_JOIN = re.compile(rf"\s+(?:(?i:and|und|et)|y|e|en|og|och|i|{'|'.join(MORE_AND_WORDS)}|&)\s+|\s*/\s*")
#: Two first names joined by a word ("Tiana and Lauren", "Jens und Lisa"): a duo's byline.
_FIRST_NAMES = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+\s+(?:and|und|et|y)\s+[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+")
#: The capitals a name begins with: Latin, Greek and Cyrillic ("Иван Петров и Анна Смирнова").
_CAPS = CAPITALS + GREEK_CYRILLIC_CAPITALS
#: A person's name: two to five words, each capitalized but for particles ("de", "van").
_PERSON = re.compile(
    rf"(?:(?:[{_CAPS}][\w.'’-]*|de|da|di|del|der|den|van|von|la|le|bin|ibn)\s+){{1,4}}[{_CAPS}][\w.'’-]*"
)
#: What a CMS writes where no author was set, a desk's one word beside a reporter's name
#: ("Michael Rädel, Redaktion") and an author box's heading, in the corpus's languages
#: (compared case folded).
_PLACEHOLDERS = frozenset(
    {"no author", "unknown", "unknown author", "anonymous", "admin", "administrator", "none", "null", "n/a"}
    | DESK_WORDS
    # Redaktion's abbreviation, as a whole name only (not in _DESK: in a name it is a colour)
    | {"red"}
    | {"staff report", "staff reports", "from staff reports", "wire reports", "staff and wire reports"}
    # An author box's heading ("Über den Autor"), read where a byline's name is looked for.
    | {"about the author", "über den autor", "über die autorin", "à propos de l'auteur", "sobre el autor"}
    | {"sobre o autor", "over de auteur", "sull'autore", "o autorze"}
)
#: A desk's name rather than a person's ("Auswärtige Autoren (AA)", "National Desk").
_DESK = re.compile(
    r"\b(?:" + "|".join(sorted(DESK_WORDS | {"autoren", "press", "wire", "bureau"})) + r")\b", re.I
)
#: A company's legal form after its name ("Süddeutsche.de GmbH", "News Group Newspapers Ltd"):
#: an organisation, not a person, whatever the metadata's type says.
_COMPANY = re.compile(r"\b(?:GmbH|AG|Ltd|Limited|Inc|LLC|plc|KG|Corp)\.?(?:\s|,|$)")
#: A legal form written with dots after a comma, as Central European companies end their
#: names ("Economia, a.s.", "Example, s.r.o.", "Example sp. z o.o."): the whole is a company's.
_LEGAL_FORM = re.compile(
    r"(?:,\s*|\s)(?:a\.\s?s\.|s\.\s?r\.\s?o\.|spol\.\s+s\s+r\.\s?o\.|sp\.\s+z\s+o\.\s?o\.)$", re.I
)
#: What a publication calls itself after its name ("Glamour Magazine", "Example News Staff").
_PUBLICATION = re.compile(
    r"(?:magazine|mag|online|news|media|digital|newsroom|staff|team|editors|editorial|desk|redaktion"
    r"|rédaction|redacción|\.com)(?:\s+(?:staff|team|editors|desk))?"
)
#: The last word of a role written after a name ("Tom Krisher, AP Auto Writer", "Jane Doe,
#: Vice President, Example Cloud").
_ROLE = re.compile(
    r"\b(?:writer|reporter|editor|correspondent|contributor|columnist|critic|producer|photographer"
    r"|journalist|redakteur(?:in)?|korrespondent(?:in)?|rédacteur|rédactrice|journaliste"
    r"|president|director|manager|officer|founder|ceo|cto|cfo)s?$",
    re.I,
)
#: A description after a name, not a name: words in lower case longer than a name's
#: particles ("…, Mykolo Romerio universiteto … profesorius", "…, professor of history").
_DESCRIPTION = re.compile(r"\s[a-zß-ÿ][\w-]{4,}")
#: A role written straight after the name ("Jane Doe Staff Writer", "… Senior Reporter").
_TRAILING_ROLE = re.compile(
    r"\s+(?:(?:staff|senior|chief|contributing|special|political|sports|business|news)\s+)*"
    r"(?:writer|reporter|editor|correspondent|contributor|columnist)s?$",
    re.I,
)
#: Degrees and post-nominal letters after a name ("Lynne Eldridge MD", "Jane Doe, M.D., MPH",
#: "John Roe PhD"), in capitals as written: no part of the name.
_POST_NOMINALS = re.compile(
    r"(?:,?\s+(?:M\.D\.|MD|Ph\.\s?D\.?|PhD|DDS|DVM|DMD|RN|MPH|MBA|MSc|DPhil|FACP|FRCP|FRCS))+$"
)
#: Academic degrees before a name, as Czech, Slovak and Austrian pages write them ("MUDr. Jana
#: Roe", "prof. Ing. Jan Novák", "Mag. Jana Roe"): no part of the name.
_PRE_NOMINALS = re.compile(
    r"^(?:(?:MUDr|MVDr|MDDr|JUDr|PhDr|RNDr|PaedDr|ThDr|PharmDr|Mgr|Ing|Bc|Mag|Dipl\.-Ing|doc|prof)\.\s*)+"
    r"(?:et\s+(?:Mgr|Ing|Bc)\.\s*)?"
)
#: A social handle in parentheses after a name ("(@janedoe)").
_PARENTHESES = re.compile(r"\s*\(@[^)]*\)\s*$")
#: An affiliation in parentheses after a person's name ("Jane Doe (Reuters)").
_AFFILIATION = re.compile(r"\s*\([^()\d]{2,30}\)\s*$")
#: A contributor's note after a comma ("Special to The Post", "for the Guardian").
_NOTE = re.compile(r"(?i:special\s+to|for|via|courtesy\s+of)\s")
_ADDRESS = re.compile(r"(?:https?://|www\.|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/)", re.I)
_SPACE = re.compile(r"\s+")
#: An HTML tag inside a declared name ("<a href=\"/experts/jane-doe\">Jane Doe</a>").
_MARKUP = re.compile(r"</?[a-zA-Z][^<>]*>")
#: What joins a site's name to a person's in a declared author ("Site - Jane Doe").
_SITE_JOIN = re.compile(r"\s+[|–—\-·•]\s+")


def names(
    value: Any,
    by_id: Mapping[str, Mapping[str, Any]] | None = None,
    sites: list[str] | None = None,
    keep_site: bool = True,
    shown: frozenset[str] = frozenset(),
) -> list[str]:
    """Authors' names from a string, a Person or Organization (or a reference to one), or a
    list of them; a declared name is cleaned of its byline's words (``clean_name``), and the
    site's own name (one of ``sites``, the last its host's label: "L'Opinion" on
    lopinion.fr) is the publisher's, not an author's: it is kept only with ``keep_site``,
    when it is a person's name and not an Organization node's. A name in lower case waits
    for that last pass too, unless the byline writes it the same way (``shown``)."""
    sites = sites or []
    publisher = {squashed(site) for site in sites}
    found: list[str] = []
    persons: set[str] = set()  # a Person node's one name is no unit's ("Elle Hunt" on ELLE)
    for item in as_list(value):
        item = resolve(item, by_id or {})
        organization = person = False
        if isinstance(item, dict):
            # "person" in lower case, as some CMSs write it, is a Person too.
            kinds = {str(t).rsplit("/", 1)[-1].casefold() for t in as_list(item.get("@type"))}
            organization, person = bool(kinds) and "person" not in kinds, "person" in kinds
            organization = organization or bool(_COMPANY.search(text(item.get("name")) or ""))
            item = item.get("name") or " ".join(
                str(p) for p in (item.get("givenName"), item.get("familyName")) if p
            )
        # A node's "name" may be a list: one name each ("Paul Wiseman", "Fatima Hussein").
        # A CMS may write each name as its profile's link ("<a href=…>Jane Doe</a>"): its text.
        plain = (_MARKUP.sub("", t) if isinstance(t, str) else t for t in as_list(item))
        texts = [_without_affiliation(_without_publisher(t, publisher)) for t in map(text, plain) if t]
        organization = organization or any(_LEGAL_FORM.search(t) for t in texts)
        split = [n for t in texts for n in split_names(clean_name(t, sites[-1] if sites else ""))]
        person = person and len(split) == 1  # "Jane Doe, Polityka Insight" in one node: two names
        for name in split:
            if is_url(name) or len(name) > MAX_BYLINE or len(name.split()) > MAX_WORDS or not is_name(name):
                continue
            if (organization or _desk_like(name) or (name.islower() and name not in shown)) and not keep_site:
                # a byline's person first: "Associated Press", or "medellín" (a desk named
                # after its city, in lower case as no person's name is), only when nobody else
                continue
            if is_publisher(name, sites) and not (keep_site and not organization and _PERSON.fullmatch(name)):
                continue  # a personal site named after its author keeps the author
            if name not in found:
                found.append(name)
            if person:
                persons.add(name)
    if any(not _desk_like(name) for name in found):
        # "By Jane Doe, Associated Press": an agency or a desk beside a person is no author.
        found = [name for name in found if not _desk_like(name)]
    if len(found) > 1 and not keep_site:
        # "Marek Świerczyński, Polityka Insight" on polityka.pl: a name that opens with the
        # site's, beside another, is the site's unit the person writes for.
        found = [name for name in found if name in persons or not named_after_site(name, sites)] or found
    return found


#: The words after a site's name that make a unit of it ("Polityka Insight", "Brigitte Redaktion").
_UNIT = frozenset(
    re.split(
        r"\s+",
        "insight media news staff redaktion team desk online digital group magazine newsroom"
        " lab labs studio plus premium live sport sports tv radio verlag redazione rédaction",
    )
)


def named_after_site(name: str, sites: list[str]) -> bool:
    """Whether ``name`` is the site's one-word name then a unit's words ("Polityka Insight"
    on polityka.pl), not a person's whose first name is the site's ("Elle Hunt" on ELLE)."""
    first, *rest = name.casefold().split()
    return (
        bool(rest)
        and all(w in _UNIT for w in rest)
        and any(" " not in site and squashed(site) == squashed(first) for site in sites if site)
    )


def _desk_like(name: str) -> bool:
    """A desk's, an agency's or a company's name rather than a person's."""
    return bool(_DESK.search(name) or _COMPANY.search(name))


def is_publisher(name: str, sites: list[str]) -> bool:
    """Whether ``name`` is the site's: its name written otherwise ("L'Opinion" for
    lopinion.fr), the first words of it ("Google" of "Google Online Security Blog", the
    blog's owner named as the author of every post), a desk named after it ("CNN
    Business"), or its publisher named after it ("Casa Editorial El Tiempo")."""
    mine, folded = squashed(name), name.casefold()
    return any(
        mine == squashed(site)
        or (" " in site and site.casefold().startswith(folded + " "))
        # a desk named after the site, in capitals ("CNN Business" on cnn.com; not "Helge
        # Fahrnberger" on the blog "Helge")
        or ("." not in site and folded.startswith(site.casefold() + " ") and name.split()[0].isupper())
        # what the site is, then its name of two words or more ("Casa Editorial El Tiempo",
        # the publishing house, on the site "El Tiempo")
        or (" " in site and folded.endswith(" " + site.casefold()))
        # the site's name and what it is ("Glamour Magazine" on the site "Glamour")
        or (
            folded.startswith(site.casefold() + " ") and bool(_PUBLICATION.fullmatch(folded[len(site) + 1 :]))
        )
        for site in sites
    )


def _without_affiliation(name: str) -> str:
    """ "Amy Kuperinsky | NJ Advance Media for NJ.com": the person's name before the bar,
    when it is one; what follows is where the person works. Also the name without a
    handle in parentheses ("Jane Doe (@janedoe)") or a role written straight after it ("Jane
    Doe Staff Writer"), or an affiliation in parentheses ("Jane Doe (Reuters)"), or degrees
    after it ("Lynne Eldridge MD") or academic ones before it ("MUDr. Jana Roe")."""
    name = _PARENTHESES.sub("", name).strip() or name
    if _is_person(bare := _AFFILIATION.sub("", name).strip()) and not _DESK.search(bare):
        name = bare  # "Jane Doe (Reuters)"; not "Auswärtige Autoren (AA)", a desk's name
    first, bar, _ = name.partition(" | ")
    if bar and _is_person(first.strip()):
        return first.strip()
    if _is_person(bare := _POST_NOMINALS.sub("", name).strip()):
        name = bare  # "Lynne Eldridge MD": the degree is no part of the name
    if _is_person(bare := _PRE_NOMINALS.sub("", name).strip()):
        name = bare  # "MUDr. Jana Roe": nor is one before it
    bare = _TRAILING_ROLE.sub("", name).strip()
    return bare if bare != name and _is_person(bare) else name


def _without_publisher(name: str, publisher: set[str]) -> str:
    """A declared name that joins the site's to the person's ("unocero - Alberto Ávila",
    "Jane Doe | Example News"): the person's part, when one part is left."""
    parts = _SITE_JOIN.split(name)
    kept = [p for p in parts if squashed(p) not in publisher]
    return kept[0] if len(parts) > 1 and len(kept) == 1 else name


def split_names(text: str) -> list[str]:
    """ "Lisa Kaczke and Trevor J. Mitchell" -> both names, when every part is a person's
    name (two to five capitalized words): "Johnson & Johnson", "AP and TOI staff" stay."""
    parts = [p.strip() for p in _NAME_JOIN.split(text)]
    if len(parts) > 1 and all(_is_person(p) for p in parts):
        return parts
    if _FIRST_NAMES.fullmatch(text) and len(set(parts)) == 2:
        # "Tiana and Lauren": two bloggers who sign with their first names (not "Johnson
        # and Johnson"; a company joins its names with "&", which stays whole).
        return parts
    # "Markus M. Haefliger, London, Beat Bumbacher", "Fatima Hussein, The Associated Press",
    # "Tom Krisher, AP Auto Writer": names, and a place, a publication (one word, or "The
    # …") or a role beside them.
    pieces = [p.strip() for piece in text.split(",") for p in _NAME_JOIN.split(piece) if p.strip()]
    # A role's employer after it ("…, Vice President, Example Cloud") is no person.
    pieces = [p for i, p in enumerate(pieces) if not (i and _ROLE.search(pieces[i - 1]))]
    persons = [p for p in pieces if _is_person(p)]
    if any(not p.isupper() and not _desk_like(p) for p in persons):
        # A name in capitals beside a person's that is not is an organisation's ("David
        # Straub, MDR THÜRINGEN": the broadcaster); not beside an agency's ("MEG KINNARD,
        # ERRIN HAINES and Associated Press": the bylines' style).
        persons = [p for p in persons if not p.isupper()]
    others = [p for p in pieces if p not in persons]
    if persons and all(
        " " not in p
        or p.startswith("The ")
        or p.isupper()
        or _ROLE.search(p)
        or _NOTE.match(p)
        or _DESCRIPTION.search(p)
        for p in others
    ):
        return persons
    return [text]


def _is_person(text: str) -> bool:
    """A person's name: capitalized words, not a publication ("The Associated Press") nor a
    role ("AP Auto Writer", "Senior Editor")."""
    return bool(_PERSON.fullmatch(text)) and not text.startswith("The ") and not _ROLE.search(text)


#: What a template's unfilled field writes ("#meta[ag-author]", "{{author}}", "%author%",
#: "<$BlogItemAuthor$>"): characters a person's name is not written in.
_TEMPLATE = re.compile(r"[#\[\]{}<>$%]")
#: A template's field in its brackets ("[ag-author]", "{{ Author Name }}", "%author%").
_FIELD = re.compile(r"\{[^{}]*\}|\[[^\[\]]*\]|<[^<>]*>|%[^%]*%|\$[^$]*\$")
#: A capitalized word of letters alone: a person's word outside a template's field.
_WORD = re.compile(r"(?:^|\s)[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+(?=\s|$)")


def is_name(name: str) -> bool:
    """Not a social handle ("@NatGeoUK"), a CMS's placeholder ("No Author"), a desk's one
    word ("Redaktion") nor a template's field left unfilled ("#meta[ag-author]")."""
    return not name.startswith("@") and name.casefold() not in _PLACEHOLDERS and not _template(name)


def _template(name: str) -> bool:
    """Whether ``name`` is a template's field left unfilled: a template's characters and,
    outside its brackets, no capitalized word ("Jane Doe [Reuters]", "Jane Doe #OpEd" are
    a person's name with a tag)."""
    return bool(_TEMPLATE.search(name)) and not _WORD.search(_FIELD.sub(" ", name))


# -- values ---------------------------------------------------------------------------------------


def resolve(value: Any, by_id: Mapping[str, Mapping[str, Any]]) -> Any:
    """A node given only by reference (``{"@id": …}``, or the bare ``@id`` string where a
    node is expected) replaced by the node itself."""
    if isinstance(value, dict) and set(value) == {"@id"}:
        return by_id.get(value["@id"], value)
    if isinstance(value, str) and value in by_id:
        return by_id[value]
    return value


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def text(value: Any) -> str | None:
    """A metadata value as plain text: the first of a list, entities decoded, spaces collapsed."""
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, str):
        return None
    plain = html.unescape(value)
    if _ESCAPED.search(plain):
        # Escaped twice ("Ford&amp;#8217;s" in JSON-LD, which a template escaped for HTML
        # before writing it as JSON): OpenGraph's is decoded once by the HTML parser too.
        plain = html.unescape(plain)
    plain = _SPACE.sub(" ", plain).strip()
    return plain or None


#: An entity left after decoding once: a number, or one of the names templates escape.
_ESCAPED = re.compile(
    r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|amp|quot|apos|nbsp|lt|gt|hellip|[lr][sd]quo|[nm]dash);"
)


def is_url(value: Any) -> bool:
    """An address rather than a name: "https://…", "www.…", "facebook.com/page"."""
    return isinstance(value, str) and bool(_ADDRESS.match(value.strip()))
