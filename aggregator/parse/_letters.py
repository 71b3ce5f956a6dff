"""The capital letters a person's name may begin with, as a regular expression's class body:
Latin-1's and Latin Extended-A's and -B's (Polish Ł, Ś, Ż; Czech Č, Ř, Š; Hungarian Ő; Turkish
İ, Ş; Romanian Ș, Ț; Latvian and Lithuanian Ā, Ė, Ū…): names of the corpus's Central European
and Turkish pages were not read as names when only A-Z and À-Þ counted. Data only."""

from __future__ import annotations

#: ``[{CAPITALS}]`` matches one capital letter of a Latin alphabet.
CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(ch for ch in map(chr, range(0x100, 0x250)) if ch.isupper())
