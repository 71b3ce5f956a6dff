"""Fields of listing cards the extractor had not seen (branch lauth30): day headings over
long runs of bare rows, a separator's dash inside the title link, and the card forms named
in each test. Each test is a snippet written for it, not a page.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date
from aggregator.types import RawEntry

NOW = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)

TITLES = [
    "Harbour works resume after the storm",
    "Council votes on the new library",
    "Schools reopen on Monday morning",
    "Market square gets its trees back",
    "Night buses return to the city",
    "River festival draws big crowds",
]


def read(body: str, *, lang: str = "en", tz: str = "UTC") -> list[RawEntry]:
    page = f"<html lang='{lang}'><head><title>List</title></head><body>{body}</body></html>"
    return list(
        parse_document(
            page.encode(), url="https://list.example/news/", source_type="html", timezone=tz, now=NOW
        ).entries
    )


def local_day(entry: RawEntry, tz: str = "UTC") -> date | None:
    return entry.published.astimezone(ZoneInfo(tz)).date() if entry.published else None


def test_a_day_heading_dates_every_row_of_its_day_however_many() -> None:
    # Classifieds of 2009: bare <p> rows under <h4> day headings, forty rows for one day; the
    # rows far below the heading had no date (the look-back stopped after thirty elements).
    def rows(day: int, count: int) -> str:
        return "".join(
            f"<p><a href='/fuo/{day}{i:03}.html'>Oak chair number {i} - ${i + 10} -</a>"
            f"<font size=-1> (Miami)</font> <i><a href='/fuo/'>furniture by owner</a></i></p>"
            for i in range(count)
        )

    body = f"<h4>Fri Dec 4</h4>{rows(4, 40)}<h4>Thu Dec 3</h4>{rows(3, 35)}"
    entries = read(body)
    days = {e.link: local_day(e) for e in entries}
    assert len([d for d in days.values() if d == date(2026, 12, 4)]) == 40
    assert len([d for d in days.values() if d == date(2026, 12, 3)]) == 35


def test_a_separators_dash_ending_the_link_is_not_in_the_title() -> None:
    # "<a>Wood Office Shelf - $250 -</a> (Coconut Creek)": the last dash separates the link
    # from the place after it. A dash inside the title stays.
    rows = "".join(
        f"<li><a href='/item/{i}.html'>{t} - ${i + 20} -</a> <small>(Doral)</small></li>"
        for i, t in enumerate(TITLES)
    )
    entries = read(f"<ul class='items'>{rows}</ul>")
    assert [e.title for e in entries] == [f"{t} - ${i + 20}" for i, t in enumerate(TITLES)]


def test_a_date_classed_as_an_update_is_the_cards_date_when_it_is_its_only_one() -> None:
    # A job board's results: the only age a card shows sits in
    # <p class="p-result_updatedAt_hyphen">; it was skipped as an update's and the cards had
    # no date at all.
    cards = "".join(
        f"""<div class='p-result'><h2><a href='/job/{i}'>{t}</a></h2>
        <p class='company'>Acme Security</p>
        <p class='p-result_updatedAt_hyphen'>2026/12/0{i + 1}</p></div>"""
        for i, t in enumerate(TITLES)
    )
    entries = read(f"<div class='results'>{cards}</div>", lang="ja", tz="Asia/Tokyo")
    assert [local_day(e, "Asia/Tokyo") for e in entries] == [date(2026, 12, i + 1) for i in range(6)]


def test_an_update_classed_time_of_day_alone_dates_nothing() -> None:
    # A news front's "<span class=updatetime>14:01</span>": the story's last update, the
    # publication any day before it.
    cards = "".join(
        f"""<div class='story'><div class='kick'><a class='kicker' href='/tech/'>Tech</a>
        <span class='updatetime'>14:0{i}</span></div><h2><a href='/n/{i}'>{t}</a></h2>
        <div class='content'>What the council decided and why it matters.</div></div>"""
        for i, t in enumerate(TITLES)
    )
    entries = read(f"<div class='front'>{cards}</div>", lang="de", tz="Europe/Vienna")
    assert [e.published for e in entries] == [None] * 6


def test_an_update_line_stays_out_when_the_card_has_its_publication_date() -> None:
    cards = "".join(
        f"""<article><h3><a href='/n/{i}'>{t}</a></h3>
        <span class='updatedAt'>2026/12/05</span><span class='date'>2026/11/2{i}</span></article>"""
        for i, t in enumerate(TITLES)
    )
    entries = read(f"<div class='list'>{cards}</div>")
    assert [local_day(e) for e in entries] == [date(2026, 11, 20 + i) for i in range(6)]


def test_a_kicker_opening_with_a_by_word_is_no_byline() -> None:
    # "<span class=kicker>By Design</span>", a column's name over the headline, was read as
    # the byline "Design".
    cards = "".join(
        f"""<article><span class='card__kicker'>By Design</span><h3><a href='/n/{i}'>{t}</a></h3>
        <time datetime='2026-12-0{i + 1}'>Dec {i + 1}</time></article>"""
        for i, t in enumerate(TITLES)
    )
    entries = read(f"<div class='list'>{cards}</div>")
    assert [e.author for e in entries] == [None] * 6


def test_a_date_of_a_month_alone_invents_no_day() -> None:
    # "12/2025" and "2025-12 10:30" were given today's day (6 December 2025), a day the page
    # never wrote: a month alone gives no date, as "December 2025" already did not.
    for shown in ("12/2025", "2025-12 10:30"):
        rows = "".join(
            f"""<article><h3><a href='/n/{i}'>{t}</a></h3><p>What the council decided and
            why it matters to the town.</p><span class='date'>{shown}</span></article>"""
            for i, t in enumerate(TITLES)
        )
        entries = read(f"<div class='news'>{rows}</div>")
        assert [e.published for e in entries] == [None] * 6, shown
    assert parse_date("12/2025", now=NOW, lang="en") is None
    assert parse_date("05.12.2025", now=NOW, lang="de") == datetime(2025, 12, 5, 12, 0, tzinfo=UTC)


NAMES = ["Jane Doe", "Omar Haddad", "Lena Vogel", "Rui Costa", "Mei Lin", "Sam Okoro"]


def test_a_byline_ends_before_at_and_its_clock() -> None:
    # Blogger's post footer "Posted by <span class=fn>Jane Doe</span> at 3:14 PM": "Jane Doe
    # at 3:14 PM" held digits and was no name; the card had no author.
    posts = "".join(
        f"""<div class='post'><h3 class='post-title'><a href='/n/{i}'>{t}</a></h3>
        <div class='post-body'>What the council decided and why it matters.</div>
        <div class='post-footer'>Posted by <span class='fn'>{n}</span> at 3:14 PM</div></div>"""
        for i, (t, n) in enumerate(zip(TITLES, NAMES, strict=True))
    )
    entries = read(f"<div class='blog-posts'>{posts}</div>")
    assert [e.author for e in entries] == NAMES


def test_an_authors_portrait_named_only_by_its_alt_is_the_byline() -> None:
    # "<div class=author><img class=avatar alt='Jane Doe'></div>": the card shows the author
    # as a picture only; a picture's description ("User Avatar") names nobody.
    def cards(alts: list[str]) -> str:
        return "".join(
            f"""<article><h3><a href='/n/{i}'>{t}</a></h3><div class='author'>
            <img src='/img/a{i}.png' class='avatar' alt='{alt}'></div>
            <time datetime='2026-12-0{i + 1}'>Dec {i + 1}</time></article>"""
            for i, (t, alt) in enumerate(zip(TITLES, alts, strict=True))
        )

    assert [e.author for e in read(f"<div class='list'>{cards(NAMES)}</div>")] == NAMES
    generic = read(f"<div class='list'>{cards(['User Avatar'] * 6)}</div>")
    assert [e.author for e in generic] == [None] * 6


def test_a_russian_author_label_opens_a_byline() -> None:
    # "Автор: Иван Петров" in a line of its own: the label was not among the cheap test's
    # by-words, and the line was never read.
    names = ["Иван Петров", "Анна Смирнова", "Олег Волков", "Мария Козлова", "Пётр Орлов", "Ирина Соколова"]
    cards = "".join(
        f"""<article><h3><a href='/n/{i}'>{t}</a></h3><p>Автор: {n}</p>
        <p>Текст анонса новости о городе.</p></article>"""
        for i, (t, n) in enumerate(zip(TITLES, names, strict=True))
    )
    entries = read(f"<div class='list'>{cards}</div>", lang="ru", tz="Europe/Moscow")
    assert [e.author for e in entries] == names


def test_a_byline_in_a_card_whose_class_opens_with_a_kicker_word_is_read() -> None:
    # review32: "ressort", "rubric", "topline" opening a card's or a meta line's class
    # ("ressort-teaser", "rubric-list__item", "topline-meta") name no kicker: the card's
    # "Von Hans Müller" was dropped as a kicker's words.
    for card, line in (
        ("ressort-teaser", "<p>Von Hans Müller</p>"),
        ("rubric-list__item", "<span>By Hans Müller</span>"),
        ("card", "<div class='topline-meta'><span>By Hans Müller</span></div>"),
    ):
        cards = "".join(
            f"""<article class='{card}'><h3><a href='/n/{i}'>{t}</a></h3>{line}
            <time datetime='2026-12-0{i + 1}'>Dec {i + 1}</time></article>"""
            for i, t in enumerate(TITLES)
        )
        entries = read(f"<div class='list'>{cards}</div>")
        assert [e.author for e in entries] == ["Hans Müller"] * 6, card
