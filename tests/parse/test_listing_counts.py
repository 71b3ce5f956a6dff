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


def test_a_row_s_stats_line_leaves_the_summary_with_its_rating_and_last_post() -> None:
    # vBulletin's row without its class names: the counts share a line with the rating and
    # the last post's day, which no count pattern reads; two labelled counts make it stats.
    line = "<li>Replies: <a href='/who'>3</a> Views: 596 Rating0 / 5 Last Post By 04-11-2005, 07:50 PM</li>"
    assert without_counts(f"<ul>{line}</ul><p>The post's first line.</p>") == "<p>The post's first line.</p>"


def test_prose_with_counts_in_it_stays() -> None:
    kept = "<p>The thread drew 91 replies and 18,350 views in a week, a record for the board.</p>"
    assert without_counts(kept) == kept
    assert without_counts(None) is None
    assert without_counts("<p>No counts here.</p>") == "<p>No counts here.</p>"


def test_counts_opening_a_teaser_leave_it() -> None:
    # A forum row's stat boxes ("Views" over "1", "Comments" over "10") read before its teaser.
    assert without_counts("<ul><li>Views 1 Comments 10 I bought a licence for the server.</li></ul>") == (
        "<ul><li>I bought a licence for the server.</li></ul>"
    )
    # One count alone opening a sentence may be its prose.
    kept = "<p>10 views on the matter were heard at the meeting.</p>"
    assert without_counts(kept) == kept


def test_a_teaser_cut_short_beside_the_same_teaser_in_full_is_one_text() -> None:
    short = "I bought a licence for the terminal server and the installer refused it …"
    full = "I bought a licence for the terminal server and the installer refused it at once."
    assert without_counts(f"<ul><li>Views 1 Comments 10 {short}</li><li>{full}</li></ul>") == (
        f"<ul><li>{full}</li></ul>"
    )
    # Two different teasers, one cut short, both stay; so does a short start any text may have.
    other = (
        "<p>The council met on Monday to discuss the budget for the coming year …</p><p>Trains ran late.</p>"
    )
    assert without_counts(other) == other
    opening = "<p>In short …</p><p>In short, the plan failed.</p>"
    assert without_counts(opening) == opening


def test_a_teaser_cut_short_twice_alike_stays_once() -> None:
    cut = "I bought a licence for the terminal server and the installer refused it …"
    assert without_counts(f"<ul><li>{cut}</li><li>{cut}</li></ul>") == f"<ul><li>{cut}</li></ul>"
