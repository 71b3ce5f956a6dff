"""parse/listing/_set_apart.py (review35): undated posts of a kind of their own after dated ones
are entries. A weblog's theme prints no date on its quote posts ("format-quote"); only undated
cards above the dated stream (paid offers over a classifieds page's ads) are set apart."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
BASE = "https://blog.example/"
WORDS = ["river", "harbour", "council", "station", "market", "school", "bridge", "museum", "garden", "tower"]


def _post(n: int, kind: str, dated: bool) -> str:
    date = f'<time datetime="2026-03-0{n % 9 + 1}">March {n % 9 + 1}, 2026</time>' if dated else ""
    return (
        f'<article class="post type-post {kind} category-news"><h2 class="entry-title">'
        f'<a href="/2026/03/post-about-{WORDS[n]}/">Notes on the {WORDS[n]} and what it means for us</a>'
        f"</h2>{date}<p>An excerpt about the {WORDS[n]} with a few more words in it.</p></article>"
    )


def test_undated_quote_posts_after_dated_posts_stay_entries() -> None:
    posts = [_post(n, "format-standard", n < 8) for n in range(8)]
    posts += [_post(n, "format-quote", False) for n in (8, 9)]
    page = (
        f"<html lang='en'><head><title>Blog</title></head><body><main>{''.join(posts)}</main></body></html>"
    )
    parsed = parse_document(page.encode(), url=BASE, source_type="html", timezone="UTC", now=NOW)
    assert [e.link for e in parsed.entries] == [f"{BASE}2026/03/post-about-{WORDS[n]}/" for n in range(10)]


def test_posts_numbered_like_years_are_articles() -> None:
    # A small site's posts numbered 2001 to 2005, headed by one word and described: the
    # numbers may read as years, but "/post/2003" is no year's archive, and the posts a list.
    def post(n: int) -> str:
        return (
            f"<div class='entry'><h2><a href='/post/{2001 + n}'>{WORDS[n].title()}</a></h2>"
            f"<p>Some words on the {WORDS[n]} and what the town will do with it in the spring.</p></div>"
        )

    page = f"<html lang='en'><head><title>Site</title></head><body><div>{''.join(map(post, range(5)))}</div>"
    parsed = parse_document(page.encode(), url=BASE, source_type="html", timezone="UTC", now=NOW)
    assert [e.link for e in parsed.entries] == [f"{BASE}post/{2001 + n}" for n in range(5)]
