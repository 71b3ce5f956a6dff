"""A class of a CSS framework's layout is no kind of item: Bootstrap's media object ("media")
writes a forum's topics ("topic media") and the groups of its node navigation ("node media")
alike; the groups are not teasers of the list's kind (issue 12; the dev page showing it:
testerhome_topics_zh)."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
TOPICS = [
    "How do you keep integration tests from flaking on CI?",
    "Measuring coverage of API tests: what counts as covered",
    "Load testing a payment service without hitting the bank",
    "Our move from Selenium to Playwright, six months on",
]
GROUPS = [("Automation", ["Appium", "Selenium"]), ("Performance", ["JMeter", "Locust"]), ("Jobs", ["Hiring"])]


def test_groups_sharing_only_a_layout_class_with_the_list_are_not_of_it() -> None:
    topics = "".join(
        f"<div class='topic media'><div class='avatar media-left'><a href='/u{i}'><img src='/a.png'></a>"
        "</div><div class='infos media-body'><div class='title media-heading'>"
        f"<a href='/topics/250{i}'>{t}</a></div>"
        f"<div class='info'><a class='user-name' href='/u{i}'>user{i}</a> • 2{i}.11.2026</div></div></div>"
        for i, t in enumerate(TOPICS)
    )
    groups = "".join(
        f"<div class='node media'><label class='media-left'>{name}</label><span class='nodes media-body'>"
        + "".join(f"<span class='name'><a href='/topics/node{len(n)}{n}'>{n}</a></span> " for n in nodes)
        + "</span></div>"
        for name, nodes in GROUPS
    )
    page = (
        "<html lang='en'><head><title>Community</title></head><body><div class='container'>"
        f"<div class='row'><div class='col-md-9'><div class='panel-body item-list'>{topics}</div></div>"
        f"<div class='col-md-3'><div class='panel-body'><div class='row node-list'>{groups}</div></div></div>"
        "</div></div></body></html>"
    )
    entries = parse_document(
        page.encode(), url="https://forum.example/topics/last", source_type="html", timezone="UTC", now=NOW
    ).entries
    assert [e.link for e in entries] == [f"https://forum.example/topics/250{i}" for i in range(len(TOPICS))]
