"""parse/article_credits.py (and the dates it gives parse/article_dates.py): what a page says
of its authors outside its byline and its embedded metadata, each rule on a page made for it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from _article import jsonld, page

from aggregator.parse.article import read_article

URL = "https://www.example.org/notes/a-post/"


def read(head: str, body: str, lang: str = "en", timezone: str = "Europe/Berlin") -> object:
    return read_article(page(head, body, lang), url=URL, timezone=timezone)


def test_a_card_s_written_by_label_names_the_author() -> None:
    head = (
        '<meta name="twitter:label1" content="Est. reading time">'
        '<meta name="twitter:data1" content="4 minutes">'
        '<meta name="twitter:label2" content="Written by"><meta name="twitter:data2" content="Priya Raman">'
    )
    article = read(head, "<article><h1>Gardens in winter</h1><p>Text of the post.</p></article>")
    assert article.authors == ("Priya Raman",)  # type: ignore[attr-defined]


def test_a_card_s_other_labels_name_no_author() -> None:
    head = '<meta name="twitter:label1" content="Reading time"><meta name="twitter:data1" content="Ian Moor">'
    article = read(head, "<article><h1>Gardens in winter</h1><p>Text of the post.</p></article>")
    assert article.authors == ()  # type: ignore[attr-defined]


def test_names_of_a_contributors_line_are_no_authors_of_the_byline() -> None:
    people = [{"@type": "Person", "name": n} for n in ("Dana Whitfield", "Omar Haddad", "Lena Voss")]
    head = jsonld({"@type": "NewsArticle", "headline": "Vote count", "author": people})
    body = (
        "<article><h1>Vote count</h1><p>Text.</p>"
        "<div class='credits'>Omar Haddad<!-- --> and <!-- -->Lena Voss<!-- --> contributed.</div></article>"
    )
    assert read(head, body).authors == ("Dana Whitfield",)  # type: ignore[attr-defined]


def test_additional_reporting_names_are_no_authors_either() -> None:
    people = [{"@type": "Person", "name": n} for n in ("Dana Whitfield", "Omar Haddad")]
    head = jsonld({"@type": "NewsArticle", "headline": "Vote count", "author": people})
    body = "<article><h1>Vote count</h1><p>Text.</p><p>Additional reporting by Omar Haddad.</p></article>"
    assert read(head, body).authors == ("Dana Whitfield",)  # type: ignore[attr-defined]


def test_a_blog_post_footer_names_its_account_and_gives_the_time_of_its_day() -> None:
    body = (
        "<div id='top'><h1>Kanzlei-Blog</h1></div><div class='post'><h2>Ein Beitrag</h2>"
        "<p>Text des Beitrags.</p><div class='meta'>posted by Karlsson at 21:07 </div></div>"
    )
    article = read('<meta name="date" content="2012-03-04">', body, lang="de")
    assert article.authors == ("Karlsson",)  # type: ignore[attr-defined]
    assert article.published == datetime(2012, 3, 4, 20, 7, tzinfo=UTC)  # type: ignore[attr-defined]


def test_a_korean_report_s_sign_off_names_its_reporter() -> None:
    body = "<article><h1>기업 탐방</h1><p>본문 첫 문단.<br><br>김민수 기자 minsu@example.kr<br></p></article>"
    article = read("", body, lang="ko", timezone="Asia/Seoul")
    assert article.authors == ("김민수",)  # type: ignore[attr-defined]


def test_the_link_to_a_declared_author_s_profile_writes_the_name_as_shown() -> None:
    author = {"@type": "Person", "name": "Bob Chen", "url": "https://www.example.org/team/robert-chen"}
    head = jsonld({"@type": "BlogPosting", "headline": "Trains", "author": author})
    body = (
        "<article><h1>Trains</h1><p>Text.</p>"
        "<p><a href='/team/robert-chen'>Robert Chen</a> on trains</p></article>"
    )
    assert read(head, body).authors == ("Robert Chen",)  # type: ignore[attr-defined]


def test_the_byline_word_in_the_link_to_a_declared_author_s_profile_is_no_part_of_the_name() -> None:
    author = {"@type": "Person", "name": "Ana Ruiz Vidal", "url": "https://www.example.org/autores/ana-ruiz/"}
    head = jsonld({"@type": "NewsArticle", "headline": "Lluvias", "author": author})
    body = (
        "<article><h1>Lluvias</h1><p>Texto.</p>"
        "<p><a href='/autores/ana-ruiz/'>Por Ana Ruiz Vidal</a></p></article>"
    )
    assert read(head, body, lang="es").authors == ("Ana Ruiz Vidal",)  # type: ignore[attr-defined]


def test_a_meta_date_in_words_is_a_witness_of_the_day() -> None:
    head = (
        jsonld(
            {"@type": "NewsArticle", "headline": "Certificates", "datePublished": "2025-09-02T18:01:39-04:00"}
        )
        + '<meta name="date" content="September 3, 2025">'
    )
    body = "<article><h1>Certificates</h1><p class='date'>Sep 3, 2025</p><p>Text.</p></article>"
    article = read(head, body, timezone="America/New_York")
    published = article.published.astimezone(ZoneInfo("America/New_York"))  # type: ignore[attr-defined]
    assert published.date() == date(2025, 9, 3)


def test_a_korean_byline_s_role_and_address_are_no_part_of_the_name() -> None:
    people = [{"@type": "Person", "name": n} for n in ("박지훈", "최수빈")]
    head = jsonld({"@type": "NewsArticle", "headline": "경제 전망", "author": people})
    body = (
        "<article><h2>경제 전망</h2>"
        "<dl class='author'><a href='/author/1'><dt class='name'>박지훈 기자</dt><dd>p@ex.kr</dd></a></dl>"
        "<dl class='author'><a href='/author/2'><dt class='name'>최수빈 기자</dt><dd>c@ex.kr</dd></a></dl>"
        "<p>본문.</p></article>"
    )
    article = read(head, body, lang="ko", timezone="Asia/Seoul")
    assert article.authors == ("박지훈", "최수빈")  # type: ignore[attr-defined]


def test_a_reporter_line_s_name_stands_in_its_first_paragraph() -> None:
    head = jsonld(
        {"@type": "NewsArticle", "headline": "Fundur", "author": {"@type": "Organization", "name": "Vefur"}}
    )
    body = (
        "<article><h1>Fundur</h1><div class='reporter-line'><img alt='Vefur'><p>Sigrún Helga Jónsdóttir </p>"
        "<p>skrifar frá Ósló</p></div><p>Texti.</p></article>"
    )
    assert read(head, body, lang="is").authors == ("Sigrún Helga Jónsdóttir",)  # type: ignore[attr-defined]


def test_a_byline_of_names_in_boxes_of_their_own_names_more_than_a_json_ld_of_one() -> None:
    head = jsonld(
        {"@type": "NewsArticle", "headline": "Dom", "author": [{"@type": "Person", "name": "Kari Lunde"}]}
    )
    box = (
        "<div class='byline'><div class='content'><address>"
        "<a rel='author' href='mailto:{}@example.no'>{}</a></address></div></div>"
    )
    body = (
        "<article><h1>Dom</h1><div class='bylines'>"
        + box.format("ola", "<span>Ola</span> <span>Nordmann</span>")
        + box.format("kari", "<span>Kari</span> <span>Lunde</span>")
        + "</div><p>Tekst.</p></article>"
    )
    assert read(head, body, lang="no").authors == ("Ola Nordmann", "Kari Lunde")  # type: ignore[attr-defined]


def test_a_name_before_the_dateline_after_a_bar_is_the_byline() -> None:
    body = (
        "<div><h1>Yeni istasyonlar</h1><h4>Bakan açıkladı.</h4><div class='row'>"
        "<span>Ayşe Nur Yılmaz &nbsp;|</span><!-- date -->"
        "<span class='tarih'>05.04.2025 - Güncelleme : 05.04.2025</span>"
        "</div></div><div><p>Metin.</p></div>"
    )
    assert read("", body, lang="tr", timezone="Europe/Istanbul").authors == ("Ayşe Nur Yılmaz",)  # type: ignore[attr-defined]


def test_a_credit_line_in_the_headline_s_header_is_the_byline_a_photo_s_is_not() -> None:
    body = (
        "<article><header><figure><img src='a.jpg'><p class='credit'>Photo: Ken Sato</p></figure>"
        "<h1>Masks stolen from hospital</h1><p class='credit'>KYODO</p></header><p>Text.</p></article>"
    )
    assert read("", body, timezone="Asia/Tokyo").authors == ("KYODO",)  # type: ignore[attr-defined]


def test_a_photo_credit_alone_is_no_byline() -> None:
    body = (
        "<article><header><h1>Masks stolen from hospital</h1>"
        "<figure><img src='a.jpg'><p class='credit'>Ken Sato</p></figure></header><p>Text.</p></article>"
    )
    assert read("", body, timezone="Asia/Tokyo").authors == ()  # type: ignore[attr-defined]
