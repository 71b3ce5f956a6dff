"""A forum whose members' pages live on another host of the site ("home.example.tw/<handle>"
beside "forum.example.tw") names each thread's starter by a link whose path is the handle the
link shows (issue 12: a board's thread table read with no authors). The starter's link comes
first in the row, before the last replier's under the last reply's time. A link to a section's
page on the forum's own host ("/news" "news") names no one.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2022, 10, 14, 12, tzinfo=UTC)
STARTERS = ["sheshe0509", "Liang0811", "edfrmpc44ic", "smartest", "johnny860726", "m4a15923"]


def row(n: int, starter: str, members: str) -> str:
    return (
        f"<tr class='r'><td class='s'><a href='B.php?bsn=1&sub=1'>綜合</a></td>"
        f"<td class='m'><a href='C.php?bsn=1&snA={700 + n}'>"
        f"<span class='t'>【閒聊】第 {n} 個討論的主題標題</span></a></td>"
        f"<td class='c'><p><span>2</span>/<span>44</span></p>"
        f"<p class='u'><a href='https://{members}/{starter}'>{starter}</a></p></td>"
        f"<td class='w'><p><a href='C.php?bsn=1&snA={700 + n}&last=1'>10/13 23:5{n}</a></p>"
        f"<p class='u'><a href='https://{members}/replier{n}'>replier{n}</a></p></td></tr>"
    )


def authors(members: str) -> list[str | None]:
    rows = "".join(row(n, starter, members) for n, starter in enumerate(STARTERS))
    page = f"<html lang='zh-TW'><body><table class='list'>{rows}</table></body></html>"
    entries = parse_document(
        page.encode(),
        url="https://forum.example.tw/B.php?bsn=1",
        source_type="html",
        timezone="Asia/Taipei",
        now=NOW,
    ).entries
    assert len(entries) == len(STARTERS)
    return [e.author for e in entries]


def test_the_starters_link_to_a_member_page_on_the_sites_other_host_names_the_author() -> None:
    assert authors("home.example.tw") == STARTERS


def test_a_handle_on_another_site_names_no_one() -> None:
    assert authors("home.elsewhere.org") == [None] * len(STARTERS)
