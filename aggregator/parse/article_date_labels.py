"""The words that label an article page's date lines, in the corpus's languages: an update's
("Updated", "Mis à jour le"), a first publication's beside its update ("First published on"),
and a line's opening "published" ("opublikowano:", "发布时间："). parse/article_dateline.py
reads them to tell which of a page's dates is the publication's, and to cut the label off
before the date reader sees the line.

Split from parse/article_dateline.py: compiled patterns, and the two tests of an element's
own words they make (``labels_first``, ``labels_published``).
"""

from __future__ import annotations

import re
from typing import Any

from aggregator.parse._date_words import YEAR, full_year

#: Words of an update, in the corpus's languages: its time is not the publication's.
UPDATE = re.compile(
    r"updat|modifi|mis à jour|actualiz|aktualisiert|geändert|aktualiz|bijgewerkt|обновлен|aggiornat"
    r"|atualizad",
    re.I,
)
#: The words that label an article's first publication beside its update ("Tue 29 Nov 2016
#: 15.26 EST First published on Tue 29 Nov 2016 07.46 EST"): the date after them is the
#: publication's, and the element that writes them is a dateline wherever it sits. No word
#: boundary before them: a line's parts can meet without a space ("15.26 ESTFirst published").
FIRST_PUBLISHED = re.compile(
    r"(?:first|originally) published\b(?:\s+(?:on|at))?:?"
    r"|\bpublié pour la première fois\b(?:\s+le)?|\b(?:zuerst|erstmals) veröffentlicht\b(?:\s+am)?"
    r"|\bpublicado originalmente\b(?:\s+el)?|\bpubblicato per la prima volta\b(?:\s+il)?",
    re.I,
)
#: A line's opening "published" then ":" or the date ("opublikowano: 7 kwietnia 2021", "发布时间："),
#: whatever its class; not "Published in Nature", "Publié dans…" (German's is htmldate's). A
#: byline may come first, up to a comma ("Articol de PUBLIKA.MD, publicat in data de 08-06-2013").
PUBLISHED_LABEL = re.compile(
    r"^(?:[^\d,;|·•]{1,60}[,;|·•])?\s*(?:published|publié|publicado|pubblicato|opublikowano|gepubliceerd"
    r"|publicerad|publisert|publiceret|julkaistu|publikováno|publikované"
    r"|publicat\s+[iî]n\s+data\s+de|publicat|(?:publicação|publicación|publicacao|publicacion)(?:\s+(?:em|el))?"
    r"|опубликовано"
    r"|опубліковано|diterbitkan|dipublikasikan|yayınlanma(?:\s+tarihi)?|发布时间|發佈時間|发表于|發表於"
    r"|发布于|發佈於|公開日|掲載日)(?=\s*[:：]|\s*\d|\s*$|\s+(?-i:[A-Z][a-z]{2,})\.?\s+\d)",
    re.I,
)
#: The rest of an update's word and what follows it ("ed: ", "d le "), after ``UPDATE``.
AFTER_UPDATE_WORD = re.compile(r"^\w*\W*(?:(?:le|am|on|at|el|il)\s+)?")


def labels_first(el: Any) -> bool:
    """Whether ``el``'s own text (not its children's) labels the first publication."""
    return any(FIRST_PUBLISHED.search(str(t)) for t in el.xpath("text()"))


def labels_published(el: Any) -> bool:
    """Whether ``el``'s own text opens with a "published" label before a date; not in a list's
    item (a book's details), a caption or a body paragraph (a citation)."""
    if el.xpath("ancestor-or-self::*[self::li or self::figcaption or (self::p and not(@class))]"):
        return False
    own = "".join(el.xpath("text()"))
    return bool(PUBLISHED_LABEL.match(own) and YEAR.search(full_year(el.text_content())))
