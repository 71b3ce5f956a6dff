"""A label with its colon before a heading's one link (met on a vBulletin board of the development
corpus: ``<h3><span class=prefix>Sticky:</span> <a class=title>Rules</a></h3>``): the label
is no word of the headline, however short the headline is. A kicker stayed the headline's when
it had as many words as the headline after it, a caution meant for a headline set in two lines
("<span>How we rebuilt it</span><br><span>from scratch</span>"), which has no link apart and
no colon."""

from __future__ import annotations

from datetime import UTC, datetime

from aggregator.parse import parse_document

NOW = datetime(2016, 3, 19, 12, 0, tzinfo=UTC)

ROW = """<li class="r1"><h3 class="r2">{label}<a class="r3" href="/board/{n}-thread.html">{title}</a></h3>
<div class="r4">Started by <a href="/members/{n}.html">user{n}</a>, 02-06-2015 11:11 AM</div>
<ul class="r5"><li>Replies: {n}</li><li>Views: 1{n}0</li></ul></li>"""


def _titles(rows: list[tuple[str, str]]) -> list[str | None]:
    body = "".join(ROW.format(n=i, label=label, title=title) for i, (label, title) in enumerate(rows))
    page = f"<html lang='en'><head><title>Board</title></head><body><ol>{body}</ol></body></html>"
    parsed = parse_document(
        page.encode(), url="https://forum.example/board/", source_type="html", timezone="UTC", now=NOW
    )
    return [e.title for e in parsed.entries]


def test_a_label_with_its_colon_outside_the_link_is_no_part_of_the_headline() -> None:
    rows = [
        ('<span class="r6">Sticky: </span>', "Rules"),
        ('<span class="r6">Poll: </span>', "Favourite engine"),
        ("", "Youtube awesomeness"),
        ("", "Post your ride"),
    ]
    assert _titles(rows) == ["Rules", "Favourite engine", "Youtube awesomeness", "Post your ride"]


def test_a_first_line_without_colon_stays_the_headlines() -> None:
    rows = [
        ('<span class="r6">Rebuilt</span> ', "Engine"),
        ("", "Youtube awesomeness"),
        ("", "Post your ride"),
    ]
    assert _titles(rows) == ["Rebuilt Engine", "Youtube awesomeness", "Post your ride"]


def test_a_label_of_more_words_than_a_prefix_stays_before_a_short_link() -> None:
    # Three words before the colon are the headline's topic, not a thread's prefix: the link
    # no longer than it is read with it, as before ("Champions League final: Real win").
    rows = [
        ('<span class="r6">Champions League final: </span>', "Real win"),
        ('<span class="r6">Sticky: </span>', "Rules"),
        ("", "Post your ride"),
    ]
    assert _titles(rows) == ["Champions League final: Real win", "Rules", "Post your ride"]
