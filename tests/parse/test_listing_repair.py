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


POSTS = """<html><body><main id=content>
<article class=post><header><div class=meta-head><h2><a href="/one">One</a></h2></header>
<p>First post.</p><footer><time datetime="2026-11-02">2 Nov</time></footer></article>
<article class=post><header><div class=meta-head><h2><a href="/two">Two</a></h2></header>
<p>Second post.</p><footer><time datetime="2026-11-01">1 Nov</time></footer></article>
<article class=post><header><div class=meta-head><h2><a href="/three">Three</a></h2></header>
<p>Third post.</p><blockquote><article><h3>A quoted post</h3></article></blockquote></article>
</main></body></html>"""


def test_a_post_read_inside_the_header_of_the_post_before_follows_it() -> None:
    # Each header's <div class=meta-head> is never closed: libxml2 ignores </header> and
    # </article>, a browser closes the <div> at </header>.
    doc = read_document(POSTS)
    posts = doc.xpath("//article[@class='post']")
    assert [p.getparent().get("id") for p in posts] == ["content", "content", "content"]
    assert [p.xpath("string(.//h2)") for p in posts] == ["One", "Two", "Three"]
    assert [p.xpath("string(.//time/@datetime)") for p in posts] == ["2026-11-02", "2026-11-01", ""]


def test_a_post_quoted_in_a_post_body_stays_inside_it() -> None:
    doc = read_document(POSTS.replace("<div class=meta-head>", ""))
    quoted = doc.xpath("//blockquote/article")
    assert len(quoted) == 1 and quoted[0].xpath("ancestor::article/@class") == ["post"]


def test_a_heading_written_empty_before_a_paragraph_is_not_mended() -> None:
    # <h4></h4><p> is an empty subtitle and a teaser; <h2><p>…</p></h2> a headline libxml2 split,
    # also when its start tag runs over two lines.
    doc = read_document(
        "<div><h2 class=t><p>Split headline</p></h2><h4 class=sub></h4><p>A teaser.</p>\n"
        '<h3\nclass="t"><p>Another headline</p></h3><h5></h5>\n<p>Teaser two.</p></div>'
    )
    assert [h.text_content() for h in doc.iter("h2", "h3", "h4", "h5")] == [
        "Split headline",
        "",
        "Another headline",
        "",
    ]
