"""Rule of branch front26: a front page's section blocks of a component other than the chosen
list's (each headed by a short heading naming its section, a few teasers under it) join the
list; a blog stream's repeated small blocks (each post's links, a day's posts) and blocks with
no section heading of their own do not."""

from __future__ import annotations

from datetime import UTC, datetime

from _headlines import HEADLINES

from aggregator.parse import parse_document

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)

LEAD = HEADLINES
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
TOPICS = ["budgets", "storms", "banks", "rail", "museums", "cycling"]


def entries(body: str, url: str = "https://news.example/") -> list[tuple[str | None, str | None]]:
    page = f"<html lang='en'><head><title>Home</title></head><body>{body}</body></html>"
    found = parse_document(page.encode(), url=url, source_type="html", timezone="UTC", now=NOW).entries
    return [(e.link, e.title) for e in found]


def _lead() -> str:
    cards = "".join(
        f"<article class='story'><h2><a href='/news/2026/12/0{i % 5 + 1}/lead-{i}'>{t}</a></h2>"
        f"<p>{t}, and what it means for the weeks ahead in the region and beyond.</p></article>"
        for i, t in enumerate(LEAD)
    )
    return f"<main><div class='top'>{cards}</div></main>"


def _section(name: str, titles: list[str], heading: bool = True) -> str:
    slug = name.lower().replace(" ", "-")
    head = f"<h3><a href='/{slug}/'>{name}</a></h3>" if heading else ""
    items = "".join(
        f"<li class='teaser'><a href='/{slug}/2026/12/05/story-{i}'>{t}</a></li>"
        for i, t in enumerate(titles)
    )
    return f"<div class='ressort'>{head}<ul class='teasers'>{items}</ul></div>"


def _front(blocks: str) -> str:
    # The lead stories undated: beside a dated list, blocks of bare headlines are boxes of
    # another kind ("Top news", "New downloads"; test_listing_side_boxes).
    return f"<div class='page'>{_lead()}<div class='sections'><span>More news</span>{blocks}</div></div>"


def test_a_fronts_headed_section_blocks_join_the_list() -> None:
    found = entries(_front("".join(_section(n, ts) for n, ts in SECTIONS.items())))
    titles = {title for _, title in found}
    assert set(LEAD) <= titles
    assert {t for ts in SECTIONS.values() for t in ts} <= titles


def test_blocks_without_a_section_heading_stay_out() -> None:
    found = entries(_front("".join(_section(n, ts, heading=False) for n, ts in SECTIONS.items())))
    assert {title for _, title in found} == set(LEAD)


def test_a_streams_posts_parts_are_no_sections() -> None:
    # Each post of a blog stream ends with a short heading of its own and three links: blocks
    # of one component under short, different headings, but parts of the list's own posts.
    posts = "".join(
        f"<article class='post'><h2><a href='/2026/12/0{i + 1}/post-{i}'>{lead}</a></h2>"
        f"<time datetime='2026-12-0{i + 1}T08:00:00Z'>Dec {i + 1}</time>"
        f"<p>{lead}, and a few more words about the day and what came of it.</p>"
        + _section(f"More on {topic}", list(SECTIONS.values())[i % len(SECTIONS)])
        + "</article>"
        for i, (lead, topic) in enumerate(zip(LEAD, TOPICS, strict=True))
    )
    found = entries(f"<main><div class='stream'>{posts}</div></main>", url="https://blog.example/")
    assert {title for _, title in found} == set(LEAD)
