"""A forum's thread table (issue 12; the dev page showing it: somethingawful_forum_en): the
title cell holds, beside the thread's title link, an "X" link marking the thread unread, a
count of new posts, and on long threads a block of page links ("Pages: 1 2 3 … Last"); the
starter is the one link of an author cell, a name with digits. The title link is the first
link of the title cell that carries words; a block named for pages is no title; a cell
marked as the author holding one link is the author, digits and all."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
THREADS = [
    (101, "Municipal budget megathread: where does the money go", "Solkanar512", True, True),
    (102, "The history of the bicycle in three hundred posts", "Ann Lee", False, True),
    (103, "Ask a librarian anything about archives and catalogues", "booklover77", True, False),
    (104, "Local elections: results and what they mean", "Carl Moss", False, False),
    (105, "Weekend photography thread: autumn colours", "shutterbug9", True, True),
]


def row(number: int, title: str, starter: str, seen: bool, pages: bool) -> str:
    unread = (
        f"<div class='lastseen'><a href='/showthread.php?action=resetseen&threadid={number}' class='x'"
        f" title='Mark as unread'>X</a><a href='/showthread.php?threadid={number}&goto=newpost'"
        " class='count'><b>12</b></a></div>"
        if seen
        else ""
    )
    page_links = (
        "<div class='title_pages'>Pages: "
        + "".join(f"<a href='showthread.php?threadid={number}&pagenumber={p}'>{p}</a>" for p in (1, 2, 3))
        + f" <a href='showthread.php?threadid={number}&goto=lastpost'>Last</a></div>"
        if pages
        else ""
    )
    return (
        f"<tr class='thread' id='thread{number}'><td class='icon'><a href='/forum?icon=5'>"
        "<img src='/i.gif' alt=''></a></td>"
        f"<td class='title'><div class='title_inner'>{unread}<div class='info'>"
        f"<a href='showthread.php?threadid={number}' class='thread_title'>{title}</a>"
        f"{page_links}</div></div></td>"
        f"<td class='author'><a href='member.php?action=getinfo&userid={number}'>{starter}</a></td>"
        "<td class='replies'>31</td><td class='views'>1204</td>"
        "<td class='lastpost'><div class='date'>23:07 Nov 30, 2026</div>"
        f"<a class='author' href='showthread.php?goto=lastpost&threadid={number}'>someone else</a></td></tr>"
    )


def test_a_thread_table_gives_each_thread_its_title_link_and_starter() -> None:
    rows = "".join(row(*thread) for thread in THREADS)
    page = (
        "<html lang='en'><head><title>Debate - Forums</title></head><body><table id='forum'>"
        "<thead><tr><th>Icon</th><th>Title</th><th>Author</th><th>Re</th><th>Views</th>"
        "<th>Killed By</th></tr>"
        f"</thead><tbody>{rows}</tbody></table></body></html>"
    )
    entries = parse_document(
        page.encode(), url="https://forums.example/forumdisplay.php?forumid=4", source_type="html", now=NOW
    ).entries
    assert [(e.link, e.title, e.author) for e in entries] == [
        (f"https://forums.example/showthread.php?threadid={number}", title, starter)
        for number, title, starter, _, _ in THREADS
    ]
