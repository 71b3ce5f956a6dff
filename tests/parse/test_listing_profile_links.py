"""A forum's topic list whose rows link the topic and its starter's profile (met on phpBB, SMF
and bbPress boards added to the development corpus): the topic is the entry however short its
title ("GAIN" beside "ANODIN26"), and a profile addressed by path ("/forums/users/yudi/") or
by the forum packages' queries ("memberlist.php?mode=viewprofile&u=2", "index.php?action=
profile;u=7") is the row's metadata, like a link to a tag or an author page."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from aggregator.parse import parse_document

NOW = datetime(2016, 3, 10, 12, 0, tzinfo=UTC)

ROW = """<li class="row"><dl><dt><a href="/forum/viewtopic.php?t={n}" class="topictitle">{title}</a>
<br>by <a href="{profile}">{user}</a> » Mon 7 Mar 2016 10:{n:02d}</dt>
<dd class="posts">{n} replies</dd><dd class="views">{n}0 views</dd></dl></li>"""


@pytest.mark.parametrize(
    "profile",
    [
        "/forum/memberlist.php?mode=viewprofile&u={u}",
        "/forum/index.php?action=profile;u={u}",
        "/forums/users/user{u}/",
        "/forum/membre{u}.html",
    ],
)
def test_a_short_topic_title_beats_its_starters_longer_name(profile: str) -> None:
    titles = [
        "GAIN",
        "My first win in a contest this year",
        "Won two cinema tickets for the weekend",
        "A bag from the seaside spa, thanks to the forum",
        "GAIN",
        "Instant win on the cookie game",
        "A book for my son arrived today",
        "Ski pass for one day at the resort",
    ]
    rows = "".join(
        ROW.format(
            n=n,
            title=t if t != "GAIN" or n == 1 else "WIN",
            user=f"winner_account{n}",
            profile=profile.format(u=n + 100),
        )
        for n, t in enumerate(titles, 1)
    )
    page = (
        f"<html lang='en'><head><title>Board</title></head><body><main><ul>{rows}</ul></main></body></html>"
    )
    parsed = parse_document(
        page.encode(),
        url="https://board.example/forum/viewforum.php?f=2",
        source_type="html",
        timezone="UTC",
        now=NOW,
    )
    assert [e.link for e in parsed.entries] == [
        f"https://board.example/forum/viewtopic.php?t={n}" for n in range(1, len(titles) + 1)
    ]
    assert [e.title for e in parsed.entries] == [
        t if t != "GAIN" or n == 1 else "WIN" for n, t in enumerate(titles, 1)
    ]
