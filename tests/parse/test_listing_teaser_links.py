"""A card that links its story twice, the headline and the teaser (met on a portal's front of
the development corpus read without its class names: ``<p class=title><a>Ученые ТПУ
представят проект…</a></p>`` then ``<p class=annotation><a>Совместный проект ученых …
Торстейнна Инги...</a></p>``, both to the news item): the longer link was read as the
headline. A teaser cut with an ellipsis, or a whole sentence closed with a full stop, is the
summary's when a shorter, whole text links the same page: that one is the headline. A date
linked to the page, a "read more", or a card whose one link is cut keep what they had."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2012, 4, 21, 12, 0, tzinfo=UTC)

CARD = """<li><p class="q1"><a href="/news/{n}">{title}</a></p>
<p class="q2"><img src="/img/{n}.jpg" alt=""></p>
<p class="q3"><a href="/news/{n}">{teaser}</a></p>
<p class="q4">{day} апреля 2012 <span class="q5">17:14</span></p></li>"""

CARDS = [
    (
        "Ученые ТПУ представят проект об энергетике будущего",
        "Совместный проект ученых Томского политехнического университета и исландского профессора, "
        "лауреата международной энергетической премии «Глобальная энергия» в 2007 году...",
    ),
    (
        "IT-школа откроется в Томске 23 апреля",
        "В рамках Зворыкинского проекта в Томске с 23 по 26 мая будет организована IT-школа для "
        "молодых программистов, имеющих свои проекты…",
    ),
    (
        "Два проекта политехников победили в конкурсе разработок",
        "Два проекта Национального исследовательского Томского политехнического университета "
        "победили в конкурсе сибирских разработок, товаров и услуг «Сибирские Афины».",
    ),
]


def _titles(cards: list[tuple[str, str]]) -> list[str | None]:
    body = "".join(CARD.format(n=i, title=t, teaser=s, day=20 - i) for i, (t, s) in enumerate(cards))
    page = f"<html lang='ru'><head><title>Новости</title></head><body><ul>{body}</ul></body></html>"
    parsed = parse_document(
        page.encode(), url="https://portal.example/", source_type="html", timezone="Asia/Tomsk", now=NOW
    )
    return [e.title for e in parsed.entries]


def test_the_shorter_whole_link_beside_a_cut_teaser_is_the_headline() -> None:
    assert _titles(CARDS) == [title for title, _ in CARDS]


MORE = """<li><p class="q2"><img src="/img/{n}.jpg" alt=""></p>
<p class="q3"><a href="/news/{n}">{teaser}</a></p><p class="q6"><a href="/news/{n}">{more}</a></p>
<p class="q4">{day} апреля 2012 <span class="q5">17:14</span></p></li>"""


def test_a_date_or_a_read_more_beside_a_cut_teaser_is_no_headline() -> None:
    teasers = [teaser for _, teaser in CARDS]
    # A date linked before the teaser; "read more" links after it, in a language whose words
    # the extractor does not know.
    assert _titles([("20 апреля 2012", teaser) for teaser in teasers]) == teasers
    body = "".join(MORE.format(n=i, teaser=t, more="Читать далее", day=20 - i) for i, t in enumerate(teasers))
    page = f"<html lang='ru'><head><title>Новости</title></head><body><ul>{body}</ul></body></html>"
    parsed = parse_document(
        page.encode(), url="https://portal.example/", source_type="html", timezone="Asia/Tomsk", now=NOW
    )
    assert [e.title for e in parsed.entries] == teasers
