"""A byline's name without the job it names after a comma: "Posted by Lucas Ballard, Software
Engineer", "James Davis, program manager, Google Cultural Institute" (corporate blogs sign posts
so). The name is the part before the comma when what follows is a job; a list of names ("Anna
Weber, Jonas Klein") is left as it is.
"""

from __future__ import annotations

import re

#: Words of job titles, in the languages the corpus's bylines use.
_JOB = re.compile(
    r"\b(?:engineer|manager|director|president|vp|svp|evp|head|lead|chief|officer|ceo|cto|cfo|"
    r"coo|founder|co-founder|editor|reporter|correspondent|writer|columnist|producer|designer|"
    r"developer|scientist|researcher|analyst|intern|specialist|strategist|evangelist|advocate|"
    r"marketing|program|product|professor|journaliste|rédacteur|rédactrice|directeur|directrice|"
    r"responsable|redakteur|redakteurin|leiter|leiterin|geschäftsführer|redactor|redactora|"
    r"periodista|jefe|giornalista|redattore|caporedattore|staff|contributor|correspondents)\b",
    re.I,
)


#: Job words that are surnames too ("Brian Leiter", "Paul Head", "Ruth Chief"): a job only in
#: lower case, before "of" ("Head of Product") or beside another job word ("Lead Designer").
_SURNAME_TOO = frozenset({"head", "lead", "chief", "leiter", "leiterin", "advocate", "jefe"})
#: The words that follow a job before what it is in charge of ("Head of Product", "Leiter des").
_OF = frozenset({"of", "von", "des", "der", "de", "du", "del", "di", "for"})


#: What opens an outlet's name, not a person's, after a byline's comma ("Ann Lee, The
#: Washington Post", "Max Muster, Der Spiegel"): an article no given name is.
_OUTLET = re.compile(r"\s*(?:The|Der|Die|Das|Les|El|Il)\s+[A-Z]")


def without_role(name: str) -> str:
    """``name`` cut before its first comma when a job ("Ann Lee, Globe Staff") or an outlet
    ("Ann Lee, The Washington Post") follows it."""
    head, comma, rest = name.partition(",")
    if comma and head.strip() and (_names_a_job(rest) or _OUTLET.match(rest)):
        return head.strip()
    return name


def _names_a_job(text: str) -> bool:
    """Whether ``text`` names a job: a job word, one that is a surname too only where a
    name would not have it."""
    words = re.findall(r"[\w-]+", text)
    for i, word in enumerate(words):
        if not _JOB.fullmatch(word):
            continue
        if word.casefold() not in _SURNAME_TOO or word.islower():
            return True
        beside = words[i - 1 : i] + words[i + 1 : i + 2]
        if words[i + 1 : i + 2] and words[i + 1].casefold() in _OF:
            return True
        if any(_JOB.fullmatch(w) for w in beside):
            return True
    return False
