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
    r"periodista|jefe|giornalista|redattore|caporedattore)\b",
    re.I,
)


def without_role(name: str) -> str:
    """``name`` cut before its first comma when a job follows it."""
    head, comma, rest = name.partition(",")
    if comma and head.strip() and _JOB.search(rest):
        return head.strip()
    return name
