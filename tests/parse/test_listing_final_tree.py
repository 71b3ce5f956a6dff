"""The per-parse reads of a final tree (``_text.FinalTree``) give what reading anew gives."""

from __future__ import annotations

import copy
import gc

import lxml.html

from aggregator.parse.listing._text import FinalTree, is_hidden, visible_text

PAGE = "<div><p class=card>One <span class='sr-only'>hidden</span>two</p><p style='display:none'>x</p></div>"


def test_reads_while_the_tree_is_final_are_the_uncached_reads() -> None:
    doc = lxml.html.document_fromstring(PAGE)
    card, off = doc.iter("p")
    fresh = (visible_text(card), is_hidden(card), is_hidden(off))
    final = FinalTree(doc)
    assert (visible_text(card), is_hidden(card), is_hidden(off)) == fresh == ("One two", False, True)
    assert final.texts[card] == "One two"  # kept once read


def test_a_copy_cut_down_is_read_anew() -> None:
    doc = lxml.html.document_fromstring(PAGE)
    card = next(doc.iter("p"))
    final = FinalTree(doc)
    clone = copy.deepcopy(card)
    assert visible_text(clone) == "One two"
    clone.text = "Changed "
    assert visible_text(clone) == "Changed two"  # not the kept read of the original
    assert final.texts.get(clone) is None


def test_reads_are_kept_only_while_the_final_tree_lives() -> None:
    doc = lxml.html.document_fromstring(PAGE)
    card = next(doc.iter("p"))
    final = FinalTree(doc)
    assert visible_text(card) == "One two"
    del final
    gc.collect()
    card.text = "Later "
    assert visible_text(card) == "Later two"
