"""A list item left open by a <div> unclosed inside its link (dev/time_front_en: every later
teaser and section nested inside the first teaser) is read as a browser reads it."""

from __future__ import annotations

from aggregator.parse.listing._document import read_document

PAGE = """<html><body><main>
<section class=block><h2>You should know</h2><ul>
<li class=item><a href="/a"><div class=image><h3>First story</h3></div></a></li>
<li class=item><a href="/b"><div class=image><h3>Second story</h3></div></a></li>
<li class=item><a href="/c"><div class=image><h3>Third story</h3></div></a></li>
</ul></section>
</main></body></html>"""


def test_an_item_opened_inside_another_item_is_its_next_sibling() -> None:
    # The <div class=image> of each item is never closed: libxml2 ignores </a> and </li>.
    doc = read_document(PAGE.replace("</div></a></li>", "</a></li>"))
    items = doc.xpath("//li")
    assert [len(li.xpath("ancestor::li")) for li in items] == [0, 0, 0]
    assert [li.getparent().tag for li in items] == ["ul", "ul", "ul"]
    assert [li.xpath("string(.//h3)") for li in items] == ["First story", "Second story", "Third story"]


def test_nested_lists_stay_nested() -> None:
    doc = read_document("<ul><li><a href=/a>A</a><ul><li><a href=/b>B</a></li></ul></li></ul>")
    assert [len(li.xpath("ancestor::li")) for li in doc.xpath("//li")] == [0, 1]
