"""The query language of tags and search: text -> expression tree -> does an entry match.

    kremlin OR peskov -football intitle:poutine "place rouge" /poutin[ea]/

Words and quoted phrases match whole words, ignoring case and accents, exactly as tag
keywords do (tag.py folds and splits for both); ``OR`` binds tighter than the implicit AND
(``a OR b c`` is ``(a OR b) c``), ``-`` negates, parentheses group, a field prefix narrows
a term or a group to one field, and ``/regex/`` is matched by RE2, whose running time is
linear in the text: no pattern can backtrack catastrophically, and the constructs that would
need backtracking (backreferences, lookarounds) are refused when the query is read.

Pure: parses once (``parse_query``), then matches ``tag.Document`` values; no I/O.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from aggregator.exceptions import QueryError
from aggregator.words import Document, phrase_pattern, words

#: What a term looks at: ``text`` is title, summary and content (no prefix).
Scope = Literal["text", "title", "body", "author", "source", "category"]

#: Field prefixes, as written in queries, and the scope each selects.
PREFIXES: dict[str, Scope] = {
    "intitle": "title",
    "insummary": "body",
    "author": "author",
    "source": "source",
    "category": "category",
}
_PREFIX_OF = {scope: f"{name}:" for name, scope in PREFIXES.items()} | {"text": ""}

#: Longest query accepted: a rule or a search box, not a document (and a URL stays short).
MAX_QUERY_LENGTH = 2000
#: Deepest nesting of parentheses, prefixes and negations; keeps the recursive parser and
#: matcher far from Python's recursion limit.
MAX_DEPTH = 32
#: Memory RE2 may use for one compiled pattern (its default is 8 MiB); a larger program is
#: refused at load rather than degraded.
REGEX_MAX_MEM = 8 << 20
#: Largest RE2 program accepted, in instructions. Linear time is not enough: a pattern
#: such as \w{999} compiles to 8,000 instructions, outgrows the DFA's memory and falls back
#: to simulating them all at every character (138 ms per 100 KB of text, 1.8 s for
#: (\w{999}){30} over 10 KB, for every entry searched); \w{100} (804) still runs at
#: 0.4 ms per 100 KB, poutin[ea] is 12.
REGEX_MAX_PROGRAM = 2000


@dataclass(frozen=True, slots=True)
class Term:
    """Folded words, whole and in order (a word is a phrase of one)."""

    words: tuple[str, ...]
    scope: Scope = "text"
    quoted: bool = False
    pattern: re.Pattern[str] = dataclasses.field(compare=False, repr=False, default=re.compile(""))

    def matches(self, doc: Document) -> bool:
        if self.scope == "source":
            return tuple(re.findall(r"\w+", doc.source)) == self.words
        if self.scope == "category":
            return any(tuple(re.findall(r"\w+", c)) == self.words for c in doc.categories)
        return self.pattern.search(_field(doc, self.scope)) is not None

    def __str__(self) -> str:
        text = " ".join(self.words)
        return _PREFIX_OF[self.scope] + (f'"{text}"' if self.quoted or len(self.words) > 1 else text)


@dataclass(frozen=True, slots=True)
class Regex:
    """An RE2 pattern searched in the folded field, case-insensitively."""

    source: str
    scope: Scope = "text"
    compiled: Any = dataclasses.field(compare=False, repr=False, default=None)

    def matches(self, doc: Document) -> bool:
        if self.scope == "category":
            return any(self.compiled.search(c) for c in doc.categories)
        return self.compiled.search(_field(doc, self.scope)) is not None

    def __str__(self) -> str:
        return _PREFIX_OF[self.scope] + "/" + self.source.replace("/", "\\/") + "/"


@dataclass(frozen=True, slots=True)
class Not:
    child: Node

    def matches(self, doc: Document) -> bool:
        return not self.child.matches(doc)

    def __str__(self) -> str:
        return f"-{self.child}"


@dataclass(frozen=True, slots=True)
class And:
    children: tuple[Node, ...]

    def matches(self, doc: Document) -> bool:
        return all(child.matches(doc) for child in self.children)

    def __str__(self) -> str:
        return "(" + " ".join(map(str, self.children)) + ")"


@dataclass(frozen=True, slots=True)
class Or:
    children: tuple[Node, ...]

    def matches(self, doc: Document) -> bool:
        return any(child.matches(doc) for child in self.children)

    def __str__(self) -> str:
        return "(" + " OR ".join(map(str, self.children)) + ")"


Node = Term | Regex | Not | And | Or


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query: the text as written, and its tree. Equal when the texts are."""

    text: str
    tree: Node = dataclasses.field(compare=False)

    def matches(self, doc: Document) -> bool:
        return self.tree.matches(doc)

    def explain(self, doc: Document) -> tuple[str, ...] | None:
        """The parts of the query that made ``doc`` match (terms found, ``-terms`` absent);
        None when it does not match."""
        return explain(self.tree, doc)

    def __str__(self) -> str:
        return str(self.tree)

    def __reduce__(self) -> tuple[Callable[[str], Query], tuple[str]]:
        # Compiled RE2 patterns do not pickle; the text is the query.
        return parse_query, (self.text,)


