"""``_text.texts_outside`` reads in one walk what ``text_outside`` reads element by element."""

from __future__ import annotations

import lxml.html

from aggregator.parse.listing._text import FinalTree, text_outside, texts_outside

CARD = (
    "<div class=card>  Lead<!-- a comment -->tail <h3><a href=/a>Title  here</a></h3>"
    "<p>Publié le <b>21</b>janvier<i>2026</i> <span class=sr-only>hidden</span>end</p>"
    "<script>var x</script>after script<span style='display:none'>off</span>"
    "<div><span>Par</span><span>Claire</span>\n\t<em> Dubois </em></div></div>"
)


def _each(el: object, skip: set[object]) -> dict[object, str | None]:
    return {n: text_outside(n, skip) for n in el.iter() if isinstance(n.tag, str)}  # type: ignore[attr-defined]


def test_one_walk_reads_every_element_as_reading_each_does() -> None:
    card = lxml.html.fragment_fromstring(CARD)
    heading = next(card.iter("h3"))
    for skip in (set(), set(heading.iter())):
        assert texts_outside(card, skip) == _each(card, skip)
    assert texts_outside(card, set(heading.iter()))[card] == (
        # a comment joins the words around it, as text_outside reads them
        "Leadtail Publié le 21 janvier 2026 end after script Par Claire Dubois"
    )


def test_one_walk_in_a_final_tree_reads_its_hidden_elements_as_kept() -> None:
    doc = lxml.html.document_fromstring(f"<html><body>{CARD}</body></html>")
    card = next(doc.iter("div"))
    final = FinalTree(doc)
    assert texts_outside(card, set()) == _each(card, set())
    del final


def test_reads_kept_per_parse_go_with_its_final_tree_and_leave_copies_alone() -> None:
    from aggregator.parse.listing._excerpt import _is_excerpt_noise
    from aggregator.parse.listing._text import final_reads
    from aggregator.parse.listing._title import title_words

    doc = lxml.html.document_fromstring(f"<html><body>{CARD}</body></html>")
    heading = next(doc.iter("h3"))
    fresh = (_is_excerpt_noise(heading), _is_excerpt_noise(heading, heading=False), title_words(heading))
    assert final_reads(heading, "excerpt noise") is None  # no parse's final tree: nothing kept
    final = FinalTree(doc)
    kept = (_is_excerpt_noise(heading), _is_excerpt_noise(heading, heading=False), title_words(heading))
    assert kept == fresh == (True, False, (False, False))
    assert len(final_reads(heading, "excerpt noise") or {}) == 2
    assert len(final_reads(heading, "title words") or {}) == 1
    copy = lxml.html.fragment_fromstring("<h3 class=title>x</h3>")
    assert final_reads(copy, "title words") is None and title_words(copy) == (True, False)
    del final  # the parse's reads go with its final tree: no state left in the modules
    assert final_reads(heading, "excerpt noise") is None
