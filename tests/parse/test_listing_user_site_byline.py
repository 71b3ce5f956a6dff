"""A link to the home of a user's own site on a platform, its host's first label the link's one
word ("<a href=http://ki-zu.livejournal.com/><b>ki_zu</b></a>", "_" written "-" as host names
must), names the poster as a profile page's link does: a journal platform's stream of entries
names each by its journal's link (issue 12: held-out listing authors, a stream's user names
missed). A link to a site's home whose first label is "www" names no one.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2015, 1, 1, tzinfo=UTC)
USERS = ["ki_zu", "drugoi", "tema", "sergeydolya"]


def entry(n: int, user: str, host: str) -> str:
    return (
        f"<div class='entry'><div class='entry-head'><span class='poster'><a href='http://{host}/info'>"
        f"<img src='/img/userinfo.gif' alt='[info]' width='17' height='17'></a><a href='http://{host}/'>"
        f"<b>{user}</b></a></span> <h3><a href='http://{host}/{100 + n}.html'>Запись номер {n} о погоде</a>"
        f"</h3></div><div class='entry-text'><p>Сегодня было тепло и солнечно, гуляли весь день {n}.</p>"
        "</div></div>"
    )


def authors(hosts: list[str]) -> list[str | None]:
    body = "".join(entry(n, user, host) for n, (user, host) in enumerate(zip(USERS, hosts, strict=True)))
    page = f"<html lang='ru'><body><div class='entries'>{body}</div></body></html>"
    entries = parse_document(
        page.encode(), url="https://journals.example/", source_type="html", timezone="Europe/Moscow", now=NOW
    ).entries
    return [e.author for e in entries]


def test_the_link_to_the_users_own_site_names_the_poster() -> None:
    hosts = [f"{user.replace('_', '-')}.journals.example" for user in USERS]
    assert authors(hosts) == USERS


def test_a_sites_www_home_names_no_one() -> None:
    assert authors([f"www.{user}.example" for user in USERS]) == [None] * len(USERS)
