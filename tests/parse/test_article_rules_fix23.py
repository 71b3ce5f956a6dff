"""parse/article.py: article14's rules narrowed (review 23): an undeclared language's month
name only beside a day or a year, the Arabic regional months on Arabic pages only, a
"published" label only before ":" or the date, Chinese bylines' roles and outlets, the site's
unit, a declared headline's trailing name, a UTF-8 page's stray Latin-1 bytes."""

from __future__ import annotations

from datetime import UTC, datetime

from _article import jsonld, page

from aggregator.parse.article import read_article
from aggregator.parse.listing import decode_html

P = "<p>" + "Lorem ipsum dolor sit amet, consectetur adipiscing elit. " * 6 + "</p>"
DE_URL = "https://www.example.de/stadt/stadtrat-haushalt-123"


def _published(body: str, lang: str, url: str = DE_URL, tz: str = "UTC") -> datetime | None:
    return read_article(page(body=body, lang=lang, title="Tab"), url=url, timezone=tz).published


def test_a_name_like_a_month_in_a_byline_brings_no_language() -> None:
    # "Kasım" is Turkish for November: a byline's name, not beside a day or a year.
    line = "Von Kasım Yılmaz, Freitag, 5. März 2021 um 14:05"
    body = f'<article><h1>Stadtrat beschließt</h1><div class="byline">{line}</div>{P}</article>'
    got = _published(body, "", tz="Europe/Berlin")
    assert got == datetime(2021, 3, 5, 13, 5, tzinfo=UTC)


def test_a_month_of_an_undeclared_language_beside_a_day_is_still_read() -> None:
    body = f'<article><h1>Rada miasta</h1><div class="date">11 maja 2021, 11:49</div>{P}</article>'
    got = _published(body, "", url="https://www.example.pl/rada-budzet-123")
    assert got == datetime(2021, 5, 11, 11, 49, tzinfo=UTC)


def test_a_persian_page_s_month_is_not_rewritten_as_arabic_regional() -> None:
    # "اوت" is August in Persian too; the Maghreb's rewrite is for Arabic pages only.
    body = f'<article><h1>سفر وزیر خارجه</h1><div class="date">23 اوت 2023 - 14:05</div>{P}</article>'
    got = _published(body, "fa", url="https://www.example.com/persian/world-66594")
    assert got is not None and got.date() == datetime(2023, 8, 23).date()


def test_a_book_s_published_line_in_a_list_is_not_the_article_s() -> None:
    body = (
        '<article><h1>A quiet, devastating novel</h1><div class="byline">'
        '<a href="/author/jane-doe">Jane Doe</a>, March 3, 2021</div>'
        f"<ul><li>Published: 12 May 2020 by Faber</li><li>320 pages</li></ul>{P}</article>"
    )
    got = _published(body, "en", url="https://www.example.com/books/quiet-devastating-novel")
    assert got is not None and got.date() == datetime(2021, 3, 3).date()


def test_published_in_a_journal_is_no_label() -> None:
    body = (
        '<article><h1>Gut bacteria linked to mood</h1><div class="byline">By Jane Doe, March 3, 2021</div>'
        f"{P}<p>Published in Nature Microbiology, 12 January 2021.</p></article>"
    )
    got = _published(body, "en", url="https://www.example.com/science/gut-bacteria-mood")
    assert got is not None and got.date() == datetime(2021, 3, 3).date()


ZH_URL = "https://www.example.cn/n1/2021/0305/c1001-32043.html"


def _zh_authors(line: str) -> list[str]:
    body = (
        '<div class="main"><h1>国务院常务会议部署稳就业工作</h1>'
        '<div class="info"><span>2021-03-05 10:30</span>'
        f"<span>来源：人民日报</span></div><p>{line}</p><p>{'会议指出，要实施好就业优先政策。' * 8}</p></div>"
    )
    return list(read_article(page(body=body, lang="zh-CN"), url=ZH_URL, timezone="Asia/Shanghai").authors)


def test_a_chinese_byline_s_names_end_at_a_place_s_report() -> None:
    assert _zh_authors("本报记者 张三 北京报道") == ["张三"]
    assert _zh_authors("本报记者 张三 报道") == ["张三"]


def test_a_chinese_byline_s_roles_introduce_more_names() -> None:
    assert _zh_authors("本报记者 王五 通讯员 赵六") == ["王五", "赵六"]
    assert _zh_authors("记者 张三 实习生 李四") == ["张三", "李四"]


def test_a_photo_credit_and_an_agency_are_no_chinese_authors() -> None:
    assert _zh_authors("新华社记者李四摄") == []
    assert _zh_authors("作者：新华社") == []


def test_a_person_named_like_the_site_stays_an_author() -> None:
    head = (
        jsonld(
            {
                "@type": "Article",
                "headline": "The best summer dresses",
                "author": [{"@type": "Person", "name": "Elle Hunt"}, {"@type": "Person", "name": "Jane Doe"}],
            }
        )
        + '<meta property="og:site_name" content="ELLE">'
    )
    body = f"<article><h1>The best summer dresses</h1>{P}</article>"
    url = "https://www.elle.com/fashion/best-summer-dresses"
    assert list(read_article(page(head, body, lang="en"), url=url).authors) == ["Elle Hunt", "Jane Doe"]


def _title(og_title: str, h1: str, url: str) -> str | None:
    head = f'<meta property="og:title" content="{og_title}">'
    return read_article(page(head, f"<article><h1>{h1}</h1>{P}</article>", lang="en"), url=url).title


def test_a_series_guest_after_a_colon_stays_in_the_headline() -> None:
    url = "https://www.example.com/culture/the-big-interview-98765"
    got = _title("The Big Interview: Cate Blanchett", "The Big Interview", url)
    assert got == "The Big Interview: Cate Blanchett"


def test_a_review_s_last_word_stays_in_the_headline() -> None:
    url = "https://www.example.com/reviews/sony-wh-1000xm5"
    assert _title("Sony WH-1000XM5 Review", "Sony WH-1000XM5", url) == "Sony WH-1000XM5 Review"


def test_latin1_bytes_in_a_utf8_page_read_as_windows_1252() -> None:
    nav = "<nav>" + " ".join(["Börse", "Fußball", "Rätsel", "Über uns", "Größe", "Küche"] * 6) + "</nav>"
    html = f'<html><head><meta charset="utf-8"><title>TITLE</title></head><body>{nav}</body></html>'
    body = html.encode("utf-8").replace(b"TITLE", "Bürgermeister tritt zurück".encode("latin-1"))
    text = decode_html(body)
    assert "<title>Bürgermeister tritt zurück</title>" in text
    assert "Fußball" in text
