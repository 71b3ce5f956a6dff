"""tag.py: slugs, and the tags of an entry (source tags + categories + keyword rules)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from _entries import entry
from hypothesis import given
from hypothesis import strategies as st

from aggregator.normalize import normalize_feed
from aggregator.parse import parse_document
from aggregator.tag import (
    MAX_CATEGORY_TAGS_PER_FETCH,
    MAX_SLUG_LENGTH,
    Tagger,
    category_tags,
    category_titles,
    fold,
    plain_text,
    slugify,
)
from aggregator.words import _LIGATURES, search_text, words

DATA = Path(__file__).parent / "data"
#: The keyword rule of DESIGN.md.
KREMLIN = {"kremlin": ["kremlin", "poutine", "putin", "peskov"]}


def tags(rules: dict[str, list[str]], **fields: str) -> frozenset[str]:
    return Tagger(rules).tags_for(entry(**fields))


# -- slugify -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Guerre en Ukraine", "guerre-en-ukraine"),
        ("Élysée", "elysee"),
        ("../../../tmp/x", "tmp-x"),
        ("Россия", ""),
        ("日本", ""),
        ("", ""),
        ("  --  ", ""),
        ("Œuvre d’art", "oeuvre-d-art"),
        ("Ægypte et cœur", "aegypte-et-coeur"),
        ("KREMLIN", "kremlin"),
        ("  --Hello--World--  ", "hello-world"),
        ("tag_with_underscore", "tag-with-underscore"),
        ("10.5 %", "10-5"),
        ("Straße", "strasse"),
        ("ﬁnance", "finance"),
        ("Łódź", "lodz"),
        ("C’est l’été", "c-est-l-ete"),
    ],
)
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


def test_slugify_caps_long_text_on_a_word_boundary() -> None:
    slug = slugify("mot " * 30)
    assert slug == "-".join(["mot"] * 16)  # 63 characters: a 17th word would not fit
    assert len(slug) <= MAX_SLUG_LENGTH


def test_slugify_keeps_a_word_that_ends_exactly_at_the_limit() -> None:
    # 8 + 7 * 8 = 64 characters, then more words: the 64 first characters are whole words.
    text = "abcdefgh" + " abcdefg" * 7 + " suite"
    assert slugify(text) == "abcdefgh" + "-abcdefg" * 7


def test_slugify_cuts_one_long_word() -> None:
    assert slugify("a" * 100) == "a" * MAX_SLUG_LENGTH


def test_slugify_never_ends_with_a_dash() -> None:
    for n in range(55, 70):
        slug = slugify("x" * n + " y z")
        assert slug == slug.strip("-")
        assert len(slug) <= MAX_SLUG_LENGTH


def test_fold() -> None:
    assert fold("Élysée ŒUVRE Ærø") == "elysee oeuvre aero"


def test_fold_of_ascii_text_is_its_lowercase() -> None:
    # The shortcut for ASCII text gives what the general path gives ("é" keeps it off).
    ascii_text = "".join(map(chr, range(128)))
    assert fold(ascii_text) == fold(ascii_text + "é")[:-1] == ascii_text.lower()


@given(st.text())
def test_fold_is_the_plain_definition(text: str) -> None:
    """fold's translate tables give what the definition says: NFKD, marks dropped, casefold."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    assert fold(text) == "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@given(st.text(), st.text(), st.text())
def test_search_text_is_the_words_of_the_entry(title: str, summary: str, content: str) -> None:
    """words.search_text (computed in parser processes) is the words of title, summary and
    content as the tag matcher reads them, joined by spaces."""
    whole = " ".join((title, plain_text(summary), plain_text(content)))
    assert search_text(title, summary, content) == " ".join(words(whole))
    french = "Élysée: « l’Œuvre » — 3 ½ ans_déjà!" + title
    assert search_text(french, None, None) == " ".join(words(french))


