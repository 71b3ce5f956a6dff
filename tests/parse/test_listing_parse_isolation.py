"""Parses kept apart: what one parse reads and keeps (dates by text, a final tree's texts) is
never read by another parse of other options, one after the other or at once in two threads
(the daemon parses in worker threads)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from aggregator.parse import parse_document

POST = """<article class="post"><h2><a href="/posts/story-{n}">A headline with some words number {n}</a></h2>
<span class="date">02/03 10:00</span><p>Teaser text number {n} of the blog with a few words.</p></article>"""

#: The same date text read by two pages: a US page in New York in 2025 (3 February, 10:00 EST)
#: and a German page in Berlin in 2026 (2 March, 10:00 CET).
CASES = (
    ("en-US", "America/New_York", datetime(2025, 6, 1, tzinfo=UTC), datetime(2025, 2, 3, 15, 0, tzinfo=UTC)),
    ("de", "Europe/Berlin", datetime(2026, 6, 1, tzinfo=UTC), datetime(2026, 3, 2, 9, 0, tzinfo=UTC)),
)


def _dates(lang: str, timezone: str, now: datetime) -> list[datetime | None]:
    body = "".join(POST.format(n=i) for i in range(4))
    page = f"<html lang='{lang}'><head><title>Blog</title></head><body><main>{body}</main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://blog.example/", source_type="html", timezone=timezone, now=now
    )
    return [e.published for e in parsed.entries]


def test_the_same_date_text_on_two_pages_of_other_options_read_one_after_the_other() -> None:
    for _ in range(2):
        for lang, timezone, now, expected in CASES:
            assert _dates(lang, timezone, now) == [expected] * 4


def test_the_same_date_text_on_two_pages_of_other_options_read_at_once_in_two_threads() -> None:
    barrier = threading.Barrier(len(CASES))
    results: dict[int, list[list[datetime | None]]] = {}

    def work(i: int) -> None:
        lang, timezone, now, _ = CASES[i]
        barrier.wait()
        results[i] = [_dates(lang, timezone, now) for _ in range(5)]

    threads = [threading.Thread(target=work, args=(i,)) for i in range(len(CASES))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for i, (*_, expected) in enumerate(CASES):
        assert results[i] == [[expected] * 4] * 5
