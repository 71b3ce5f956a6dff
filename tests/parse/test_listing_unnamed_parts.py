"""Cards whose class names say nothing (utility classes, CSS-in-JS hashes, a language the
extractor has no words for), read by their structure and markup: a kicker, a label or a count
in the headline, the author's name in a nested microdata item, a date line's tooltip, the one
date a card shows, a byline by its place. Every class here is an opaque token on purpose.
"""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.types import RawEntry

NOW = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)


def read(main: str, lang: str = "en") -> tuple[RawEntry, ...]:
    body = (
        f"<html lang='{lang}'><head><title>News</title></head><body><header><a href='/'>News</a>"
        f"<nav><a href='/about/'>About</a> <a href='/contact/'>Contact</a></nav></header><main>{main}</main>"
        "<footer><a href='/privacy/'>Privacy</a></footer></body></html>"
    )
    return parse_document(
        body.encode(), url="https://news.example/section/", source_type="html", timezone="UTC", now=NOW
    ).entries


def cards(card: str, n: int = 3) -> str:
    return "<div class='qx'>" + "".join(card.format(i=i, day=20 + i) for i in range(n)) + "</div>"


# -- titles --------------------------------------------------------------------------------------


def test_the_name_of_a_nested_microdata_item_is_not_the_headline() -> None:
    # The author's <span itemprop=name> inside <p itemprop=author itemscope>: the author's
    # name, even when a short unlinked heading (a kicker) sits above the linked headline.
    card = """<article class="zk"><h2>kicker words here</h2>
    <h1 class="zq"><a href="/story/{i}/">The full headline of story number {i} as a sentence</a></h1>
    <p class="zz">The teaser of the story, a sentence or two that tells what it is about.</p>
    <p class="zy" itemprop="author creator" itemscope itemtype="http://schema.org/Person">by
    <a itemprop="url" href="/author/jo-{i}/"><span itemprop="name">Jo Writer{i}</span></a></p></article>"""
    entries = read(cards(card))
    assert [e.title for e in entries] == [
        f"The full headline of story number {i} as a sentence" for i in range(3)
    ]


KICKED = """<div class="zk"><h2 class="zq"><a href="/story/{i}/" title="{attr}"><span
class="zr">{kicker}</span>{sep}<span class="zs">The headline of story {i}</span></a></h2>
<p class="zz">The teaser of the story, a sentence or two that tells what it is about and why.</p></div>"""


def kicked(kicker: str, sep: str = " ", attr: str = "", mark: str = "") -> list[str | None]:
    page = "".join(
        KICKED.format(i=i, kicker=kicker.format(i=i), sep=sep, attr=attr.format(i=i)).replace(
            "</a>", "</a>" + mark
        )
        for i in range(3)
    )
    return [e.title for e in read(f"<div class='qx'>{page}</div>")]


def test_a_kicker_is_told_by_the_links_title_a_colon_or_a_line_break() -> None:
    headlines = [f"The headline of story {i}" for i in range(3)]
    # The link's title joins them as "kicker: headline".
    assert kicked("Topic number {i}", attr="Topic number {i}: The headline of story {i}") == headlines
    # The kicker ends with a colon, or a line break stands between them.
    assert kicked("Topic number {i}:") == headlines
    assert kicked("Topic number {i}", sep="<br>") == headlines
    # Also when the heading holds a mark beside its link ("Live").
    assert kicked("Topic number {i}:", mark="<div class='zl'><b>Live</b></div>") == headlines
    # Without any of these, the two runs are one headline as written.
    assert kicked("Topic number {i}") == [f"Topic number {i} The headline of story {i}" for i in range(3)]
    # A title that does not read "kicker: headline" says nothing of the runs.
    assert kicked("Topic number {i}", attr="Read story {i}") == [
        f"Topic number {i} The headline of story {i}" for i in range(3)
    ]


LABELLED = """<div class="zk"><a href="/story/{i}/"><h3 class="zq">The headline of story number {i}
{after}</h3></a><p class="zz">The teaser of the story, a sentence or two that tells what it is
about.</p></div>"""


