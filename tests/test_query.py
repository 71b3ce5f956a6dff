"""query.py: the query language of tags — parsing into a tree, errors, matching, RE2."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path

import pytest
from _entries import entry

from aggregator.config import Config
from aggregator.exceptions import ConfigError, QueryError
from aggregator.query import MAX_DEPTH, MAX_QUERY_LENGTH, REGEX_MAX_PROGRAM, And, Not, Or, Term, parse_query
from aggregator.tag import Tagger, document_of

WriteConfig = Callable[..., Config]


def matches(query: str, source: str = "", **fields: object) -> bool:
    return parse_query(query).matches(document_of(entry(**fields), source))  # type: ignore[arg-type]


# -- parser: query -> tree (written back in canonical form) ------------------------------------


@pytest.mark.parametrize(
    ("query", "tree"),
    [
        ("kremlin", "kremlin"),
        ("KREMLIN", "kremlin"),
        ("Élysée", "elysee"),
        ("kremlin peskov", "(kremlin peskov)"),
        ("kremlin AND peskov", "(kremlin peskov)"),
        ("kremlin OR peskov", "(kremlin OR peskov)"),
        # OR binds tighter than the implicit AND: the example reads as intended.
        (
            'kremlin OR peskov -football intitle:poutine "place rouge"',
            '((kremlin OR peskov) -football intitle:poutine "place rouge")',
        ),
        ("a OR b c OR d", "((a OR b) (c OR d))"),
        ("(a b) OR c", "((a b) OR c)"),
        ("a (b OR c) OR d", "(a (b OR c OR d))"),
        ("((a))", "a"),
        ("-a", "-a"),
        ("--a", "--a"),
        ("-(a OR b)", "-(a OR b)"),
        ('"Place  Rouge"', '"place rouge"'),
        ('"kremlin"', '"kremlin"'),
        ("jean-luc", '"jean luc"'),
        ("covid-19", '"covid 19"'),
        ("12:30", '"12 30"'),
        ("or", "or"),
        ("intitle:poutine", "intitle:poutine"),
        ("INTITLE:Poutine", "intitle:poutine"),
        ('insummary:"place rouge"', 'insummary:"place rouge"'),
        ('author:"Jean Dupont"', 'author:"jean dupont"'),
        ("source:le-monde", 'source:"le monde"'),
        ("category:Ukraine", "category:ukraine"),
        ("intitle:(a OR b)", "(intitle:a OR intitle:b)"),
        ("intitle:-a", "-intitle:a"),
        ("-intitle:a", "-intitle:a"),
        ("/poutin[ea]/", "/poutin[ea]/"),
        ("intitle:/^le /", "intitle:/^le /"),
        (r"/a\/b/", r"/a\/b/"),
        ("Кремль OR Песков", "(кремль OR песков)"),
        ("Straße", "strasse"),
    ],
)
def test_parse(query: str, tree: str) -> None:
    assert str(parse_query(query)) == tree


def test_tree_nodes() -> None:
    tree = parse_query("a OR -b c").tree
    assert isinstance(tree, And)
    first, second = tree.children
    assert isinstance(first, Or) and isinstance(second, Term)
    assert first.children[0] == Term(("a",))
    assert first.children[1] == Not(Term(("b",)))
    assert second == Term(("c",))


@pytest.mark.parametrize(
    ("query", "column", "expected"),
    [
        ("", 1, "empty query"),
        ("   ", 1, "empty query"),
        ("OR a", 1, "expected a term before OR"),
        ("a OR", 3, "expected a term after OR"),
        ("a OR OR b", 3, "expected a term after OR"),
        ("a OR )", 3, "expected a term after OR"),
        ("(a", 3, "expected ')' to close the '(' of column 1"),
        ("a (b (c)", 9, "expected ')' to close the '(' of column 3"),
        ("a)", 2, "unexpected ')'"),
        ("()", 2, "expected a term"),
        ('"place rouge', 1, "expected a closing '\"'"),
        ('a "', 3, "expected a closing '\"'"),
        ('""', 1, "no letter or digit"),
        ("a & b", 3, "no letter or digit"),
        ("- a", 1, "expected a term right after '-'"),
        ("a -", 3, "expected a term right after '-'"),
        ("intitle: a", 1, "expected a term right after 'intitle:'"),
        ("intitle:", 1, "expected a term right after 'intitle:'"),
        ("title:x", 1, "unknown field 'title:': expected one of intitle:, insummary:, author:"),
        ("http://x", 1, "unknown field 'http:'"),
        ("intitle:author:x", 9, "a term has one field"),
        ("/abc", 1, "expected a closing '/'"),
        ("//", 1, "empty regular expression"),
        ("a /(x)\\1/", 3, "backreferences and lookarounds are not supported"),
        ("/(?=x)y/", 1, "not supported"),
        # linear, but a program too large for RE2's DFA: simulated instruction by instruction
        ("a /\\w{999}/", 3, "too large to run fast on every entry: 7996 instructions"),
        ("/" + "\\w{999}" * 30 + "/", 1, "too large to run fast"),
        ("/[a/", 1, "missing ]"),
        ("(" * (MAX_DEPTH + 1) + "a" + ")" * (MAX_DEPTH + 1), MAX_DEPTH + 1, "nested more than"),
        ("-" * (MAX_DEPTH + 1) + "a", MAX_DEPTH + 1, "nested more than"),
        ("a " * MAX_QUERY_LENGTH, MAX_QUERY_LENGTH + 1, f"at most {MAX_QUERY_LENGTH}"),
    ],
)
def test_syntax_errors(query: str, column: int, expected: str) -> None:
    with pytest.raises(QueryError) as info:
        parse_query(query)
    assert info.value.column == column
    assert expected in info.value.message
    assert str(info.value).startswith(f"column {column}: ")


def test_deep_nesting_within_the_limit_parses() -> None:
    depth = MAX_DEPTH - 1
    assert str(parse_query("(" * depth + "a" + ")" * depth)) == "a"


def test_catastrophic_regex_runs_in_linear_time() -> None:
    # (a+)+$ takes exponential time in a backtracking engine on "aaa…ab" (Python's re would
    # not finish this before the heat death of the machine); RE2 answers at once.
    query = parse_query("/(a+)+$/")
    evil = document_of(entry(title="a" * 100_000 + "!"))
    assert not query.matches(evil)
    assert query.matches(document_of(entry(title="b aaaa")))


def test_a_regex_as_large_as_allowed_still_runs_fast() -> None:
    # \w{100}: 804 instructions, within REGEX_MAX_PROGRAM; its DFA fits its memory
    query = parse_query("/\\w{100}/")
    assert query.tree.compiled.programsize <= REGEX_MAX_PROGRAM
    assert query.matches(document_of(entry(title="ab" * 20_000)))
    assert not query.matches(document_of(entry(title="ab " * 20_000)))


def test_queries_are_equal_by_text_and_pickle() -> None:
    query = parse_query("kremlin /poutin[ea]/")
    again = pickle.loads(pickle.dumps(query))
    assert again == query
    assert again.matches(document_of(entry(title="Kremlin : Poutine")))
    assert parse_query("kremlin") != parse_query("Kremlin")  # texts differ: a rule changed


# -- matcher: French, English, German, Russian -------------------------------------------------

FRENCH = {
    "title": "Au Kremlin, Poutine reçoit",
    "summary": "<p>Sur la <b>place Rouge</b>, l’Élysée observe.</p>",
    "author": "Jean Dupont",
    "categories": ("Guerre en Ukraine",),
}
ENGLISH = {
    "title": "Putin's spokesman Peskov speaks",
    "summary": "The Kremlin said on Monday",
    "author": "Jane Doe",
    "categories": ("World news",),
}
GERMAN = {
    "title": "Straßenfest in München",
    "content": "<p>Die Bürger feierten über das Wochenende.</p>",
    "categories": ("Bayern",),
}
RUSSIAN = {
    "title": "Песков прокомментировал заявление",
    "summary": "В Кремле сообщили о встрече на Красной площади",
    "author": "Иван Петров",
    "categories": ("Политика",),
}


@pytest.mark.parametrize(
    ("fields", "query", "expected"),
    [
        (FRENCH, "kremlin", True),
        (FRENCH, "KREMLIN", True),
        (FRENCH, "kreml", False),  # whole words only
        (FRENCH, "elysee", True),
        (FRENCH, "ÉLYSÉE", True),
        (FRENCH, "recoit", True),
        (FRENCH, '"place rouge"', True),
        (FRENCH, '"rouge place"', False),
        (FRENCH, "place rouge", True),
        (FRENCH, "intitle:poutine", True),
        (FRENCH, 'intitle:"place rouge"', False),
        (FRENCH, 'insummary:"place rouge"', True),
        (FRENCH, "insummary:poutine", False),
        (FRENCH, "b", False),  # markup is not text
        (FRENCH, "kremlin -football", True),
        (FRENCH, "kremlin -poutine", False),
        (FRENCH, "football OR peskov", False),
        (FRENCH, "football OR poutine", True),
        (FRENCH, "author:dupont", True),
        (FRENCH, 'author:"jean dupont"', True),
        (FRENCH, "category:guerre-en-ukraine", True),
        (FRENCH, '"Guerre en Ukraine"', False),  # categories are not text
        (FRENCH, "category:ukraine", False),  # the whole category
        (FRENCH, "source:le-monde", True),
        (FRENCH, "source:monde", False),
        (FRENCH, "/poutin[ea]/", True),
        (FRENCH, "/^au kremlin/", True),
        (FRENCH, "intitle:/elysee/", False),
        (FRENCH, "/ÉLYSÉE/", False),  # patterns see folded text: write them without accents
        (FRENCH, "/ELYSEE/", True),
        (ENGLISH, "putin", True),  # "Putin's": the apostrophe separates words
        (ENGLISH, "putin's", True),
        (ENGLISH, "kremlin peskov", True),
        (ENGLISH, "kremlin -intitle:peskov", False),
        (ENGLISH, "(kremlin -intitle:peskov) OR author:doe", True),
        (ENGLISH, "category:world-news", True),
        (ENGLISH, "speak", False),
        (GERMAN, "strassenfest", True),  # ß folds to ss
        (GERMAN, "STRAẞENFEST", True),
        (GERMAN, "strasse", False),  # whole words: no part of a compound
        (GERMAN, "munchen", True),
        (GERMAN, "burger feierten", True),
        (GERMAN, '"uber das wochenende"', True),
        (GERMAN, "insummary:munchen", False),
        (GERMAN, "category:bayern", True),
        (RUSSIAN, "песков", True),
        (RUSSIAN, "ПЕСКОВ", True),
        (RUSSIAN, "intitle:песков", True),
        (RUSSIAN, "кремль", False),  # no stemming: "Кремле" is another word
        (RUSSIAN, "кремле", True),
        (RUSSIAN, '"красной площади"', True),
        (RUSSIAN, "author:петров", True),
        (RUSSIAN, "category:политика", True),
        (RUSSIAN, "песков -/площад/", False),
        (RUSSIAN, "/кремл(е|ь)/", True),
    ],
)
def test_matcher(fields: dict[str, object], query: str, expected: bool) -> None:
    assert matches(query, "le-monde", **fields) is expected


def test_explain_names_the_parts_that_matched() -> None:
    doc = document_of(entry(**FRENCH), "le-monde")  # type: ignore[arg-type]
    query = parse_query('kremlin OR peskov -football intitle:poutine "place rouge"')
    assert query.explain(doc) == ("kremlin", "-football", "intitle:poutine", '"place rouge"')
    assert parse_query("(kremlin OR poutine) source:le-monde").explain(doc) == (
        "kremlin",
        "poutine",
        'source:"le monde"',
    )
    assert parse_query("kremlin football").explain(doc) is None


# -- the tagger: keywords or query -------------------------------------------------------------


def test_tag_matches_when_its_keywords_or_its_query_do() -> None:
    tagger = Tagger(
        {"kremlin": ["peskov"], "sport": []},
        {
            "kremlin": parse_query("intitle:poutine -football"),
            "sport": parse_query("football OR source:sports"),
        },
    )
    assert tagger.tags_for(entry(title="Poutine parle")) == {"kremlin"}
    assert tagger.tags_for(entry(summary="Peskov et le football")) == {"kremlin", "sport"}
    assert tagger.tags_for(entry(title="Poutine et le football")) == {"sport"}
    assert tagger.tags_for(entry(title="Rien"), ("x",), source="sports") == {"x", "sport"}
    assert tagger.tags_for(entry(title="Rien")) == frozenset()


def test_query_in_config(write_config: WriteConfig) -> None:
    config = write_config("""
        [tags.kremlin]
        keywords = ["peskov"]
        query = 'kremlin OR poutine -football'
    """)
    tag = config.tag("kremlin")
    assert tag is not None and tag.query is not None
    assert str(tag.query) == "((kremlin OR poutine) -football)"
    assert tag.keywords == ("peskov",)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("'kremlin OR'", "column 9: expected a term after OR"),
        ("'/(a)\\1/'", "column 1: not a regular expression"),
        ("42", "expected a string"),
    ],
)
def test_query_errors_are_configuration_errors(
    write_config: WriteConfig, tmp_path: Path, query: str, expected: str
) -> None:
    with pytest.raises(ConfigError) as info:
        write_config(f"[tags.kremlin]\nquery = {query}\n")
    error = info.value
    assert error.key == "tags.kremlin.query"
    assert error.path == tmp_path / "config.toml"
    assert expected in str(error)
    assert str(error).startswith(f"{tmp_path / 'config.toml'}: tags.kremlin.query: ")
