"""Rules learnt from layouts of the development corpus's pages added by branch listing19 (a
Korean web comic's episode table, …), each checked on a written page that fails without it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import lxml.html

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date
from aggregator.parse.listing._link_title import link_title

NOW = datetime(2015, 8, 21, 12, 0, tzinfo=UTC)
RATINGS = ("9.88", "9.95", "9.92", "9.95", "9.92")

EPISODE = """<tr><td><a href="/comic/detail?no={n}"><img src="/t/{n}.jpg" alt="{title}"></a></td>
<td class="title"><a href="/comic/detail?no={n}">{title}</a></td>
<td><div class="rating"><span class="star"><em>평점</em></span> <strong>{r}</strong></div></td>
<td class="num">2015.08.{day:02d}</td></tr>"""


def test_a_rating_beside_the_date_column_is_a_decimal_not_a_date() -> None:
    # "9.88" has no reading as a day and a month: dateparser made it 9 August 1988.
    titles = ["966. Shanghai", "965. Miniature", "964. Romance comic", "963. Don't shoot", "962. Bus game"]
    rows = "".join(
        EPISODE.format(n=n, title=t, r=r, day=20 - n)
        for n, (t, r) in enumerate(zip(titles, RATINGS, strict=True), 1)
    )
    page = (
        "<html lang='ko'><head><title>Episodes</title></head><body><main><table>"
        f"<tr><th>Image</th><th>Title</th><th>Rating</th><th>Day</th></tr>{rows}</table></main></body></html>"
    )
    parsed = parse_document(
        page.encode(),
        url="https://comic.example/list?id=1",
        source_type="html",
        timezone="Asia/Seoul",
        now=NOW,
    )
    seoul = ZoneInfo("Asia/Seoul")
    assert [e.title for e in parsed.entries] == titles
    assert [e.published and e.published.astimezone(seoul).date() for e in parsed.entries] == [
        date(2015, 8, 20 - n) for n in range(1, 6)
    ]


def test_two_numbers_joined_by_a_point_are_a_date_only_as_a_day_and_a_month() -> None:
    for decimal in ("9.88", "4.75", "12.50", "199.99"):
        assert parse_date(decimal, now=NOW, timezone="UTC") is None, decimal
    assert parse_date("12.03.", now=NOW, timezone="UTC") is not None
    assert parse_date("2015.08.20", now=NOW, timezone="UTC") is not None


CARD = """<li><div class="card_w"><a href="contents.nhn?contents_id={id}" class="card"><span class="inner">
<span class="thmb"><span class="mask"></span><img src="/i/e.gif" data-src="/t/{id}.jpg" alt=""></span>
<span class="info"><strong>{head}</strong><span>{sub}</span></span>
<span class="opinion on"><span class="tit">의견</span><strong>{n}</strong></span></span></a>
<span class="info2"><strong class="tit"><a href="/author_contents_list.nhn?acknowledgeId=au{id}">{who}</a>
</strong></span></div></li>"""

CARDS = [
    ("Puccini's Turandot", "Why did Liu die keeping her secret?", "Yu Yunjong"),
    ("Snapchat", "From messenger to platform", "Kwon Hyemi"),
    ("The Spitfire fighter", "The pride of the air force", "Nam Dohyun"),
    ("Bhutan's Wangchuck dynasty", "A king who gave up his power", "Shin Minha"),
    ("Tongyeong seafood", "All year round", "Lee Jaein"),
    ("La traviata and The Lady of the Camellias", "", "Kim Sunghyun"),
]
#: The list's sort tabs.
TABS = (
    "<div class='view_sorting'><ul class='sort'>"
    "<li class='selected'><a href='index.nhn?sort=update'>Latest casts</a></li>"
    "<li><a href='index.nhn?sort=hits'>Daily top views</a></li>"
    "<li><a href='index.nhn?sort=comment'>Daily top opinions</a></li></ul></div>"
)


def _cards_page() -> bytes:
    cards = "".join(
        CARD.format(id=97300 + n, head=h, sub=s, n=n + 3, who=w) for n, (h, s, w) in enumerate(CARDS)
    )
    body = f"<main>{TABS}<div class='spot'><ul class='card_lst'>{cards}</ul></div></main>"
    return f"<html lang='en'><head><title>Cast</title></head><body>{body}</body></html>".encode()


NEWS = [
    "Dibrugarh University observed the birth anniversary",
    "Vigilance week was observed at the university",
    "Flood relief campaign by the centre for juridical studies",
    "World environment day observed by the university",
    "Talk by a visiting professor in the colloquium",
]


def test_a_scripts_address_naming_an_item_by_its_number_is_an_articles() -> None:
    # "view.php?article_id=544", "contents.nhn?contents_id=97314": no slug, no date in the
    # path, the id in the query; a bare list of titles counts when it links to articles.
    rows = "".join(f"<li><a href='view.php?article_id={544 - n}'>{t}</a></li>" for n, t in enumerate(NEWS))
    page = (
        "<html lang='en'><head><title>News</title></head><body><main><h2>News and events</h2>"
        f"<ul>{rows}</ul><p><a href='news.php?page=2'>2</a> <a href='news.php?page=3'>3</a></p>"
        "</main></body></html>"
    )
    parsed = parse_document(
        page.encode(), url="https://uni.example/news.php", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.link for e in parsed.entries] == [
        f"https://uni.example/view.php?article_id={544 - n}" for n in range(len(NEWS))
    ]


def test_a_script_named_for_a_persons_page_is_the_byline_link() -> None:
    # "author_contents_list.nhn?acknowledgeId=au1438", "profile.jsp?user=27054291".
    parsed = parse_document(
        _cards_page(), url="https://cast.example/index.nhn", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.author for e in parsed.entries] == [w for _, _, w in CARDS]


THREAD = """<tr><td><img src="/i/folder.gif"></td>
<td><font><a href="thread.jsp?forum=2&amp;thread={id}&amp;tstart=0" class="forum"><b>{title}</b></a>
</font></td>
<td><font>{n}</font></td>
<td><font><a href="profile.jsp?user=5{id}"><b>{starter}</b></a></font></td>
<td><table><tr><td><font>Mar 1{n}, 2016 10:49 AM</font></td><td></td><td><font>by:
<a href="thread.jsp?forum=2&amp;thread={id}&amp;message=7{id}#7{id}" title="Jump to Message">{last} &#187;</a>
</font></td></tr></table></td></tr>"""

THREADS = [
    ("nicknames inappropriate in the lobby", "Lindomar Stoque", "Mudbear"),
    ("Onebip", "Daniela Wilches", "Lindomar Stoque"),
    ("pop-up ads during the games", "ismellu", "Jacky Chan"),
    ("Online abuse by other players", "Mudbear", "Vikram Boss"),
    ("Read the answers before asking", "shield33", "Lisa"),
    ("Assistance", "marchall_1", "Mudbear"),
]


def test_a_tables_headline_is_in_the_column_most_rows_take_it_from() -> None:
    # "Onebip" is shorter than its row's last-post link ("Daniela Wilches »"): read alone,
    # that row's headline would be the last post's.
    rows = "".join(
        THREAD.format(id=129800 + n, title=t, n=n, starter=s, last=last)
        for n, (t, s, last) in enumerate(THREADS)
    )
    pages = "".join(
        f"<a href='forum.jsp?forum=2&amp;start={15 * p}&amp;thRange=15'><b>{p + 1}</b></a> "
        for p in range(1, 6)
    )
    page = (
        "<html><head><title>Forums - General</title></head><body><main>"
        f"<table><tr><td><font>Pages in this forum: <b>137</b> <b>1</b> {pages}</font></td></tr></table>"
        "<table>"
        "<tr><td></td><td><b>SUBJECT</b></td><td><b>REPLIES</b></td><td><b>AUTHOR</b></td>"
        f"<td><b>LAST POST</b></td></tr>{rows}</table></main></body></html>"
    )
    parsed = parse_document(
        page.encode(),
        url="https://forum.example/forum.jsp?forum=2",
        source_type="html",
        timezone="UTC",
        now=NOW,
    )
    assert [e.title for e in parsed.entries] == [t for t, _, _ in THREADS]
    assert [e.author for e in parsed.entries] == [s for _, s, _ in THREADS]


THUMB = """<div class="thumbwrap"><div class="thumbdate">{day}</div><div class="frame">
<a href="/comic/2012/11/{d:02d}/{slug}" title="{title}"><img src="/u/{slug}-200x78.jpg"
alt="comic-2012-11-{d:02d}-{slug}.jpg"></a>
</div></div>"""

STRIPS = ["London CCTV", "Goonies", "Who Needs It", "Password", "Noisy Neighbors", "Foodie"]


def test_a_thumbnails_title_attribute_is_its_headline_however_short_and_the_pager_is_none() -> None:
    thumbs = "".join(
        THUMB.format(day=f"Nov {29 - 3 * n}th, 2012", d=29 - 3 * n, slug=t.replace(" ", "-"), title=t)
        for n, t in enumerate(STRIPS)
    )
    pager = (
        "<div id='wp-paginav'><ul><li>Page 24 of 28</li><li><a href='/comic/chapter/comics/'>« First</a></li>"
        + "".join(f"<li><a href='/comic/chapter/comics/page/{p}' title='{p}'>{p}</a></li>" for p in (22, 23))
        + "<li>24</li>"
        + "".join(f"<li><a href='/comic/chapter/comics/page/{p}' title='{p}'>{p}</a></li>" for p in (25, 26))
        + "<li><a href='/comic/chapter/comics/page/28'>Last »</a></li></ul></div>"
    )
    page = (
        "<html lang='en-US'><head><title>Comics</title></head><body><div id='content'><h2>Comics</h2>"
        f"<div class='results'>555 comics.</div>{thumbs}<div class='clear'></div>{pager}</div></body></html>"
    )
    parsed = parse_document(
        page.encode(),
        url="https://comic.example/comic/chapter/comics/page/24",
        source_type="html",
        timezone="UTC",
        now=NOW,
    )
    assert [e.title for e in parsed.entries] == STRIPS


def test_a_bold_headline_over_a_plain_subtitle_or_a_count_is_the_title() -> None:
    # "<strong>Turandot</strong><span>Why did Liu die …?</span>": the plain run beside the bold
    # one is its subtitle; "<strong>La traviata …</strong><span></span>" then a count's label
    # ("의견" 9) is no headline either.
    parsed = parse_document(
        _cards_page(), url="https://cast.example/index.nhn", source_type="html", timezone="UTC", now=NOW
    )
    assert [e.title for e in parsed.entries] == [h for h, _, _ in CARDS]


def test_a_bold_kicker_stays_a_kicker_before_a_shorter_emphasised_headline() -> None:
    # "<strong>Preiswerte Brautmode</strong> <em>Weißknüller</em>": the emphasised run is the
    # headline however short; only shorter plain runs (a count's label) leave the bold one the title.
    for kicker, head in [("Cheap wedding dresses", "Bargains"), ("Sleep research", "Larks")]:
        link = lxml.html.fragment_fromstring(
            f"<a href='/style/story-1.2837284'><div><span><strong>{kicker}</strong></span></div> "
            f"<em>{head}</em></a>"
        )
        assert link_title(link, lambda _: None)[0] == head
    link = lxml.html.fragment_fromstring(
        "<a href='contents.nhn?contents_id=96582'>"
        "<span><strong>La traviata and The Lady of the Camellias</strong>"
        "<span></span></span><span><span>Opinions</span><strong>9</strong></span></a>"
    )
    assert link_title(link, lambda _: None)[0] == "La traviata and The Lady of the Camellias"