def test_a_count_or_a_label_repeated_after_the_headlines_is_not_the_headline() -> None:
    label = "<span class='zt'>Blog post</span>"
    # A count is in parentheses: a bare number may end the headline ("This Week in Rust 570").
    after = [label, "<span class='zu'>(12)</span>", label, label, "<span class='zu'>(40+)</span>"]
    page = "".join(LABELLED.format(i=i, after=a) for i, a in enumerate(after))
    entries = read(f"<div class='qx'>{page}</div>")
    assert [e.title for e in entries] == [f"The headline of story number {i}" for i in range(5)]
    # Once on the page, a short run after the headline is part of it; so is a year.
    after = ["<em>in Paris</em>", "<span>2024</span>", "<em>at last</em>"]
    page = "".join(LABELLED.format(i=i, after=a) for i, a in enumerate(after))
    entries = read(f"<div class='qx'>{page}</div>")
    assert [e.title for e in entries] == [
        "The headline of story number 0 in Paris",
        "The headline of story number 1 2024",
        "The headline of story number 2 at last",
    ]


def test_an_icon_link_after_the_headlines_link_is_a_mark() -> None:
    card = """<article class="zk"><h2 class="zq"><a href="https://other.example/{i}">The headline of post
    number {i}</a> <a href="/2026/11/{day}/post-{i}/" rel="permalink"><i class="zi"
    aria-hidden="true"></i><span
    class="zs">Permalink</span></a></h2><p class="zz">The teaser of the post, a sentence or two that tells
    what it is about.</p></article>"""
    assert [e.title for e in read(cards(card))] == [f"The headline of post number {i}" for i in range(3)]


HEADED = """<div class="zk"><a href="/story/{i}/"><section class="zs"><header class="zh">{{head{i}}}</header>
<p>{{sub{i}}}</p><p class="zd">{day}.11.2026, 14:00 Uhr</p></section></a></div>"""


def test_a_header_in_a_card_wide_link_is_its_headline_however_short() -> None:
    heads = [
        '"Zunehmend sektenartig"',
        "Eine lange Überschrift der Geschichte mit vielen Wörtern",
        "Noch eine lange Überschrift mit vielen Wörtern darin",
        # A sentence a date reader takes for today ("… als hier"): too long for a date line.
        '"Sie haben da unten im Süden einfach ein ganz anderes Wertesystem als hier"',
    ]
    subs = [f"Der Untertitel der Geschichte Nummer {i}, ein Satz, der sagt, worum es geht" for i in range(4)]
    page = cards(HEADED, 4).format(
        **{f"head{i}": h for i, h in enumerate(heads)}, **{f"sub{i}": t for i, t in enumerate(subs)}
    )
    assert [e.title for e in read(page, "de")] == heads


# -- dates ---------------------------------------------------------------------------------------


def dated(meta: str, lang: str = "en") -> list[datetime | None]:
    card = """<div class="zk"><h2 class="zq"><a href="/story/{i}/">The headline of story number {i}</a></h2>
    <div class="zm">{meta}</div><p class="zz">The teaser of the story, a sentence or two that tells
    what it is about and why a reader would care.</p></div>"""
    page = "".join(card.format(i=i, meta=meta.format(i=i, day=20 + i)) for i in range(3))
    return [e.published for e in read(f"<div class='qx'>{page}</div>", lang)]


def test_a_date_lines_time_of_day_in_a_tooltip_is_the_days() -> None:
    meta = "Posted <a href='/story/{i}/' title='16:01'><span class='zd'>{day} November 2026</span></a>"
    assert dated(meta) == [datetime(2026, 11, 20 + i, 16, 1, tzinfo=UTC) for i in range(3)]


def test_of_two_times_side_by_side_the_first_in_time_is_the_publication() -> None:
    meta = (
        "<span class='za'><time datetime='2026-11-{day}T23:05:00+00:00'>{day}/11 23:05</time></span>"
        "<span class='zb'><time datetime='2026-11-{day}T19:39:00+00:00'>{day}/11 19:39</time></span>"
    )
    assert dated(meta) == [datetime(2026, 11, 20 + i, 19, 39, tzinfo=UTC) for i in range(3)]


def test_a_labelled_date_marked_published_reads_apart_from_its_label() -> None:
    # The label's run ends where the date's begins: "pubblicato:" and "30" are two words.
    meta = (
        "<li itemprop='datePublished'><span class='zs'>Articolo pubblicato:</span><i class='zi'></i>"
        "{day} ottobre 2026</li>"
    )
    assert [d.date() if d else None for d in dated(f"<ul class='zl'>{meta}</ul>", "it")] == [
        datetime(2026, 10, 20 + i).date() for i in range(3)
    ]


