"""Rules of branch fronts, from a real news front of section blocks (each a lead teaser, its
standfirst, and a list of more headlines under it): the list of related headlines that
follows the lead's block inside a section's block, or follows a teaser joined as a block of
its own, holds the section's other stories; a post's row of tags right after its title
does not."""

from __future__ import annotations

from datetime import UTC, datetime

import lxml.html

from aggregator.parse import parse_document
from aggregator.parse.listing._detect import _component_carriers
from aggregator.parse.listing._document import Context
from aggregator.parse.listing._fields import heuristic_item

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
BASE = "https://www.example.com.au/"
SECTIONS = ["Queensland", "Victoria", "Tasmania", "Business"]


def links(body: str) -> list[str | None]:
    page = f"<html lang='en'><head><title>Home</title></head><body><main>{body}</main></body></html>"
    found = parse_document(page.encode(), url=BASE, source_type="html", timezone="UTC", now=NOW).entries
    return [e.link for e in found]


def lead(n: int, name: str) -> str:
    path = f"/{name.lower()}/2026/12/0{n}"
    return (
        f"<div class='story-block'><h4><a href='{path}/lead-story-of-the-day-in-{name.lower()}'>"
        f"Lead story of the day in {name}</a></h4>"
        f"<p class='standfirst'>A long standfirst sentence about what happened in {name} this week.</p></div>"
    )


def related(n: int, name: str) -> str:
    path = f"/{name.lower()}/2026/12/0{n}"
    rows = "".join(
        f"<li class='story'><a href='{path}/follow-up-story-number-{k}-{name.lower()}'>"
        f" Follow-up story number {k} in {name} </a></li>"
        for k in range(1, 4)
    )
    return f"<ul class='related'>{rows}</ul>"


def test_the_headlines_after_a_sections_lead_block_are_entries() -> None:
    blocks = "".join(
        f"<div class='ci'><div class='ci-header'><h3><a href='/{name.lower()}/'>{name}</a></h3></div>"
        f"<div class='ci-content'>{lead(n, name)}{related(n, name)}</div></div>"
        for n, name in enumerate(SECTIONS, 1)
    )
    found = links(blocks)
    assert len(found) == 16
    assert f"{BASE}tasmania/2026/12/03/follow-up-story-number-2-tasmania" in found


def test_a_posts_row_of_tags_after_its_title_is_no_entry() -> None:
    posts = "".join(
        f"<li class='item'><article class='post'><h2><a href='/post/{n}00123/'>"
        f"A post about things number {n}</a></h2>"
        f"<ul class='hubs'><li><a href='/ru/hub/security/'>Information security today</a></li>"
        f"<li><a href='/ru/hub/mobile_dev/'>Mobile development for all</a></li></ul>"
        f"<p>Some text of the post number {n} that goes on for a while.</p></article></li>"
        for n in range(1, 5)
    )
    assert links(f"<ul class='posts'>{posts}</ul>") == [f"{BASE}post/{n}00123/" for n in range(1, 5)]


def test_teasers_joined_as_blocks_of_their_own_carry_their_lists() -> None:
    # Each lead joined as a group of its own (a front's blocks): two of one component carry
    # a list after them, so both lists are entries; one alone carries none.
    html = "".join(
        f"<div class='ci-content'>{lead(n, name)}{related(n, name)}</div>"
        for n, name in enumerate(SECTIONS[:2], 1)
    )
    root = lxml.html.fromstring(f"<div>{html}</div>")
    ctx = Context(base=BASE, timezone="UTC", now=NOW, day_first=True, lang="en")
    teasers = root.xpath("//div[@class='story-block']")
    groups = [([t], [heuristic_item(t, ctx)]) for t in teasers]
    assert _component_carriers(groups, ctx) == set(teasers)
    assert _component_carriers(groups[:1], ctx) == set()
