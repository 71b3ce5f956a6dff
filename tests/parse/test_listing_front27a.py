"""Rules of branch front27a: a portal front's section modules named by a label that is no
heading element (a ``<div class="title">``, a ``<span>`` beside "More ›" / "更多>") join the list
as headed ones do; the hidden panels of a tab set the list is in join it too."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document
from aggregator.parse.listing._module_labels import MORE_LINK

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)

LEAD = [
    "Parliament passes the budget after a night of debate",
    "Storm closes schools across the northern valleys",
    "Central bank holds rates as inflation slows again",
    "Rail strike ends after a deal on wages is reached",
    "Museum returns stolen paintings to their owners",
    "City council approves new cycling lanes downtown",
]
SECTIONS = {
    "Politics": [
        "Minister resigns over a leaked memo on housing",
        "Coalition talks stall over the new energy bill",
        "Mayor wins the recount by fewer than forty votes",
    ],
    "Sport": [
        "Local club reaches the cup final for the first time",
        "Marathon record falls on a cold morning by the river",
        "Coach signs a new three-year deal with the club",
    ],
    "Culture": [
        "Opera house reopens after five years of repairs",
        "Young novelist wins the national book award",
        "Film festival announces its line-up for the spring",
    ],
    "Science": [
        "Bright comet seen from the hills above the town",
        "New frog species found in the southern rainforest",
        "University lab starts trials of a new flu vaccine",
    ],
}


def titles(body: str, url: str = "https://news.example/") -> set[str | None]:
    page = f"<html lang='en'><head><title>Home</title></head><body>{body}</body></html>"
    found = parse_document(page.encode(), url=url, source_type="html", timezone="UTC", now=NOW).entries
    return {e.title for e in found}


def _lead() -> str:
    cards = "".join(
        f"<article class='story'><h2><a href='/news/2026/12/0{i % 5 + 1}/lead-{i}'>{t}</a></h2>"
        f"<p>{t}, and what it means for the weeks ahead in the region and beyond.</p></article>"
        for i, t in enumerate(LEAD)
    )
    return f"<main><div class='top'>{cards}</div></main>"


def _items(name: str, ts: list[str]) -> str:
    slug = name.lower()
    return "".join(
        f"<li class='teaser'><a href='/{slug}/2026/12/05/story-{i}'>{t}</a></li>" for i, t in enumerate(ts)
    )


def _front(modules: str) -> str:
    return f"<div class='page'>{_lead()}<div class='sections'><span>More news</span>{modules}</div></div>"


def _section_titles() -> set[str]:
    return {t for ts in SECTIONS.values() for t in ts}


def test_modules_named_by_a_title_class_join_the_list() -> None:
    modules = "".join(
        f"<div class='mod'><div class='mod-title'>{n}</div><ul class='teasers'>{_items(n, ts)}</ul></div>"
        for n, ts in SECTIONS.items()
    )
    assert _section_titles() <= titles(_front(modules))


def test_modules_named_beside_a_more_link_in_a_div_header_join_the_list() -> None:
    modules = "".join(
        f"<div class='mod'><div class='mod-hd'><strong>{n}</strong>"
        f"<a class='go' href='/{n.lower()}/'>More ›</a></div><ul class='teasers'>{_items(n, ts)}</ul></div>"
        for n, ts in SECTIONS.items()
    )
    assert _section_titles() <= titles(_front(modules))


def test_modules_without_a_label_stay_out() -> None:
    modules = "".join(
        f"<div class='mod'><div class='mod-bar'><strong>{n}</strong></div>"
        f"<ul class='teasers'>{_items(n, ts)}</ul></div>"
        for n, ts in SECTIONS.items()
    )
    assert not _section_titles() & titles(_front(modules))


def test_more_links_in_several_languages() -> None:
    for text in ("More ›", "更多>>", "更多&gt;", "Mehr", "Plus", "もっと見る", "더보기", "Ещё", "Ver más"):
        assert MORE_LINK.match(text.replace("&gt;", ">")), text
    assert not MORE_LINK.match("More rain expected on Sunday")


def _tabbed_front(hidden: str) -> str:
    # Three headed section modules beside the lead list, the last a tab box ("Culture |
    # Science") whose second panel is hidden until its tab is clicked.
    def module(name: str, panels: str) -> str:
        return f"<div class='ressort'><h3><a href='/{name.lower()}/'>{name}</a></h3>{panels}</div>"

    def panel(name: str, state: str = "") -> str:
        return f"<div class='panel{state}'><ul class='teasers'>{_items(name, SECTIONS[name])}</ul></div>"

    tabs = "<div class='tabs'><b>Culture</b><b>Science</b></div>"
    modules = (
        module("Politics", panel("Politics"))
        + module("Sport", panel("Sport"))
        + module("Culture", tabs + panel("Culture") + panel("Science", hidden))
    )
    return _front(modules)


def test_a_tab_sets_hidden_panels_join_the_list_with_the_shown_one() -> None:
    found = titles(_tabbed_front(" hidden"))
    assert set(SECTIONS["Culture"]) <= found
    assert set(SECTIONS["Science"]) <= found


def test_hidden_boxes_of_another_markup_beside_the_list_stay_out() -> None:
    shown = f"<div class='panel'><ul>{_items('Politics', SECTIONS['Politics'])}</ul></div>"
    other = f"<div class='promo hidden'><ul>{_items('Sport', SECTIONS['Sport'])}</ul></div>"
    found = titles(f"<div class='page'><div class='box'>{shown}{other}</div></div>")
    assert set(SECTIONS["Politics"]) <= found
    assert not set(SECTIONS["Sport"]) & found


def test_widgets_named_by_a_title_class_in_a_sidebar_stay_out() -> None:
    # A forum's sidebar of widgets, each under its <span class="blocktitle">: no front's sections.
    widgets = "".join(
        f"<li><div class='block'><div class='blocksubhead'><span class='blocktitle'>{n}</span></div>"
        f"<ul class='teasers'>{_items(n, ts)}</ul></div></li>"
        for n, ts in SECTIONS.items()
    )
    page = (
        f"<div class='page'>{_lead()}<div id='sidebar_container'><ul id='sidebar'>{widgets}</ul></div></div>"
    )
    assert not _section_titles() & titles(page)
