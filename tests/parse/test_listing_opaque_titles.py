"""Headlines read by structure on pages whose class names say nothing (utility classes, hashes,
another language's words): an icon's ``<svg><title>`` is no word of the headline, a separator
written in a run of its own ("<span>: </span>", hidden from sight by a class that says
nothing) still sets a kicker apart, and the words a card's picture says again in its link
(``alt`` or ``title``) are the headline, the rest of the link (a price, a count of photos) its
metadata."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html

from aggregator.parse import parse_document
from aggregator.parse.listing._link_title import _pictured_title

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)

TITLES = [
    "Council approves the new school budget",
    "Storm closes the northern highway for days",
    "Local team wins the regional final at home",
]


def _titles(card: str, kickers: list[str] = ["Politics", "Weather", "Sport"]) -> list[str | None]:  # noqa: B006
    body = "".join(
        card.format(n=i, title=t, kicker=k, d=3 - i)
        for i, (t, k) in enumerate(zip(TITLES, kickers, strict=True))
    )
    page = f"<html lang='en'><head><title>News</title></head><body><main><div>{body}</div></main></body>"
    parsed = parse_document(
        page.encode(), url="https://news.example/", source_type="html", timezone="Europe/London", now=NOW
    )
    return [e.title for e in parsed.entries]


ICON_KICKER = """<article class="qx"><a class="qy" href="/story/{n}"><h3 class="qz">
<span class="qa"><svg class="qb" role="img" aria-label="Paid content"><title>Paid content</title>
<use href="#plus"/></svg><span class="qc">{kicker}</span></span><span class="qd">: </span>
<span class="qe">{title}</span></h3></a>
<p class="qf">A summary of the story, long enough to be read as the teaser's text here.</p>
<span class="qg">Dec {d}, 2026</span></article>"""


def test_a_kicker_with_an_icon_and_a_separator_run_is_set_apart() -> None:
    # Without the rules: "Paid content Politics: Council approves …", the icon's name read as
    # words and the separator's run taken for a third run of the heading.
    assert _titles(ICON_KICKER) == TITLES


def test_a_separator_run_sets_apart_a_kicker_without_an_icon() -> None:
    svg = ICON_KICKER[ICON_KICKER.index("<svg") : ICON_KICKER.index("</svg>") + 6]
    card = ICON_KICKER.replace(svg, "")
    assert _titles(card) == TITLES


PICTURED = """<div class="ra"><a class="rb" href="/ad/{n}">
<div class="rc"><div>Today<br>1{d}:37</div></div>
<div class="rd"><img src="/i/{n}.jpg" alt="{title}" title="{title}">
<div class="re"><div class="rf">{d}</div></div></div>
<div class="rg"> {title} <div class="rh"><span class="ri">{d} 000 Ft</span></div></div>
</a></div>"""


def test_the_words_a_cards_picture_repeats_are_its_headline() -> None:
    # Without the rule: "2 Council approves … 2 000 Ft", the photo count and the price read
    # into the headline.
    assert _titles(PICTURED) == TITLES


ICON_IN_LINK = """<li class="qx"><h3 class="qz"><a href="/story/{n}">{title}{kicker}</a></h3>
<p class="qf">A summary of the story, long enough to be read as the teaser's text here.</p>
<span class="qg">Dec {d}, 2026</span></li>"""


def test_an_icons_title_is_no_word_of_the_headline() -> None:
    # One headline marked by an icon after it: without the rule, "Council approves … Paid
    # content", the icon's name read as words.
    icon = ' <svg class="qb" role="img"><title>Paid content</title><use href="#plus"/></svg>'
    assert _titles(ICON_IN_LINK, [icon, "", ""]) == TITLES


def test_a_pictures_cut_alt_names_its_whole_run() -> None:
    # The picture's text cut short ("Council approves the new school") still names the run
    # of the link's text it begins: the whole run is the headline, without the price.
    cut = [" ".join(t.split()[:-1]) for t in TITLES]
    card = PICTURED.replace('alt="{title}" title="{title}"', 'alt="{kicker}"')
    assert _titles(card, cut) == TITLES


JA_TITLES = ["分譲マンションの通勤管理員業務", "駐車場の警備管理スタッフ", "マンション管理スタッフ募集"]

JA_CARD = """<section class="ka"><h2 class="kb"><a href="/jb/{n}"><span class="kc">{title}</span>
<span class="kd">新着</span></a></h2><p class="ke">南海ビルサービス株式会社</p>
<p class="kf">戸数148戸の分譲マンションの管理業務です。管理員1名での作業になります。</p>
<span class="kg">2026年12月{d}日</span></section>"""


def test_a_label_after_a_japanese_headline_is_no_part_of_it() -> None:
    # A headline without spaces is many words: the label every card ends with ("新着", new)
    # is set apart as after an English one. Without the rule: "分譲マンション… 新着".
    body = "".join(JA_CARD.format(n=i, title=t, d=3 - i) for i, t in enumerate(JA_TITLES))
    page = f"<html lang='ja'><head><title>求人</title></head><body><main><div>{body}</div></main></body>"
    parsed = parse_document(
        page.encode(), url="https://jobs.example/", source_type="html", timezone="Asia/Tokyo", now=NOW
    )
    assert [e.title for e in parsed.entries] == JA_TITLES


def test_a_portraits_name_over_its_byline_is_no_headline() -> None:
    # The columnist's portrait and name before the headline in the card's link: the picture's
    # words begin a shorter run than the headline, a byline. Without the rule: "Ann Lee".
    link = lxml.html.fromstring(
        '<a href="/story/1"><img src="/p/1.jpg" alt="Ann Lee"><div>Ann Lee</div>'
        "<div>Council approves the new school budget</div></a>"
    )
    assert _pictured_title(link) is None
