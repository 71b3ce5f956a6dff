"""A weblog post whose headline is linked nowhere (``<a href="">``, a link post whose address
was left out) is still its own entry: its permalink, the dateline linked to the post, stands
for it, not a link of its text.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2016, 3, 7, 12, 0, tzinfo=UTC)


def _post(n: int, target: str) -> str:
    return (
        f"<div class='post'><p class='dateline'><a href='/link/2016/03/post-{n}/'>March {n}, 2016"
        f" 9:3{n} AM</a>"
        f"</p><h1><a href='{target}'>A linked post about things, number {n}</a></h1><p>What the other site "
        f"says, and <a href='https://elsewhere.example/{n}/a-long-link-in-the-text'>a long link in the text "
        f"of the post</a>.</p></div>"
    )


def test_a_headline_linked_nowhere_takes_the_permalink() -> None:
    posts = _post(1, "https://other.example/1") + _post(2, "") + _post(3, "https://other.example/3")
    body = f"<html lang='en'><head><title>A weblog</title></head><body><main>{posts}</main></body></html>"
    parsed = parse_document(
        body.encode(), url="https://weblog.example/", source_type="html", timezone="UTC", now=NOW
    )
    links = [e.link for e in parsed.entries]
    assert links[1] == "https://weblog.example/link/2016/03/post-2/"
    assert parsed.entries[1].title == "A linked post about things, number 2"
    assert len(links) == 3