def test_the_one_date_shown_in_an_hatom_updated_element_is_the_posts() -> None:
    # hAtom's class "updated" beside a class that says nothing: the one date a reader sees.
    meta = "<span class='zd updated'>{day} noviembre, 2026 | <span class='vcard author'>Lorena</span></span>"
    assert [d.date() if d else None for d in dated(meta, "es")] == [
        datetime(2026, 11, 20 + i).date() for i in range(3)
    ]
    # Labelled as an update, it is not.
    assert dated("<span class='zd updated'>Updated {day} November 2026</span>") == [None] * 3


# -- bylines -------------------------------------------------------------------------------------


def authors(card: str) -> list[str | None]:
    return [e.author for e in read(cards(card))]


def test_a_name_in_one_element_with_the_date_line_is_the_author() -> None:
    card = """<a href="/story/{i}/" class="zl"><article><div class="zt">
    <h4>The headline of story number {i}</h4>
    <div class="zm">{{name{i}}} | Nov {day}, 2026</div><p class="zz">The teaser of the story, a sentence
    or two that tells what it is about.</p></div></article></a>"""
    # The names differ from card to card: one text on every card's line may be a section's.
    names = ["Kody Kester", "Ana Lima", "Kody Kester"]
    page = cards(card).format(**{f"name{i}": n for i, n in enumerate(names)})
    assert [e.author for e in read(page)] == names


def test_a_profile_link_showing_one_word_names_its_user() -> None:
    names = ["魔王哪吒", "jingda", "lzg9527"]
    card = """<div class="zk"><ul class="zm"><li class="zn"><a href="/user/14510{i}">{{name{i}}}</a></li>
    <li class="zn">3 days ago</li></ul>
    <h3 class="zq"><a href="/post/{i}">The headline of story number {i}</a></h3>
    <p class="zz">The teaser of the story, a sentence or two that tells what it is about.</p></div>"""
    page = cards(card).format(**{f"name{i}": n for i, n in enumerate(names)})
    assert [e.author for e in read(page)] == names
    # A "more" link to the profile names nobody.
    page = cards(card).format(**{f"name{i}": "more" for i in range(3)})
    assert [e.author for e in read(page)] == [None] * 3


def test_a_name_alone_in_the_cards_footer_is_the_author() -> None:
    card = """<article class="zk">
    <h3 class="zq"><a href="/story/{i}/">The headline of story number {i}</a></h3>
    <p class="zz">The teaser of the story, a sentence or two that tells what it is about.</p>
    <footer class="zf"><ul><li><span class="zg">{{name{i}}}</span></li></ul></footer></article>"""
    page = cards(card).format(name0="Rouven Chlebna", name1="4 Min", name2="Read More")
    assert [e.author for e in read(page)] == ["Rouven Chlebna", None, None]


def test_a_name_after_an_avatar_is_the_author() -> None:
    card = """<div class="zk"><h2 class="zq"><a href="/story/{i}/">The headline of story number {i}</a></h2>
    <p class="zz">The teaser of the story, a sentence or two that tells what it is about.</p>
    <div class="zv"><img alt="" src="https://img.example/avatar/3f{i}?s=128" width="128" height="128">
    <p>{{name{i}}}</p></div></div>"""
    # A user's one-word name too, under a picture its address calls an avatar.
    page = cards(card).format(name0="Michelle Weber", name1="artpi", name2="Eric")
    assert [e.author for e in read(page)] == ["Michelle Weber", "artpi", "Eric"]
    # Under any other picture, the line is no byline.
    assert [e.author for e in read(page.replace("/avatar/", "/photos/"))] == [None, None, None]


def test_a_pictures_file_name_in_its_alt_names_nobody() -> None:
    card = """<div class="zk"><h2 class="zq"><a href="/post/{i}/">The headline of post number {i}</a></h2>
    <dl class="zc"><dt><img src="/img/{i}.jpg" alt="{{alt{i}}}" width="300" height="200"></dt>
    <dd class="zd">{{alt{i}}}</dd></dl>
    <p class="zz">The teaser of the post, a sentence or two that tells what it is about.</p></div>"""
    page = cards(card).format(alt0="Disfraces_medievales", alt1="Vestido_novia", alt2="Boda_2")
    assert [e.author for e in read(page)] == [None, None, None]


