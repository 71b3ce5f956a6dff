"""Expected parse of blog_table_en.html: a hand-rolled personal blog's tag page ("Posts tagged
“rust”"), old-school XHTML, with the list as a <table class="archive">: a header row, year
rows (<tr class="year"><th colspan="3">2026</th></tr>) and one row per post: the date cell
("19 Jan 2026", plain text), the title cell (the title link, then the post's tags in
parentheses) and the comments cell ("7 comments" linking to the post's #comments, or plain
"No comments"). No excerpts. The third title has inline <code>Box&lt;dyn Error&gt;</code>;
the eighth has an &amp;.

Dates are dates only, noon in London: GMT, BST (UTC+1) from 30 March to 26 October 2025.

Not entries: the sidebar's calendar widget (another table, day links "/2026/01/14/"), "Recent
posts" (two of the five are rows of the table, three are other posts), monthly archives,
a tag cloud, a blogroll, the menu. The pager is "Older posts »" with no rel. The head
advertises the blog's feed, this tag's feed and the comments feed.
"""

from datetime import UTC, datetime

url = "https://notes.fernhill-example.org/tags/rust/"
timezone = "Europe/London"
now = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)
next_page = "https://notes.fernhill-example.org/tags/rust/page/2/"
alternate_feed = "https://notes.fernhill-example.org/tags/rust/feed.atom"

_SITE = "https://notes.fernhill-example.org"
_NOISE = ["comments", "No comments", "rust,", "(rust", " 2026", " 2025"]


def _entry(path: str, title: str, published: datetime) -> dict:
    return {
        "title": title,
        "link": f"{_SITE}{path}",
        "published": published,
        "summary_contains": [],
        "summary_excludes": _NOISE,
    }


entries = [
    _entry(
        "/2026/01/19/notes-on-the-new-trait-solver/",
        "Notes on the new trait solver",
        datetime(2026, 1, 19, 12, 0, tzinfo=UTC),
    ),
    _entry(
        "/2026/01/14/pinning-in-rust-without-tears/",
        "Pinning in Rust without tears",
        datetime(2026, 1, 14, 12, 0, tzinfo=UTC),
    ),
    _entry(
        "/2026/01/03/why-box-dyn-error-is-fine-actually/",
        "Why Box<dyn Error> is fine, actually",
        datetime(2026, 1, 3, 12, 0, tzinfo=UTC),
    ),
    _entry(
        "/2025/12/22/advent-of-code-2025-in-rust-what-i-learned/",
        "Advent of Code 2025 in Rust: what I learned",
        datetime(2025, 12, 22, 12, 0, tzinfo=UTC),
    ),
    _entry(
        "/2025/11/30/a-tiny-arena-allocator-step-by-step/",
        "A tiny arena allocator, step by step",
        datetime(2025, 11, 30, 12, 0, tzinfo=UTC),
    ),
    _entry(
        "/2025/11/08/rewriting-my-feed-reader-in-rust-part-2/",
        "Rewriting my feed reader in Rust (part 2)",
        datetime(2025, 11, 8, 12, 0, tzinfo=UTC),
    ),
    _entry(
        "/2025/10/25/rewriting-my-feed-reader-in-rust-part-1/",
        "Rewriting my feed reader in Rust (part 1)",
        datetime(2025, 10, 25, 11, 0, tzinfo=UTC),
    ),  # 25 Oct 2025, BST
    _entry(
        "/2025/09/12/error-handling-and-the-question-mark-operator-in-loops/",
        "Error handling & the ? operator in loops",
        datetime(2025, 9, 12, 11, 0, tzinfo=UTC),
    ),  # BST
    _entry(
        "/2025/08/01/cross-compiling-for-a-raspberry-pi-from-a-mac/",
        "Cross-compiling for a Raspberry Pi from a Mac",
        datetime(2025, 8, 1, 11, 0, tzinfo=UTC),
    ),  # 1 Aug 2025, BST
    _entry(
        "/2025/06/17/lifetimes-are-not-scopes/",
        "Lifetimes are not scopes",
        datetime(2025, 6, 17, 11, 0, tzinfo=UTC),
    ),  # BST
    _entry(
        "/2025/05/02/benchmarks-i-should-not-have-trusted/",
        "Benchmarks I should not have trusted",
        datetime(2025, 5, 2, 11, 0, tzinfo=UTC),
    ),  # BST
    _entry(
        "/2025/03/29/learning-rust-at-45/", "Learning Rust at 45", datetime(2025, 3, 29, 12, 0, tzinfo=UTC)
    ),  # GMT: BST began on 30 March
    _entry(
        "/2025/02/11/serde-tricks-for-messy-json/",
        "Serde tricks for messy JSON",
        datetime(2025, 2, 11, 12, 0, tzinfo=UTC),
    ),
    _entry(
        "/2025/01/20/cargo-workspaces-for-a-small-project/",
        "Cargo workspaces for a small project",
        datetime(2025, 1, 20, 12, 0, tzinfo=UTC),
    ),
]
