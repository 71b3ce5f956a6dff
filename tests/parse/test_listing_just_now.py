""" "Just now" in any language is a date where it is all a date element says: a post a minute
old shows "только что", "щойно", "방금 전", "刚刚", "たった今", "à l'instant", "gerade eben",
"ahora mismo", "agora mesmo", "az önce", "przed chwilą" in its <time> or its date slot, and
no date pattern read it (no digit, no month, no day). Elsewhere "now" is an order ("Buy now",
"Jetzt abonnieren") and no date: only a whole <time> or date slot is read so."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from lxml import html

from aggregator.parse import parse_document
from aggregator.parse._now_words import just_now
from aggregator.parse.listing._document import Context
from aggregator.parse.listing._fields import item_date

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
#: A card's opening: its headline, before the element tested.
HEAD = '<div class="card"><h3><a href="/a/1">Headline</a></h3>'


def _ctx(lang: str) -> Context:
    return Context(base="https://news.example/", timezone="UTC", now=NOW, day_first=True, lang=lang)


@pytest.mark.parametrize(
    ("words", "lang"),
    [
        ("только что", "ru"),
        ("щойно", "uk"),
        ("방금 전", "ko"),
        ("刚刚", "zh-CN"),
        ("たった今", "ja"),
        ("à l'instant", "fr"),
        ("À l’instant", "fr"),
        ("gerade eben", "de"),
        ("ahora mismo", "es"),
        ("agora mesmo", "pt-BR"),
        ("az önce", "tr"),
        ("przed chwilą", "pl"),
        ("Just now", "en"),
        ("сейчас", "ru"),  # dateparser's own word for now
        ("právě teď", "cs"),  # dateparser's own phrase
    ],
)
def test_just_now_in_a_time_element_or_date_slot_is_now(words: str, lang: str) -> None:
    in_time = html.fromstring(f"{HEAD}<time>{words}</time></div>")
    assert item_date(in_time, _ctx(lang))[0] == NOW
    in_slot = html.fromstring(f'{HEAD}<span class="post-date">{words}</span></div>')
    assert item_date(in_slot, _ctx(lang))[0] == NOW
    # A board's thread date: "thread" holds "read", but names no reading time.
    in_thread = html.fromstring(f'{HEAD}<span class="thread-date">{words}</span></div>')
    assert item_date(in_thread, _ctx(lang))[0] == NOW


@pytest.mark.parametrize(
    ("card", "lang"),
    [
        # An order in a teaser, not its date.
        (f'{HEAD}<a class="btn" href="/shop">Buy now</a></div>', "en"),
        (f'{HEAD}<p class="cta">Jetzt</p></div>', "de"),
        # The words in a sentence of the excerpt, not all of a date element.
        (
            f"{HEAD}<p>Только что стало известно о новом решении правительства.</p></div>",
            "ru",
        ),
        # A reading time's slot is no date's.
        (f'{HEAD}<span class="reading-time">now</span></div>', "en"),
    ],
)
def test_now_elsewhere_is_no_date(card: str, lang: str) -> None:
    assert item_date(html.fromstring(card), _ctx(lang))[0] is None


def test_a_word_for_now_counts_only_in_its_language() -> None:
    # "most" is Hungarian for now: on an English page it is no date.
    assert just_now("most", "hu")
    assert not just_now("most", "en")
    assert not just_now("Buy now", "en")


def test_a_board_whose_newest_post_is_just_now() -> None:
    rows = [("1", "только что"), ("2", "5 минут назад"), ("3", "1 час назад")]
    body = "".join(
        f'<li class="post"><h3><a href="/t/{n}">Тема номер {n} на форуме</a></h3>'
        f'<span class="time">{age}</span><p>Первое сообщение темы номер {n}, достаточно длинное.</p></li>'
        for n, age in rows
    )
    page = f"<html lang='ru'><head><title>Форум</title></head><body><main><ul>{body}</ul></main></body>"
    parsed = parse_document(
        page.encode(), url="https://forum.example/", source_type="html", timezone="Europe/Moscow", now=NOW
    )
    published = [e.published for e in parsed.entries]
    assert published[0] == NOW
    assert published[1] is not None and published[1] < NOW
