"""A forum's thread list (met on vBulletin, SMF and bbPress boards added to the development
corpus): "Started by <a>user</a>, 16-10-2005 11:36 PM" is the thread's byline and date, the
"Started by" label no part of the name ("Dimulai oleh:" in Indonesian)."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.parse.listing._vocabulary import BY

NOW = datetime(2016, 4, 26, 12, 0, tzinfo=UTC)

ROW = """<li class="threadbit"><div class="threadinfo"><h3 class="threadtitle">
<a class="title" href="/board/{n}-thread.html">{title}</a></h3>
<div class="author"><span class="label">Started by <a href="/people/{user}.html"
class="username">{user}</a>, {day}-10-2005 0{n}:36 PM</span></div></div>
<ul class="threadstats"><li>{n} Replies {n}00 Views</li></ul></li>"""


def test_started_by_is_the_label_of_the_threads_byline() -> None:
    titles = ["Youtube awesomeness", "Rules of the board", "Chuck Norris facts", "Useless facts", "Toy train"]
    rows = "".join(ROW.format(n=n, title=t, user=f"member{n}x", day=10 + n) for n, t in enumerate(titles, 1))
    page = (
        f"<html lang='en'><head><title>Board</title></head><body><main><ol>{rows}</ol></main></body></html>"
    )
    parsed = parse_document(
        page.encode(), url="https://cars.example/board/", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.author for e in parsed.entries] == [f"member{n}x" for n in range(1, 6)]
    assert [e.published for e in parsed.entries] == [
        datetime(2005, 10, 10 + n, 12 + n, 36, tzinfo=UTC) for n in range(1, 6)
    ]
    assert not any("Replies" in (e.summary or "") for e in parsed.entries)  # the row's counts


def test_forum_bylines() -> None:
    assert BY.sub("", "Started by PlantAKiss") == "PlantAKiss"
    assert BY.sub("", "Dimulai oleh: yudi") == "yudi"


TOPIC = """<li class="row"><dl><dt><a href="/forum/topic-t{n}.html" class="topictitle">{title}</a>
<br>de <a href="/forum/membre{u}.html">{user}</a> » Ven {n} Déc 2013 15:36</dt>
<dd class="posts">0</dd><dd class="lastpost"><span>de <a href="/forum/membre9{u}.html">replier{n}</a>
<a href="/forum/post{n}.html#p{n}"></a> Sam {n} Déc 2013 18:00</span></dd></dl></li>"""


def test_a_handle_linked_to_its_member_profile_is_the_author_not_the_last_poster() -> None:
    # phpBB's French "de <a href=membre31235.html>ucciani</a> »": a lowercase handle, linked to
    # the member's profile; the last post's user beside it is the latest reply's.
    titles = ["Premier lot gagné", "Deux places de cinéma", "Un sac de plage", "Un livre pour mon fils"]
    rows = "".join(
        TOPIC.format(n=n, title=t, u=300 + n, user=f"gagnant{n}x") for n, t in enumerate(titles, 1)
    )
    page = (
        f"<html lang='fr'><head><title>Forum</title></head><body><main><ul>{rows}</ul></main></body></html>"
    )
    parsed = parse_document(
        page.encode(), url="https://forum.example/forum/f26.html", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.author for e in parsed.entries] == [f"gagnant{n}x" for n in range(1, 5)]
    assert [e.published for e in parsed.entries] == [
        datetime(2013, 12, n, 15, 36, tzinfo=UTC) for n in range(1, 5)
    ]


SMF_ROW = """<tr><td class="subject windowbg2"><div><span id="msg_{n}"><a
href="/forum/index.php?topic={n}.0">{title}</a></span><p>Started by guest{n}</p></div></td>
<td class="stats windowbg">{n} Replies <br> {n}00 Views</td><td class="lastpost windowbg2">
<a href="/forum/index.php?topic={n}.0#msg9{n}"></a> May 10, 2013, 13:43:35 PM<br> by
<a href="/forum/index.php?action=profile;u=1">Kam Admin</a></td></tr>"""


def test_the_last_posters_name_is_not_the_topics_author() -> None:
    titles = ["Class amplifiers", "How does ultrasonic work", "Active filter", "PWM controller question"]
    rows = "".join(SMF_ROW.format(n=n, title=t) for n, t in enumerate(titles, 1))
    page = f"<html><head><title>Board</title></head><body><main><table>{rows}</table></main></body></html>"
    parsed = parse_document(
        page.encode(),
        url="https://pcb.example/forum/index.php?board=18.0",
        source_type="html",
        timezone="UTC",
        now=NOW,
    )
    assert len(parsed.entries) == 4
    assert not any(e.author == "Kam Admin" for e in parsed.entries)


PLAIN_ROW = """<li class="thread"><h3><a href="/board/{n}-thread.html">{title}</a></h3>
<div class="{cls}">{label} {user}, {day}-10-2005 0{n}:36 PM</div><p>{n} Replies</p></li>"""
STARTERS = ["Anna Weber", "Tom Reed", "Clara Moss", "Sam Park"]


def _plain_board(label: str, cls: str) -> list[str | None]:
    titles = ["Youtube awesomeness", "Rules of the board", "Chuck Norris facts", "Useless facts"]
    rows = "".join(
        PLAIN_ROW.format(n=n, title=t, user=STARTERS[n - 1], day=10 + n, label=label, cls=cls)
        for n, t in enumerate(titles, 1)
    )
    page = f"<html><head><title>Board</title></head><body><main><ol>{rows}</ol></main></body></html>"
    parsed = parse_document(
        page.encode(), url="https://cars.example/board/", source_type="html", timezone="UTC", now=NOW
    )
    return [e.author for e in parsed.entries]


def test_the_started_by_label_is_cut_from_the_threads_author() -> None:
    # No profile link, no username class: only the label tells the name from the words before it.
    assert _plain_board("Started by", "meta") == STARTERS
    assert _plain_board("Started by", "author") == STARTERS
    assert _plain_board("Dimulai oleh:", "author") == STARTERS


BLOG_CARD = """<article class="{cls}"><h2><a href="/2026/12/{slug}">{title}</a></h2>
<p class="meta">By <a href="/author/{user}">{name}</a> on December {n}, 2026</p><p>A teaser.</p></article>"""


def test_a_card_classed_last_post_keeps_its_byline() -> None:
    # "last-post" on the card itself (a blog's last card, a theme's "last-post-item") is no
    # forum's last-post column inside the card.
    posts = [
        ("roses", "Pruning roses in winter"),
        ("bulbs", "Late bulbs worth planting"),
        ("compost", "A compost heap that heats up"),
        ("seeds", "Saving seeds from tomatoes"),
    ]
    names = ["Clara Moss", "Tom Reed", "Clara Moss", "Tom Reed"]
    for classes in (["post", "post", "post", "post last-post"], ["last-post-item"] * 4):
        cards = "".join(
            BLOG_CARD.format(cls=c, slug=s, title=t, user=nm.split()[0].lower(), name=nm, n=4 - i)
            for i, (c, (s, t), nm) in enumerate(zip(classes, posts, names, strict=True))
        )
        page = f"<html><head><title>Garden</title></head><body><main><div>{cards}</div></main></body></html>"
        parsed = parse_document(
            page.encode(), url="https://garden.example/", source_type="html", timezone="UTC", now=NOW
        )
        assert [e.author for e in parsed.entries] == names


UNLINKED = """<tr><td class="subject"><div><span><a href="/forum/index.php?topic={n}.0">{title}</a></span>
<p>Started by {user} <small></small></p></div></td><td class="stats">{n} Replies<br>{n}00 Views</td>
<td class="lastpost">April 1{n}, 2014, 23:22:11 PM<br>
by <a href="/forum/index.php?action=profile;u={n}">kam</a></td></tr>"""


def test_a_guests_handle_after_started_by_is_the_author() -> None:
    # A guest's post on an SMF board: "Started by kostas", no profile link; the lowercase handle
    # and the digits are the poster's, and the last post's "by kam" beside it is the latest reply's.
    users = ["kostas", "rais6", "thanosgen", "Burnit0017", "MrDEB"]
    titles = ["Class amplifiers", "Active filter", "Motor driver", "Relay board", "Timer circuit"]
    pairs = enumerate(zip(titles, users, strict=True), 1)
    rows = "".join(UNLINKED.format(n=n, title=t, user=u) for n, (t, u) in pairs)
    page = (
        "<html lang='en'><head><title>Board</title></head><body><main><table>"
        f"{rows}</table></main></body></html>"
    )
    parsed = parse_document(
        page.encode(), url="https://forum.example/forum/", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.author for e in parsed.entries] == users


def test_a_bare_by_word_before_a_lowercase_word_names_nobody() -> None:
    page = (
        "<html lang='en'><head><title>Blog</title></head><body><main>"
        + "".join(
            f"<article><h2><a href='/p/{n}'>Post number {n} here</a></h2><p>Go by bus {n}</p></article>"
            for n in range(1, 5)
        )
        + "</main></body></html>"
    )
    parsed = parse_document(
        page.encode(), url="https://blog.example/", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.author for e in parsed.entries] == [None] * 4


BOARD_ROW = """<tr><td><img src="/i/file.png"></td><td><a href="/board/1/{n}/">{title}</a></td>
<td>{user}</td><td align="right">{n}4100</td><td>{n}</td><td><small>2007/11/1{n}(土) 22:32:58</small></td>
<td>{last}</td></tr>"""


def test_the_column_the_header_row_names_for_the_author_gives_each_rows_author() -> None:
    # A Japanese board's table: "題名" (title), "投稿者" (poster), views, posts, last post, and a
    # "最終投稿者" (last poster) column that names the latest reply's user, not the author.
    titles = ["試験運用中", "既知の不具合", "ゲートウォッチの誓い", "イニストラードを覆う影"]
    users = ["leon", "名も無き者", "leon", "たなか"]
    rows = "".join(
        BOARD_ROW.format(n=n, title=t, user=u, last=f"返信者{n}")
        for n, (t, u) in enumerate(zip(titles, users, strict=True), 1)
    )
    head = (
        "<tr><th></th><th>題名</th><th width='20%'>投稿者</th><th>閲覧</th><th>投稿</th>"
        "<th>最終投稿</th><th>最終投稿者</th></tr>"
    )
    page = (
        "<html lang='ja'><head><title>掲示板</title></head><body><main><table>"
        f"{head}{rows}</table></main></body></html>"
    )
    parsed = parse_document(
        page.encode(), url="https://forum.example/board/", source_type="html", timezone="Asia/Tokyo", now=NOW
    )
    assert [e.title for e in parsed.entries] == titles
    assert [e.author for e in parsed.entries] == users
    last_only = page.replace("<th width='20%'>投稿者</th>", "<th>状態</th>")
    parsed = parse_document(
        last_only.encode(),
        url="https://forum.example/board/",
        source_type="html",
        timezone="Asia/Tokyo",
        now=NOW,
    )
    assert [e.author for e in parsed.entries] == [None] * 4
