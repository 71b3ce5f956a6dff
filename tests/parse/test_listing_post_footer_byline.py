"""A weblog that prints each post as a headline followed by its body and footer, not wrapped
together (Serendipity's "<h4 class=serendipity_title>" then "<div class=serendipity_entry>",
Blogger's classic templates), names the post's author in that footer ("Geschrieben von <a>Jonas
Berger</a> in <a>Wanderungen</a> um <a href=post>18:42</a>"): the byline is read there, up to
the next headline of the same kind, never from the next post's footer (issue 12; the dev page
showing it: s9y_default_home_de, seven posts whose author was lost).
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
AUTHORS = ["Jonas Berger", "Mira Koch", None, "Jonas Berger"]


def post(n: int, author: str | None) -> str:
    link = f"https://blog.example/archives/{n}-eintrag-nummer-{n}.html"
    footer = (
        f"Geschrieben von <a href='https://blog.example/authors/{n}-x'>{author}</a> in"
        f" <a href='https://blog.example/categories/2-Wanderungen'>Wanderungen</a>"
        if author
        else "In <a href='https://blog.example/categories/2-Wanderungen'>Wanderungen</a>"
    )
    return (
        f"<h4 class='serendipity_title'><a href='{link}'>Eintrag Nummer {n} aus dem Tal</a></h4>"
        f"<div class='serendipity_entry'><div class='serendipity_entry_body'><p>Ein langer Tag"
        f" auf dem Weg, der Nebel lag tief über den Wiesen, Teil {n}.</p></div>"
        f"<a href='{link}#extended'>Eintrag Nummer {n} vollständig lesen</a>"
        f"<div class='serendipity_entryFooter'>{footer} um <a href='{link}'>18:4{n}</a>"
        f" | <a href='{link}#comments'>Kommentare ({n})</a></div></div>"
    )


def day(heading: str, first: int) -> str:
    posts = "".join(post(n, AUTHORS[n - 1]) for n in (first, first + 1))
    return f"<div class='serendipity_Entry_Date'><h3 class='serendipity_date'>{heading}</h3>{posts}</div>"


def page() -> bytes:
    days = day("Freitag,  4. Dezember 2026", 1) + day("Mittwoch,  2. Dezember 2026", 3)
    return f"<html lang='de'><body><div id='content'>{days}</div></body></html>".encode()


def test_each_post_takes_the_byline_of_its_own_footer() -> None:
    entries = parse_document(
        page(), url="https://blog.example/", source_type="html", timezone="Europe/Berlin", now=NOW
    ).entries
    assert [e.title for e in entries] == [f"Eintrag Nummer {n} aus dem Tal" for n in range(1, 5)]
    assert [e.author for e in entries] == AUTHORS
