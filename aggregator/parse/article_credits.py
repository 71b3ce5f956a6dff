"""What an article page says of its authors outside its byline and its embedded metadata.

Split from parse/article_authors.py (which tries these places in turn with the others):

- the author that Parse.ly's page metadata declares for its analytics, which news sites fill
  where they write no other: ``<meta name="parsely-author">`` (one per author), and the
  "author" or "authors" of the JSON in ``<meta name="parsely-page">`` or ``"parsely-metadata"``;
- the label and value pair a WordPress SEO plugin (Yoast) writes for Twitter's card,
  ``<meta name="twitter:label1" content="Written by">`` then ``twitter:data1`` the name: on
  pages whose other metadata names no author, this one still does;
- a contributors' line, "Jane Roe and John Poe contributed." or "Additional reporting by
  Jane Roe": names there helped with the article and are credited apart from its byline,
  while some sites list them among the JSON-LD authors;
- a blog's post footer, "posted by Stadler at 12:53" (Blogger's and old WordPress themes'
  line): the account's name, one word as often as two;
- a Korean report's sign-off at the end of its text, "최윤호 기자 uknow@donga.com" (the
  reporter's name, the word for reporter or correspondent, the address): Korean news sites
  write their byline there rather than under the headline;
- a Chinese byline, "澎湃新闻记者 段彦超 廖艳" (the paper's word for its reporter, then the
  names) or "作者：魏星" (the word for author, its colon left out on a line with the date):
  names of two to four characters, which the Latin bylines' rules do not read;
- a "credit" line in the headline's header, outside its figures: a wire story's credit
  ("JIJI") under the headline;
- a name written before the dateline after a bar, with no label ("Sehernur Karsu |
  05.04.2025"): the metadata row under a standfirst;
- a line that is a name alone followed by a line that is that person's e-mail address
  ("PETER CHRISTOPHER" then "peter.christopher@example.com"): a reporter's signature at the
  head or foot of the text;
- the text of the visible link to a declared author's own profile address: the name the
  page shows for the account the metadata names otherwise ("Anna Galazka" declared with the
  address ".../ann-marie-galazka", the byline's link to it reading "Ann-Marie Galazka").

Pure: no network, no I/O.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import time
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

from aggregator.parse._date_words import YEAR
from aggregator.parse.article_byline_text import clean_name
from aggregator.parse.article_markup import in_other_articles

#: What Yoast and its kind write as a card's label before the author's name, in the
#: languages they translate it to (compared case folded).
WRITTEN_BY = frozenset(
    {
        "written by",
        "author",
        "verfasst von",
        "geschrieben von",
        "autor",
        "écrit par",
        "auteur",
        "escrito por",
        "scritto da",
        "autore",
        "geschreven door",
        "door",
        "skrevet av",
        "skrivet av",
    }
)
#: Longest line read as a contributors' line or a footer: a line, not a paragraph.
MAX_LINE = 160
#: "A and B contributed.", "A contributed to this report.", "Additional reporting by A and B".
_CONTRIBUTED = re.compile(
    r"^(?P<a>.+?)\s+contributed(?:\s+(?:reporting|to\s+this\s+(?:report|story|article)))?\s*\.?$"
    r"|^(?:additional\s+reporting|reporting\s+contributed)\s+by\s+(?P<b>.+?)\s*\.?$",
    re.I,
)
#: The elements whose own text may be a contributors' line.
_CREDIT_LINES = (
    "//text()[contains(., 'contributed') or contains(., 'reporting by') or contains(., 'Reporting by')]/.."
)
#: What joins the names of a contributors' line.
_JOIN = re.compile(r"\s*(?:,\s*and\s+|,|\band\b|&)\s*", re.I)
#: A blog's post footer: "posted by Stadler at 12:53", "Posted by Jane Doe at 9:05 PM".
_POSTED_BY_AT = re.compile(
    r"^(?i:posted\s+by)\s+(?P<name>[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]*){0,3})"
    r"\s+(?i:at)\s+(?P<hour>\d{1,2})[:.](?P<minute>[0-5]\d)\b(?:\s*(?P<ampm>[ap])\.?m\b\.?)?",
)
#: A Korean report's sign-off: a name of two to four syllables, "기자" (reporter) or
#: "특파원" (correspondent), maybe an address.
_SIGN_OFF = re.compile(r"^(?P<name>[가-힣]{2,4})\s*(?:기자|특파원)(?:\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?$")
#: A Chinese name: two to four characters, a minority's with its middle dot ("阿里木·买买提").
_HAN_NAME = r"[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{1,6})?"
#: Between names: a space or a comma, or a role that introduces more ("通讯员", "实习生").
_HAN_SEP = r"(?:[ \u3000、，,]+|\s*(?:通讯员|实习生)\s*[:：]?\s*)"
_HAN_NAMES = rf"(?P<names>{_HAN_NAME}(?:{_HAN_SEP}{_HAN_NAME})*)"
#: Where a Chinese byline's names end: the line's end, a date, a bar, the source, the editor,
#: a role, "报道" (reports) or a place's report ("北京报道"), a slash before the place ("／台北報導").
_HAN_END = (
    r"(?=\s*(?:$|\d|[|｜（(/／]|[来來]源|[编編][辑輯]|[责責]任|[记記]者|通[讯訊]员|[实實][习習]生"
    r"|[\u4e00-\u9fff]{0,6}[报報]道))"
)
_HAN_SPLIT = re.compile(r"[ \u3000、，,:：]+|通[讯訊]员|[实實][习習]生")
#: A name's last character that makes it an agency's, a site's, a paper's or a station's.
_HAN_OUTLET = "社网报台"
#: "澎湃新闻记者 贺梨萍", "本报记者 张三 李四", "记者：王五": a line that opens with the word, in
#: simplified or traditional characters ("記者 王小明", as Taiwan's and Hong Kong's papers write it).
_REPORTER = re.compile(rf"^[\u4e00-\u9fff]{{0,8}}[记記]者\s*[:：]?\s*{_HAN_NAMES}{_HAN_END}")
#: "作者：魏星", or "… | 作者魏星" on a line that also writes the date.
_WRITER = re.compile(rf"(?:^|[|｜]\s*)作者\s*(?P<colon>[:：])?\s*{_HAN_NAMES}{_HAN_END}")
#: What follows "作者" that is no name: "unknown", "anonymous", a heading's words.
_NO_HAN_NAME = re.compile(r"未知|佚名|匿名|最新|文章|简介|更多|其他|相关|专栏")
#: Longest line read as a Chinese byline.
MAX_HAN_BYLINE = 60
_SPACE = re.compile(r"\s+")
#: Longest credit line read as a byline: an agency's or a person's name.
MAX_CREDIT = 40
#: A picture's credit, not the story's.
_PICTURE = re.compile(r"(?i)\b(?:photo|image|picture|foto|bild|getty|illustration)")
_IN_FIGURE = "ancestor::figure | ancestor::figcaption | ancestor::picture"
#: A credits block's writer: the word for "text" (English, German, the Nordic languages,
#: Finnish, Spanish, Italian, French), a colon, a name of two to four capitalized words.
_TEXT_CREDIT = re.compile(
    r"^(?i:text|texte|tekst|teksti|texto|testo)\s*:\s*"
    r"(?P<name>(?!(?i:the)\s)[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]*){1,3})$"
)
#: A credits block's picture line: "Kuvat:", "Fotos:", "Photos:", "Bilder:", a colon after.
_PICTURE_CREDIT = re.compile(
    r"^(?i:photos?|photography|pictures?|images?|fotos?|fotograf(?:ie|ía|ia)|bilder?|foto|kuvat?|kuvaaja|billeder)\s*:"
)
#: A credits line that names the writer, then the photographer: "INTERVIEW BY JANE ROE, PHOTO BY
#: JOHN POE", "Text by Jane Roe / Photos by John Poe": the writer's is the first credit; a
#: team's ("Reporting by The Team, Images by Getty") is no person's.
_JOINT_CREDIT = re.compile(
    r"^(?i:interview|text|words|story|reporting)\s+(?i:by)\s+"
    r"(?P<name>(?!(?i:the)\s)[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.'’-]*){1,3})\s*[,;/|]\s*"
    r"(?i:photos?|photography|pictures?|images?|illustrations?)\s+(?i:by)\s+\S.*$"
)
#: A date with its year at a line's start: "05.04.2025", "2025-04-05", "5 April 2025".
_DATED = re.compile(
    r"^(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}\.?\s+\w+\.?\s+(?:19|20)\d\d|\w+\.?\s+\d{1,2},?\s+(?:19|20)\d\d)"
)


def parsely_authors(doc: Any) -> list[Any]:
    """The authors Parse.ly's metadata declares (see the module docstring), in page order;
    [] when it declares none (a JSON that does not parse is passed over)."""
    found: list[Any] = list(doc.xpath("//meta[@name='parsely-author']/@content"))
    for raw in doc.xpath("//meta[@name='parsely-page' or @name='parsely-metadata']/@content"):
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        if isinstance(data, dict):
            for key in ("authors", "author"):
                value = data.get(key)
                found.extend(value if isinstance(value, list) else [value] if value else [])
    return found


def card_author(doc: Any) -> list[str]:
    """The name Twitter's card gives beside a "Written by" label (``twitter:labelN`` and
    ``twitter:dataN`` of the same N); [] when there is none."""
    values: dict[str, str] = {}
    for meta in doc.xpath("//meta[@content]"):
        key = (meta.get("name") or meta.get("property") or "").strip().lower()
        if key.startswith(("twitter:label", "twitter:data")):
            values.setdefault(key, _SPACE.sub(" ", meta.get("content", "")).strip())
    return [
        values[f"twitter:data{key.removeprefix('twitter:label')}"]
        for key, label in values.items()
        if key.startswith("twitter:label")
        and label.casefold().rstrip(":") in WRITTEN_BY
        and values.get(f"twitter:data{key.removeprefix('twitter:label')}")
    ][:1]


def contributors(doc: Any) -> set[str]:
    """The names of the page's contributors' lines, case folded (see the module docstring)."""
    found: set[str] = set()
    for el in doc.xpath(_CREDIT_LINES):
        line = _SPACE.sub(" ", el.text_content()).strip()
        match = _CONTRIBUTED.match(line) if len(line) <= MAX_LINE else None
        if match:
            found |= {n.casefold() for n in _JOIN.split(match.group("a") or match.group("b")) if n.strip()}
    return found


def posted_by(candidates: list[Any]) -> list[str]:
    """The account's name in the first post footer "posted by X at 12:53" among
    ``candidates`` (elements in document order); [] when there is none."""
    found = _footer(candidates)
    return [found.group("name")] if found else []


def posted_at(candidates: list[Any]) -> time | None:
    """The clock of the first post footer "posted by X at 12:53" (or "at 9:05 PM") among
    ``candidates``: the post's time of day, which such blogs show under a day's heading."""
    found = _footer(candidates)
    if found is None:
        return None
    hour, minute = int(found.group("hour")), int(found.group("minute"))
    if found.group("ampm"):
        hour = hour % 12 + (12 if found.group("ampm").lower() == "p" else 0)
    return time(hour, minute) if hour < 24 else None


def _footer(candidates: list[Any]) -> re.Match[str] | None:
    for el in candidates:
        for part in [el.text, *(child.tail for child in el)]:
            found = _POSTED_BY_AT.match(_SPACE.sub(" ", part or "").strip())
            if found:
                return found
    return None


def signed(candidates: list[Any]) -> list[str]:
    """The reporter's name in a Korean report's sign-off among ``candidates``: a line of its
    own (an element's text, or the text after a line break); the last one, at the text's end."""
    found: list[str] = []
    for el in candidates:
        for part in [el.text, *(child.tail for child in el)]:
            match = _SIGN_OFF.match(_SPACE.sub(" ", part or "").strip())
            if match:
                found = [match.group("name")]
    return found


def reporters(candidates: list[Any]) -> list[str]:
    """The names of a Chinese byline among ``candidates``: a short line that opens with the
    paper's word for its reporter ("澎湃新闻记者 段彦超 廖艳"), or names the author after the
    word for it ("作者：魏星"; without the colon only on a line that writes the date too, as
    "发表于2014-08-24 21:30| … | 作者魏星": "作者最新文章" heads a list of other articles)."""
    for el in candidates:
        line = _SPACE.sub(" ", el.text_content()).strip()
        if len(line) > MAX_HAN_BYLINE or not any(word in line for word in ("记者", "記者", "作者")):
            continue
        found = _REPORTER.match(line)
        if found is None:
            found = _WRITER.search(line)
            if found is not None and not (found.group("colon") or YEAR.search(line)):
                found = None
        if (
            found is not None
            and not _NO_HAN_NAME.search(found.group("names"))
            and (kept := _han_names(found["names"]))
        ):
            return kept
    return []


def _han_names(text: str) -> list[str]:
    """The names of a Chinese byline's ``text``, up to "报道" or a place's report ("北京报道"),
    without the roles ("通讯员"), a photo's credit ("李四摄") or an outlet ("新华社")."""
    kept: list[str] = []
    for token in filter(None, _HAN_SPLIT.split(text)):
        if token.endswith(("报道", "報道")) or token in ("编辑", "編輯", "记者", "記者"):
            break
        if "摄" not in token and token[-1] not in _HAN_OUTLET:
            kept.append(token)
    return kept


def beside_date(candidates: list[Any]) -> list[str]:
    """The name of a byline written without a label before the dateline, a bar between
    them ("<span>Sehernur Karsu |</span><span>05.04.2025</span>", "Jane Doe | 5.4.2025",
    "<span>Jane Doe</span> | 5.4.2025"):
    two to four capitalized words, then the bar, then a date with its year (in the text or
    the next element's)."""
    for el in candidates:
        if len(el):
            continue  # a name beside the date is a line of text alone
        name, bar, rest = _SPACE.sub(" ", el.text or "").strip().partition("|")
        tail = _SPACE.sub(" ", el.tail or "").strip()
        if not bar and tail.startswith("|"):
            bar, rest = "|", tail[1:]  # "<span>Malte Welding </span> | 29.07.2006": the bar after it
        following = next((n for n in el.itersiblings() if isinstance(n.tag, str)), None)
        after = rest.strip() or (
            _SPACE.sub(" ", following.text_content()).strip() if following is not None else ""
        )
        if bar and _is_name(name.strip()) and _DATED.match(after):
            return [name.strip()]
    return []


#: A line that is an e-mail address alone, its local part's words split at dots, hyphens
#: and underscores.
_ADDRESS_LINE = re.compile(r"^([\w.+-]+)@[\w-]+(?:\.[\w-]+)+$")


def with_address(candidates: list[Any]) -> list[str]:
    """The name of a reporter's signature: an element that writes two to four words of
    letters alone (in capitals too: "PETER CHRISTOPHER"), followed by one that writes an
    e-mail address alone whose local part spells that name ("peter.christopher@…",
    "pchristopher@…": every word of it one of the name's, or its first letters and the last
    name). The address ties the line to a person: a name line alone could be a caption's."""
    for el, following in pairwise(candidates):
        name = _SPACE.sub(" ", el.text_content().replace("\xad", "")).strip()
        address = _ADDRESS_LINE.match(_SPACE.sub("", following.text_content().replace("\xad", "")))
        if address is None or following in el.iterdescendants() or in_other_articles(el):
            continue
        words = name.casefold().split()
        if not (2 <= len(words) <= 4 and all(w.replace("-", "").replace(".", "").isalpha() for w in words)):
            continue
        local = [w for w in re.split(r"[._+-]", address.group(1).casefold()) if w]
        initials = "".join(w[0] for w in words[:-1]) + words[-1]
        if (len(local) > 1 and set(local) <= set(words) and words[-1] in local) or local == [initials]:
            return [name.title() if name.isupper() else name]
    return []


def _is_name(text: str) -> bool:
    """Two to four capitalized words of letters (a hyphen, an initial's dot)."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(
        w[0].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words
    )


def header_credit(doc: Any) -> list[str]:
    """The text of a "credit" line in the headline's own ``<header>``, outside any figure:
    a wire story's credit under its headline ("<p class="credit">JIJI</p>"), where a
    picture's credit would sit in its ``<figure>``; [] when there is none."""
    headline = next((h for h in doc.iter("h1") if h.text_content().strip()), None)
    header = next(headline.iterancestors("header"), None) if headline is not None else None
    if header is None:
        return []
    for el in header.iter():
        if not isinstance(el.tag, str) or "credit" not in (el.get("class") or "").casefold().split():
            continue
        text = _SPACE.sub(" ", el.text_content()).strip()
        if text and len(text) <= MAX_CREDIT and not _PICTURE.search(text) and not el.xpath(_IN_FIGURE):
            return [text]
    return []


def text_credit(doc: Any) -> list[str]:
    """The writer a feature's credits block names, at its foot or its head: a line "Teksti:
    Petteri Harjula" (the word for "text", a colon, a name) beside a picture's credit line
    ("Kuvat: Tommi Tuomi") in the same block, or both credits in one line ("INTERVIEW BY A,
    PHOTO BY B"), not among other articles' cards; [] when there is none. The picture's
    credit tells a credits block from a text that quotes a "Text:"."""
    for el in doc.iter():
        if not isinstance(el.tag, str) or el.tag in ("script", "style") or el.xpath("ancestor::head"):
            continue
        lines = [_SPACE.sub(" ", part or "").strip() for part in [el.text, *(child.tail for child in el)]]
        lines = [line for line in lines if line]
        # Both credits in one line: a line of its own in a longer text (after the headline).
        joint = next((m for s in lines if len(s) <= MAX_LINE and (m := _JOINT_CREDIT.match(s))), None)
        if joint and not in_other_articles(el):
            return [joint.group("name")]
        if not lines or len(" ".join(lines)) > MAX_LINE:
            continue
        written = next((found for line in lines if (found := _TEXT_CREDIT.match(line))), None)
        # not another article's credits (a related story's card in an aside)
        if written and any(_PICTURE_CREDIT.match(line) for line in lines) and not in_other_articles(el):
            return [written.group("name")]
    return []


def as_linked(declared: list[Any], names: list[str], doc: Any) -> list[str]:
    """``names`` (read from the declared author nodes ``declared``), each replaced by the
    text of the page's link to its node's own address (``url``) when that text is another
    writing of the name: the same last word, another first."""
    addresses = {
        _SPACE.sub(" ", str(node.get("name"))).strip(): node.get("url")
        for node in declared
        if isinstance(node, Mapping) and isinstance(node.get("url"), str)
    }
    result = []
    for name in names:
        try:
            path = urlsplit(addresses.get(name) or "").path.rstrip("/")
        except ValueError:
            path = ""
        result.append(_linked_text(doc, path, name) if path.count("/") >= 2 else name)
    return result


def _linked_text(doc: Any, path: str, name: str) -> str:
    """The text of a link to ``path`` that writes ``name`` otherwise, else ``name``; a
    path of two segments at least (a profile's, not a site's home)."""
    for link in doc.xpath("//a[@href]"):
        try:
            if urlsplit(link.get("href")).path.rstrip("/") != path:
                continue
        except ValueError:  # an address urlsplit refuses ("http://[")
            continue
        # The link may hold the byline's word too ("Por Ana Ruiz"): the name is what follows it.
        shown = clean_name(_SPACE.sub(" ", link.text_content()).strip())
        words, mine = shown.split(), name.split()
        if (
            2 <= len(words) <= 5
            and shown != name
            and words[-1].casefold() == mine[-1].casefold()
            and all(w[0].isupper() for w in words)
        ):
            return shown
    return name