@given(st.text(st.characters(max_codepoint=127)), st.text(st.characters(max_codepoint=127)))
def test_search_text_of_ascii_is_the_words_too(title: str, content: str) -> None:
    """The same on ASCII text, which search_text reads by a shorter way."""
    whole = " ".join((title, plain_text(content)))
    assert search_text(title, None, content) == " ".join(words(whole))


def test_plain_text() -> None:
    text = plain_text('<p class="kremlin">Le <b>Kremlin</b>&nbsp;&amp;&#233;<br>fin</p>')
    assert text.split() == ["Le", "Kremlin", "&é", "fin"]


# -- keyword rules -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "tagged"),
    [
        ("Au Kremlin, on dément", True),
        ("KREMLIN", True),
        ("le kremlin.", True),
        ("(Kremlin)", True),
        ("Kremlin’s answer", True),
        ("Un kremlinologue invité", False),
        ("Les anti-kremlinistes", False),
        ("Kremlin2", False),
        ("POUTINE parle", True),
        ("Poutine-Trump : le sommet", True),
        ("la poutine québécoise", True),  # whole words only; meaning is not our business
        ("Peskov", True),
        ("Peskova", False),
        ("Vladimir Putin", True),
        ("Rien à voir", False),
    ],
)
def test_keyword_whole_word_case_insensitive(title: str, tagged: bool) -> None:
    assert ("kremlin" in tags(KREMLIN, title=title)) is tagged


@pytest.mark.parametrize(
    ("keyword", "text", "tagged"),
    [
        ("élysée", "Elysee", True),
        ("élysée", "L'ÉLYSÉE a tranché", True),
        ("elysee", "Élysée", True),
        ("élysée", "Élyséen", False),
        ("Œuvre", "une oeuvre", True),
        ("vladimir poutine", "Vladimir  Poutine", True),
        ("vladimir poutine", "Vladimir\nPoutine", True),
        ("vladimir poutine", "vladimir-poutine", True),
        ("vladimir poutine", "Vladimir Vladimirovitch Poutine", False),
        ("vladimir poutine", "Poutine Vladimir", False),
        ("saint-pétersbourg", "Saint Petersbourg", True),
        ("c++", "le c++ moderne", True),
    ],
)
def test_keyword_accents_and_phrases(keyword: str, text: str, tagged: bool) -> None:
    assert ("t" in tags({"t": [keyword]}, title=text)) is tagged


def test_keywords_match_in_summary_html() -> None:
    assert tags(KREMLIN, title="Rien", summary="<p>Au <b>Kremlin</b>, rien.</p>") == {"kremlin"}
    assert tags({"elysee": ["élysée"]}, title="Rien", summary="<p>L&rsquo;&Eacute;lys&eacute;e</p>") == {
        "elysee"
    }


def test_keywords_do_not_match_markup() -> None:
    assert (
        tags(
            KREMLIN,
            title="Rien",
            summary='<a href="https://x.example/kremlin" title="kremlin">lien</a>'
            '<img alt="x" src="/tag/poutine.jpg">',
        )
        == frozenset()
    )


def test_keywords_match_in_content() -> None:
    assert tags(KREMLIN, title="Rien", content="<div><p>Dmitri Peskov a confirmé.</p></div>") == {"kremlin"}


def test_several_rules() -> None:
    rules = {"kremlin": ["kremlin"], "ukraine": ["ukraine", "kyiv"], "elysee": ["élysée"]}
    assert tags(rules, title="Le Kremlin et Kyiv", summary="<p>Rien sur l'Élysée</p>") == {
        "kremlin",
        "ukraine",
        "elysee",
    }
    assert tags(rules, title="Football") == frozenset()


def test_rule_without_keywords_matches_nothing() -> None:
    assert tags({"vide": []}, title="Kremlin") == frozenset()


