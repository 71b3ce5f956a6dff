"""A byline element (classed "byline") whose line holds the poster's name linked to a profile
page, an age and other links ("via calvin 8 hours ago | cached | 2 comments"): the author is
the profile link's text, not a later part of the line once the first part, holding the age's
digits, is passed over (issue 12; the dev page showing it: lobsters_front_us, a link
aggregator's front whose authors all read "cached").
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2018, 7, 14, 20, 48, tzinfo=UTC)
POSTERS = ["calvin", "sevagh", "knrt10", "pushcx"]


def story(n: int, user: str) -> str:
    return (
        f"<li class='story'><div class='details'><span class='link'>"
        f"<a href='https://blog{n}.example/post/{n}'>A rather interesting article number {n}</a></span>"
        f"<span class='tags'><a href='/t/python' class='tag'>python</a></span>"
        f"<div class='byline'><a href='/u/{user}'><img src='/avatars/{user}.png' alt=''></a> via "
        f"<a href='/u/{user}'>{user}</a> <span title='2018-07-14 1{n}:35:38 -0500'>{n + 1} hours ago</span>"
        f" | <a href='https://archive.is/https%3A%2F%2Fblog{n}.example'>cached</a>"
        f" <span class='comments_label'> | <a href='/s/ab{n}/slug'>{n} comments</a></span>"
        "</div></div></li>"
    )


def test_the_profile_link_in_a_byline_names_the_author() -> None:
    body = "".join(story(n, user) for n, user in enumerate(POSTERS))
    page = f"<html lang='en'><body><ol class='stories'>{body}</ol></body></html>"
    entries = parse_document(
        page.encode(), url="https://links.example/", source_type="html", timezone="America/Chicago", now=NOW
    ).entries
    assert [e.author for e in entries] == POSTERS
