"""parse/article.py: rules written from the article corpus's dev pages on branch article17:
a Chinese byline's "文｜" label and the outlet written before its names, and a short headline
the <title> writes whole beside a declared one with a platform's name after it (that one in
tests/parse/test_article_title.py)."""

from __future__ import annotations

from _article import page

from aggregator.parse.article import read_article

URL_ZH = "https://www.example.com/2023-09-26/102112537.html"
HEADLINE_ZH = "途虎养车港交所挂牌 腾讯为最大外部股东"


def _authors(body: str) -> list[str]:
    body_bytes = page(body=body, lang="zh", title=HEADLINE_ZH)
    article = read_article(body_bytes, url=URL_ZH, timezone="Asia/Shanghai")
    return list(article.authors)  # type: ignore[attr-defined]


def test_a_chinese_byline_s_text_label_is_no_part_of_the_name() -> None:
    # "文｜" (text:) before the name, as "By" before a Latin one.
    body = f"<article><h1>{HEADLINE_ZH}</h1><div class='top-author'>文｜余聪</div><p>正文。</p></article>"
    assert _authors(body) == ["余聪"]


def test_the_outlet_a_chinese_byline_names_before_the_author_is_the_source_line_s() -> None:
    # "文｜财新 余聪": the page's source line says the story is 财新网's, so 财新 is the outlet.
    body = (
        f"<article><h1>{HEADLINE_ZH}</h1>"
        "<div class='meta'>2023-09-26 17:22 来源：<a href='/'>财新网</a></div>"
        "<div class='top-author'>文｜财新 余聪</div><p>正文。</p></article>"
    )
    assert _authors(body) == ["余聪"]


def test_a_name_s_given_and_family_parts_marked_apart_are_one_name() -> None:
    # The given names and the surname in spans of their own, nothing between them: one name,
    # not the given names alone (a capital after a dot reads as a new line's start).
    body = (
        "<article><h1>Late Pleistocene population bottlenecks and volcanic winter</h1>"
        "<div class='author-group'><a class='author' href='#!'><span class='text given-name'>Jane Q.</span>"
        "<span class='text surname'>Public</span></a></div><p>Abstract.</p></article>"
    )
    article = read_article(page(body=body, lang="en", title="Late Pleistocene"), url="https://example.org/a")
    assert list(article.authors) == ["Jane Q. Public"]  # type: ignore[attr-defined]