def explain(node: Node, doc: Document) -> tuple[str, ...] | None:
    """See ``Query.explain``."""
    match node:
        case Term() | Regex():
            return (str(node),) if node.matches(doc) else None
        case Not(child):
            return None if child.matches(doc) else (str(node),)
        case And(children):
            parts: list[str] = []
            for child in children:
                why = explain(child, doc)
                if why is None:
                    return None
                parts.extend(why)
            return tuple(parts)
        case Or(children):
            found = [why for child in children if (why := explain(child, doc)) is not None]
            return tuple(part for why in found for part in why) if found else None
    raise AssertionError(node)


def parse_query(text: str) -> Query:
    """Parse a query once; raises QueryError with the column and what was expected there."""
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError(
            f"the query is {len(text)} characters long; at most {MAX_QUERY_LENGTH} are accepted",
            column=MAX_QUERY_LENGTH + 1,
        )
    parser = _Parser(_tokenize(text))
    if parser.peek.kind == "end":
        raise QueryError(
            'empty query: expected a word, a "phrase", a /regex/ or a field prefix such as intitle:', column=1
        )
    tree = parser.parse_and("text", 0)
    if parser.peek.kind == ")":
        raise QueryError("unexpected ')': there is no '(' to close", column=parser.peek.column)
    return Query(text=text, tree=tree)


def _field(doc: Document, scope: Scope) -> str:
    match scope:
        case "text":
            return doc.text
        case "title":
            return doc.title
        case "body":
            return doc.body
        case "author":
            return doc.author
        case "source":
            return doc.source
    raise AssertionError(scope)


@dataclass(frozen=True, slots=True)
class _Token:
    kind: Literal["(", ")", "or", "not", "field", "word", "phrase", "regex", "end"]
    value: str
    column: int


_BLANK = " \t\r\n"
_FIELD = re.compile(r"([A-Za-z]+):")


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        c, column = text[i], i + 1
        if c in _BLANK:
            i += 1
        elif c in "()":
            tokens.append(_Token(c, c, column))  # type: ignore[arg-type]
            i += 1
        elif c == '"':
            end = text.find('"', i + 1)
            if end < 0:
                raise QueryError("unterminated phrase: expected a closing '\"'", column=column)
            tokens.append(_Token("phrase", text[i + 1 : end], column))
            i = end + 1
        elif c == "/":
            end, pattern = _regex_end(text, i + 1)
            if end < 0:
                raise QueryError(
                    "unterminated regular expression: expected a closing '/' "
                    "(write '\\/' for a slash inside it)",
                    column=column,
                )
            tokens.append(_Token("regex", pattern, column))
            i = end + 1
        elif c == "-":
            if i + 1 >= n or text[i + 1] in _BLANK + ")":
                raise QueryError("expected a term right after '-' (as in -football)", column=column)
            tokens.append(_Token("not", c, column))
            i += 1
        elif (field := _FIELD.match(text, i)) and (
            field[1].lower() in PREFIXES or _starts_term(text, field.end())
        ):
            name = field[1].lower()
            if name not in PREFIXES:
                raise QueryError(
                    f"unknown field {field[0]!r}: expected one of "
                    + ", ".join(f"{p}:" for p in PREFIXES)
                    + ' (put text with a colon in quotes: "12:30")',
                    column=column,
                )
            if not _starts_term(text, field.end()):
                raise QueryError(
                    f"expected a term right after {field[0]!r} (as in {name}:kremlin)", column=column
                )
            tokens.append(_Token("field", name, column))
            i = field.end()
        else:
            end = i
            while end < n and text[end] not in _BLANK + '()"':
                end += 1
            word = text[i:end]
            if word == "OR":
                tokens.append(_Token("or", word, column))
            elif word != "AND":  # explicit AND: what juxtaposition already means
                tokens.append(_Token("word", word, column))
            i = end
    tokens.append(_Token("end", "", len(text) + 1))
    return tokens


def _starts_term(text: str, i: int) -> bool:
    return i < len(text) and text[i] not in _BLANK + ")"


