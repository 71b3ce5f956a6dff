"""A Japanese list (issue 12; the dev page showing it: narou_bookmarks_ja): titles written
without spaces, update times in Japanese characters ("2000年01月02日 03時04分 更新"), three
items only, on a page whose header, main part and footer are blocks of one parent. The titles
count as long as they read (a word per few characters, not one word), the clock in 時 and 分
is read, and the page's layout blocks are no list."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from aggregator.parse import parse_document
from aggregator.parse._dates import parse_date
from aggregator.words import word_count

NOW = datetime(2026, 12, 4, 12, 0, tzinfo=UTC)


def test_a_clock_in_cjk_characters_after_the_day() -> None:
    tokyo = {"now": NOW, "timezone": "Asia/Tokyo", "lang": "ja"}
    assert parse_date("2000年01月02日 03時04分 更新", **tokyo) == datetime(2000, 1, 1, 18, 4, tzinfo=UTC)
    assert parse_date("最新掲載日：2002年03月04日 05時06分", **tokyo) == datetime(
        2002, 3, 3, 20, 6, tzinfo=UTC
    )
    assert parse_date("2026年11月25日 14時", **tokyo) == datetime(2026, 11, 25, 5, 0, tzinfo=UTC)
    assert parse_date("11月25日 9時5分", **tokyo) == datetime(2026, 11, 25, 0, 5, tzinfo=UTC)


def test_words_of_text_written_without_spaces() -> None:
    assert word_count("Page 2") == 2
    assert word_count("転生したらスライムだった件") == 5
    assert word_count("Python 3.6 リリース") == 4
    assert word_count("") == 0


def item(n: int, title: str) -> str:
    return (
        "<li class='item'><div class='item__title'>"
        f"<a href='https://novels.example/n{n}/'><span class='label'>連載</span>&nbsp;{title}</a></div>"
        f"<ul class='menu'><li><a href='/bookmark/edit/{n}'>設定変更</a></li>"
        "<li><a href='JavaScript:void(0);'>登録解除</a></li></ul>"
        f"<div class='item__data'><a href='https://users.example/{n}'>作者{n}</a>"
        f"<span>全{n + 2}エピソード</span></div>"
        f"<span class='item__date'>2026年11月0{n}日 0{n}時0{n}分&nbsp;更新</span>"
        f"<a class='button' href='https://novels.example/n{n}/1/'>ep.1</a>"
        f"<a class='button' href='https://novels.example/n{n}/{n + 2}/'>ep.{n + 2}</a></li>"
    )


PAGE = (
    "<html><head><title>更新チェック中のブックマーク</title></head><body>"
    "<div class='l-header'><h1><a href='/'>小説を読もう！小説家になろう</a></h1><ul>"
    "<li><a href='/messagebox/'>メッセージ</a></li><li><a href='/user/'>ユーザホーム</a></li></ul>"
    "<h2>お気に入り</h2><p>ブックマークとお気に入りユーザの一覧を見る</p></div>"
    "<div class='l-page-title'><h2>ブックマーク</h2></div>"
    "<div class='l-container'><div class='l-main'><h3>ブックマーク一覧</h3>"
    "<p>お気に入りの作品を登録できる機能です。<a href='/help/'>ヘルプを見る</a></p><ul class='list'>"
    f"{item(1, '異世界の図書館で働く')}{item(2, '魔法学校の落ちこぼれ')}{item(3, '星降る夜の物語')}"
    "</ul><div class='pager'><a href='?p=2'>2</a><a href='?p=2'>次へ</a></div></div></div>"
    "<div class='l-footer'><h2>小説サイトについて</h2><a href='/guideline/'>ガイドライン</a> "
    "<a href='https://company.example/'>Company Inc.</a><p>利用規約とプライバシーポリシー</p></div>"
    "</body></html>"
)


def test_a_short_list_of_japanese_titles_is_the_list() -> None:
    entries = parse_document(
        PAGE.encode(),
        url="https://novels.example/bookmarks/",
        source_type="html",
        timezone="Asia/Tokyo",
        now=NOW,
    ).entries
    assert [(e.link, e.title) for e in entries] == [
        ("https://novels.example/n1/", "異世界の図書館で働く"),
        ("https://novels.example/n2/", "魔法学校の落ちこぼれ"),
        ("https://novels.example/n3/", "星降る夜の物語"),
    ]
    assert entries[0].published == datetime(2026, 10, 31, 16, 1, tzinfo=UTC)


def test_a_list_with_its_own_header_block_is_still_the_list() -> None:
    teasers = "".join(
        f"<div class='teaser'><h3><a href='/news/2026/12/story-{n}'>"
        f"A headline of several words number {n}</a></h3>"
        f"<p>What happened in story {n}, told in one sentence.</p><span>3 December 2026</span></div>"
        for n in range(5)
    )
    page = (
        "<html><body><div class='box'><div class='box-header'><a href='/news/'>All news</a></div>"
        f"{teasers}</div></body></html>"
    )
    entries = parse_document(
        page.encode(), url="https://paper.example/", source_type="html", timezone="UTC", now=NOW
    ).entries
    assert [e.link for e in entries] == [f"https://paper.example/news/2026/12/story-{n}" for n in range(5)]


def test_cards_of_divs_with_titles_without_spaces_stay_one_per_card() -> None:
    # A grid of Bootstrap thumbnails, each a date link to the month's archive above a linked
    # headline, some with spaces (names in Latin letters), some without: a headline with no
    # spaces is still a title row, not a metadata row of the card before it.
    titles = [
        "HY ニューアルバム発売記念 スペシャルライブ",
        "急遽配信決定！！！",
        "KEN THE 390 超スペシャル！",
        "期間限定公開決定！",
        "TOWER REVOLVE PROJECT 第二弾",
        "特別番組の配信",
    ]
    thumbs = "".join(
        f"<div class='thumb col-xs-6'><div class='thumbnail'><img src='/u/{n}.jpg' alt=''>"
        "<div class='caption'><div class='tr_itembox'><p class='tr_date'><a href='/date/2014/03'>"
        f"<span>2014.03.{31 - n:02d} UP</span></a></p><a href='https://revo.example/article/{n}/'><h4>{t}"
        "</h4></a></div></div></div></div>"
        for n, t in enumerate(titles)
    )
    body = (
        "<html><head><title>2014 March</title></head><body><div class='container'><div class='row'>"
        f"<div class='row thumbnails'>{thumbs}</div></div></div></body></html>"
    )
    parsed = parse_document(
        body.encode(),
        url="https://revo.example/date/2014/03/",
        source_type="html",
        timezone="Asia/Tokyo",
        now=NOW,
    )
    assert [e.link for e in parsed.entries] == [f"https://revo.example/article/{n}/" for n in range(6)]
    tokyo = ZoneInfo("Asia/Tokyo")
    assert [e.published.astimezone(tokyo).day for e in parsed.entries if e.published] == [
        31,
        30,
        29,
        28,
        27,
        26,
    ]


def _published_days(cards: str) -> list[tuple[int, int, int]]:
    body = (
        f"<html lang='ja'><head><title>記事一覧</title></head><body><div id=list>{cards}</div></body></html>"
    )
    parsed = parse_document(
        body.encode(), url="https://lab.example/articles/", source_type="html", timezone="Asia/Tokyo", now=NOW
    )
    tokyo = ZoneInfo("Asia/Tokyo")
    return [
        (d.year, d.month, d.day)
        for e in parsed.entries
        if e.published
        for d in [e.published.astimezone(tokyo)]
    ]


SNIPPET = (
    "<p>グーグルは2月5日、2月が情報セキュリティ月間であることにちなんで"
    "安全なネット利用のための提案を公開した。</p>"
)
TITLE = "<h2><a href='/post-{n}/'>安全なネット利用のための11箇条その{n}</a></h2>"


def test_a_japanese_excerpt_is_no_date_line() -> None:
    # WordPress classes each post by its category ("category-news", a word of date-line
    # classes): the card is not its own date line, and an excerpt in Japanese, a sentence
    # without spaces, is no short line either: the date is the meta line's.
    classed = "".join(
        f"<article class='entry post category-news'>{TITLE.format(n=n)}<p class=post-meta>"
        f"<span class=published>2013/2/2{n}</span> <a href='/category/news/'>ニュース</a></p>"
        f"{SNIPPET}</article>"
        for n in range(1, 4)
    )
    assert _published_days(classed) == [(2013, 2, 21), (2013, 2, 22), (2013, 2, 23)]
    plain = "".join(
        f"<div class=card>{TITLE.format(n=n)}{SNIPPET}<div>2013/2/2{n}</div></div>" for n in range(1, 4)
    )
    assert _published_days(plain) == [(2013, 2, 21), (2013, 2, 22), (2013, 2, 23)]
