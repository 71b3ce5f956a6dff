"""A picture drawn as a circle (Tailwind's "rounded-full", Bootstrap's "rounded-circle") is a
user's portrait, as an avatar service's address is: the one word right after it names the
poster, even inside the row's own link ("<a class=post-row>… <img class='h-5 w-5 rounded-full'
src=x.jpg alt=''> <span>아름다운별</span> …</a>"), where a name is otherwise a link's text
(issue 12; the dev page showing it: damoang_new_ko, a Korean community board of whole-row links
whose eight posters were all missed).
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2026, 6, 12, 2, 23, tzinfo=UTC)
POSTERS = ["아름다운별", "SDK", "심심해", "비사이로막가"]


def row(n: int, user: str, picture_class: str) -> str:
    return (
        f"<a href='/new/{700 + n}' class='post-row block'><div class='flex'>"
        f"<span class='badge'>IT</span> <span class='post-title' title='소식 제목 {n}'>"
        f"소식 제목 {n} 입니다</span>"
        f" <span class='meta'><img src='x.jpg' width='32' height='32' alt='' class='h-5 w-5 {picture_class}'>"
        f" <span>{user}</span></span> <span class='meta'>06.1{n}</span> <span class='meta'>2.{n}k</span>"
        "</div></a>"
    )


def authors(picture_class: str) -> list[str | None]:
    body = "".join(row(n, user, picture_class) for n, user in enumerate(POSTERS))
    page = f"<html lang='ko'><body><main><h1>새로운 소식</h1>{body}</main></body></html>"
    entries = parse_document(
        page.encode(), url="https://board.example/new", source_type="html", timezone="Asia/Seoul", now=NOW
    ).entries
    return [e.author for e in entries]


def test_the_name_after_a_round_picture_is_the_poster() -> None:
    assert authors("rounded-full object-cover") == POSTERS


def test_a_square_picture_names_no_one() -> None:
    assert authors("object-cover") == [None] * len(POSTERS)
