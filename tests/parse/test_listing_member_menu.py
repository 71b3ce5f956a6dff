"""A CMS's article cards whose author line holds the member's pop-up menu ("pioner" over a
hidden list: "View profile", "Forum posts", "View articles", all to the member's pages) and the
date loose after it ("Published 10.03.2016 13:45 Views: 216") (issue 12: a vBulletin CMS front
read with its menu's "View articles" as every author and no dates). The member is the one link
whose address spells its text; the date is the line the author block holds outside its menu.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2016, 3, 11, tzinfo=UTC)
MEMBERS = [(195, "pioner"), (17, "Tomahawk"), (42, "Pencel"), (9, "lada")]


def card(n: int, uid: int, name: str) -> str:
    return (
        f"<div class='p'><h3><a href='/content/{700 + n}-story-number-{n}'>"
        f"Story number {n} of the week</a></h3>"
        f"<div class='u'><div class='m'><a class='x' href='members/{uid}-{name}'><strong>{name}</strong></a>"
        f"<ul class='b'><li><a href='members/{uid}-{name}'> View profile </a></li>"
        f"<li><a href='search.php?do=finduser&userid={uid}'> Forum posts </a></li>"
        f"<li><a href='list.php/author/{uid}-{name}'> View articles </a></li></ul></div>"
        f" Published 1{n}.02.2016 13:4{n} &nbsp; Views: 21{n}</div>"
        f"<div class='t'><p>The first lines of story {n}, long enough to read as the article's "
        "beginning.</p></div></div>"
    )


def entries() -> list:
    cards = "".join(card(n, uid, name) for n, (uid, name) in enumerate(MEMBERS))
    page = f"<html lang='en'><body><div class='l'>{cards}</div></body></html>"
    return parse_document(
        page.encode(), url="http://cms.example/content/", source_type="html", timezone="UTC", now=NOW
    ).entries


def test_the_member_is_the_menu_link_whose_address_spells_its_text() -> None:
    assert [e.author for e in entries()] == [name for _, name in MEMBERS]


def test_the_date_line_loose_beside_the_menu_dates_the_card() -> None:
    assert [e.published for e in entries()] == [
        datetime(2016, 2, 10 + n, 13, 40 + n, tzinfo=UTC) for n in range(len(MEMBERS))
    ]