# -- what the rules above must not take (review of listing16) ------------------------------------


def _both(card: str, lang: str = "en") -> list[tuple[RawEntry, ...]]:
    return [read(cards(card, n), lang) for n in (3, 6)]


def test_a_section_label_in_a_card_wide_links_header_is_not_the_headline() -> None:
    card = """<div class="zk"><a href="/s/{i}/"><section><header>Middle East</header><p>The real headline
    of story number {i} is a longer sentence</p><p>20.11.2026</p></section></a></div>"""
    for entries in _both(card):
        assert [e.title for e in entries] == [
            f"The real headline of story number {i} is a longer sentence" for i in range(len(entries))
        ]


def test_a_time_in_the_teasers_prose_is_not_the_cards_date() -> None:
    card = """<div class="zk"><h2 class="zq"><a href="/story/{i}/">The headline of story number {i}</a></h2>
    <div class="zm"><time datetime="2026-11-20T10:00Z">Nov 20</time></div><p class="zz">The council
    recalled the vote of <time datetime="2019-05-10">May 10, 2019</time> when it met again this week to
    talk about it.</p></div>"""
    for entries in _both(card):
        assert [e.published for e in entries] == [datetime(2026, 11, 20, 10, 0, tzinfo=UTC)] * len(entries)


def test_a_number_ending_a_headline_is_part_of_it() -> None:
    for tail in ("<span>57{i}</span>", "<code>3.1{i}</code>"):
        card = f"""<div class="zk"><h2 class="zq"><a href="/story/{{i}}/">This Week in Rust {tail}</a></h2>
        <p class="zz">The teaser of the story, a sentence or two that tells what it is about.</p></div>"""
        for entries in _both(card):
            assert [e.title for e in entries] == [
                f"This Week in Rust {tail.format(i=i).split('>')[1].split('<')[0]}"
                for i in range(len(entries))
            ]


def test_a_word_in_emphasis_ending_many_headlines_is_not_a_label() -> None:
    card = """<div class="zk"><h2 class="zq"><a href="/story/{i}/">Protests continue for day {i} in
    <em>Paris</em></a></h2><p class="zz">The teaser of the story, a sentence or two that tells what it is
    about.</p></div>"""
    for entries in _both(card):
        assert [e.title for e in entries] == [
            f"Protests continue for day {i} in Paris" for i in range(len(entries))
        ]


def test_a_section_name_on_every_cards_date_line_is_not_the_author() -> None:
    card = """<div class="zk"><h4 class="zq"><a href="/story/{i}/">The headline of story number {i}</a></h4>
    <div class="zm">Climate Change | Nov 20, 2026</div><p class="zz">The teaser of the story, a sentence
    or two that tells what it is about.</p></div>"""
    for entries in _both(card):
        assert [e.author for e in entries] == [None] * len(entries)


def test_a_line_break_or_a_colon_before_a_longer_run_is_no_kicker() -> None:
    for head, title in (
        (
            "<span>How we rebuilt story {i}</span><br><span>from scratch in a week</span>",
            "How we rebuilt story {i} from scratch in a week",
        ),
        ("<code>asyncio</code>: <span>a tutorial on story {i}</span>", "asyncio: a tutorial on story {i}"),
    ):
        card = f"""<div class="zk"><h2 class="zq"><a href="/story/{{i}}/">{head}</a></h2>
        <p class="zz">The teaser of the story, a sentence or two that tells what it is about.</p></div>"""
        for entries in _both(card):
            assert [e.title for e in entries] == [title.format(i=i) for i in range(len(entries))]


def test_a_links_explicit_label_comes_before_its_runs() -> None:
    card = """<div class="zk"><a href="/story/{i}/" aria-label="The headline of story number
    {i} in full"><span>Topic {i}:</span> <span>The headline of story {i}</span></a>
    <p class="zz">The teaser of the story, a sentence or two that tells what it is about.</p></div>"""
    for entries in _both(card):
        assert [e.title for e in entries] == [
            f"The headline of story number {i} in full" for i in range(len(entries))
        ]