def test_rule_of_punctuation_only_matches_nothing() -> None:
    # config.py refuses such keywords; the Tagger must not turn them into "match everything".
    assert tags({"x": ["!!!", "--"]}, title="", summary="<p>Football</p>") == frozenset()
    assert tags({"x": ["!!!"]}, title="Football") == frozenset()


def test_keywords_may_be_any_iterable() -> None:
    # Typed Iterable[str]: a generator must work like a list, not be consumed by a check.
    rules = {"kremlin": (k for k in ["kremlin"])}
    tagger = Tagger(rules)
    assert tagger.tags_for(entry(title="Football")) == frozenset()
    assert tagger.tags_for(entry(title="Le Kremlin")) == {"kremlin"}


def test_keywords_in_other_scripts() -> None:
    assert tags({"kremlin": ["Кремль"]}, title="Кремль заявил") == {"kremlin"}
    assert tags({"kremlin": ["Кремль"]}, title="Кремлёвский") == frozenset()


# -- source tags and categories ----------------------------------------------------------------


def test_source_tags_and_categories_are_included() -> None:
    tagger = Tagger(KREMLIN)
    e = entry(title="Football", categories=("Guerre en Ukraine", "Élysée"))
    got = tagger.tags_for(e, source_tags=["exemple", "france"], categories=category_tags([e], enabled=True))
    assert got == {"exemple", "france", "guerre-en-ukraine", "elysee"}


def test_categories_make_tags_only_when_the_source_says_so() -> None:
    e = entry(title="Football", categories=("Guerre en Ukraine", "Élysée"))
    assert category_tags([e], enabled=False) == frozenset()
    assert Tagger({}).tags_for(e, ["exemple"], category_tags([e], enabled=False)) == {"exemple"}


def test_category_tags_of_one_fetch_are_capped() -> None:
    # One feed of 1.9 MB carried 50,000 distinct categories (issue 13).
    entries = [entry(title=f"t{i}", categories=tuple(f"cat {i} {j}" for j in range(50))) for i in range(1000)]
    allowed = category_tags(entries, enabled=True)
    assert len(allowed) == MAX_CATEGORY_TAGS_PER_FETCH
    assert "cat-0-0" in allowed  # the first met: the newest entries' own
    tags: set[str] = set()
    for e in entries:
        tags |= Tagger({}).tags_for(e, (), allowed)
    assert tags == allowed


def test_hostile_and_reserved_categories() -> None:
    e = entry(title="x", categories=("all", "ALL", "Россия", "../../../tmp/x", "  "))
    got = Tagger({}).tags_for(e, categories=category_tags([e], enabled=True))
    assert got == {"tmp-x"}


def test_category_titles() -> None:
    assert category_titles(
        ["Guerre en Ukraine", "guerre en ukraine", "../../../tmp/x", "all", "Россия", "  Élysée \n palais  "]
    ) == {
        "guerre-en-ukraine": "Guerre en Ukraine",
        "tmp-x": "../../../tmp/x",
        "elysee-palais": "Élysée palais",
    }
    assert category_titles(["x" * 300]) == {"x" * MAX_SLUG_LENGTH: "x" * 200}


def test_tags_of_the_lemonde_fixture() -> None:
    url = "https://www.lemonde.example/international/rss_full.xml"
    _, entries = normalize_feed(
        parse_document((DATA / "feed" / "lemonde.rss").read_bytes(), url=url), base_url=url
    )
    tagger = Tagger(KREMLIN)
    allowed = category_tags(entries, enabled=True)
    assert [sorted(tagger.tags_for(e, ["lemonde"], allowed)) for e in entries] == [
        ["diplomatie", "kremlin", "lemonde", "russie"],  # Kremlin, Poutine and Peskov
        ["lemonde", "politique"],  # "kremlinologue" and "Moscou" are not keywords
        ["guerre-en-ukraine", "kremlin", "lemonde", "tmp-x"],  # "Kremlin" in the content only
        ["kremlin", "lemonde"],  # "Au Kremlin," in a plain-text summary
    ]
