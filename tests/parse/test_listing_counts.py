"""A forum row's counts in an entry's summary (met on vBulletin and SMF boards added to the
development corpus): "Replies: 91 Views: 18,350" and "2 Replies 495 Views" are no excerpt."""

from __future__ import annotations

from aggregator.parse.listing._counts import without_counts


def test_count_lines_leave_the_summary() -> None:
    assert (
        without_counts(
            "<ul><li>Replies: <a href='/who'>91</a> Views: 18,350 25-10-2013,</li>"
            "<li>Replies: 91</li><li>Views: 18,350</li></ul>"
        )
        is None
    )
    assert without_counts("<p>A first line of the post.</p><p>2 Replies 495 Views</p>") == (
        "<p>A first line of the post.</p>"
    )


def test_prose_with_counts_in_it_stays() -> None:
    kept = "<p>The thread drew 91 replies and 18,350 views in a week, a record for the board.</p>"
    assert without_counts(kept) == kept
    assert without_counts(None) is None
    assert without_counts("<p>No counts here.</p>") == "<p>No counts here.</p>"