def _regex_end(text: str, i: int) -> tuple[int, str]:
    """Index of the closing '/' from i (-1 if none), and the pattern with '\\/' unescaped."""
    out: list[str] = []
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append("/" if text[i + 1] == "/" else text[i : i + 2])
            i += 2
        elif text[i] == "/":
            return i, "".join(out)
        else:
            out.append(text[i])
            i += 1
    return -1, ""


class _Parser:
    """Recursive descent over the tokens:

    and     := or+                      (implicit AND)
    or      := unary ("OR" unary)*
    unary   := "-" unary | FIELD unary | primary
    primary := "(" and ")" | WORD | PHRASE | REGEX
    """

    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.at = 0

    @property
    def peek(self) -> _Token:
        return self.tokens[self.at]

    def take(self) -> _Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def parse_and(self, scope: Scope, depth: int) -> Node:
        children: list[Node] = []
        while self.peek.kind not in ("end", ")"):
            if self.peek.kind == "or":
                raise QueryError("expected a term before OR", column=self.peek.column)
            children.append(self.parse_or(scope, depth))
        if not children:
            raise QueryError('expected a term (a word, a "phrase" or a /regex/)', column=self.peek.column)
        return _flat(And, children)

    def parse_or(self, scope: Scope, depth: int) -> Node:
        children = [self.parse_unary(scope, depth)]
        while self.peek.kind == "or":
            token = self.take()
            if self.peek.kind in ("end", ")", "or"):
                raise QueryError("expected a term after OR", column=token.column)
            children.append(self.parse_unary(scope, depth))
        return _flat(Or, children)

    def parse_unary(self, scope: Scope, depth: int) -> Node:
        token = self.take()
        if depth >= MAX_DEPTH:
            raise QueryError(f"nested more than {MAX_DEPTH} levels deep", column=token.column)
        if token.kind == "not":
            return Not(self.parse_unary(scope, depth + 1))
        if token.kind == "field":
            if scope != "text":
                raise QueryError(
                    f"a term has one field: {token.value}: cannot stand inside "
                    f"{_PREFIX_OF[scope]} (write the two apart)",
                    column=token.column,
                )
            return self.parse_unary(PREFIXES[token.value], depth + 1)
        if token.kind == "(":
            node = self.parse_and(scope, depth + 1)
            if self.peek.kind != ")":
                raise QueryError(
                    f"expected ')' to close the '(' of column {token.column}", column=self.peek.column
                )
            self.take()
            return node
        if token.kind in ("word", "phrase"):
            return _term(token, scope)
        if token.kind == "regex":
            return _regex(token, scope)
        raise QueryError('expected a term (a word, a "phrase" or a /regex/)', column=token.column)


def _flat(kind: type[And] | type[Or], children: list[Node]) -> Node:
    if len(children) == 1:
        return children[0]
    flat: list[Node] = []
    for child in children:
        flat.extend(child.children if isinstance(child, kind) else (child,))
    return kind(tuple(flat))


def _term(token: _Token, scope: Scope) -> Term:
    folded = words(token.value)
    if not folded:
        what = "phrase" if token.kind == "phrase" else f"{token.value!r}"
        raise QueryError(f"the {what} has no letter or digit to search for", column=token.column)
    pattern = re.compile(r"(?<!\w)" + phrase_pattern(folded) + r"(?!\w)")
    return Term(folded, scope, token.kind == "phrase", pattern)


def _regex(token: _Token, scope: Scope) -> Regex:
    if not token.value:
        raise QueryError("empty regular expression: expected a pattern between the '/'", column=token.column)
    # Loaded here, not at the top: few configurations have a /regex/, and every command
    # reads the configuration.
    import re2

    options = re2.Options()
    options.case_sensitive = False
    options.log_errors = False
    options.max_mem = REGEX_MAX_MEM
    try:
        compiled = re2.compile(token.value, options)
    except re2.error as e:
        reason = e.args[0].decode() if e.args and isinstance(e.args[0], bytes) else str(e)
        raise QueryError(
            f"not a regular expression this engine runs in linear time: {reason} "
            "(backreferences and lookarounds are not supported)",
            column=token.column,
        ) from e
    size = max(compiled.programsize, compiled.reverseprogramsize)
    if size > REGEX_MAX_PROGRAM:
        raise QueryError(
            f"regular expression too large to run fast on every entry: "
            f"{size} instructions, at most {REGEX_MAX_PROGRAM} (a long "
            "repetition such as \\w{999} makes it so: write a shorter one)",
            column=token.column,
        )
    return Regex(token.value, scope, compiled)
