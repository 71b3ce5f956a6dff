"""Real page: the entry list (ブログ記事一覧, newest first, page 1) of Kanako Momota's official
Ameba blog "でこちゃん日記" (ameblo.jp/momota-sd/entrylist.html, `lang="ja"`, the Ameba
"skin" layout with its header, blog menu, profile, calendar, theme and monthly archive widgets
and advertising), saved on 14 July 2016 by utahta/momoclo-channel's crawler tests as
crawler/testdata/blog/list_momota_20160714.html. The list is <ul
amb-component=archiveList> of twenty <li>: a thumbnail link, the title as an <h2> link to
entry-N.html, a datetime <p> ("2016-07-13 00:55:12", the newest with a "NEW!" badge in a
<span> before it), the "Good!" and comment counts (links to the same entry and its #cbox), and
the entry's theme ("テーマ：ブログ", a link to the theme's list). Dates: the datetime, to the
second (Tokyo). No bylines (one author's blog: the author is not shown per entry). Not
entries: the archive tabs (新着 / 月別 / テーマ別 / アメンバー限定), the pager, the
sidebar widgets' lists (recent entries, themes, months, calendar days). `now`: the day in the
file's name, 14 July 2016 (Tokyo)."""

from datetime import UTC, datetime

url = "http://ameblo.jp/momota-sd/entrylist.html"
timezone = "Asia/Tokyo"
now = datetime(2016, 7, 14, 3, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://ameblo.jp/momota-sd/entry-12180089115.html",
        "title": "7月12日で！",
        "published": datetime(2016, 7, 12, 15, 55, 12, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12178662093.html",
        "title": "てへ",
        "published": datetime(2016, 7, 8, 13, 30, 50, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12175714876.html",
        "title": "エリマキトカゲ",
        "published": datetime(2016, 6, 29, 14, 48, 44, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12173044710.html",
        "title": "れに！",
        "published": datetime(2016, 6, 21, 12, 16, 27, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12171270875.html",
        "title": "こないだうちに",
        "published": datetime(2016, 6, 16, 5, 59, 46, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12170431759.html",
        "title": "ぷー",
        "published": datetime(2016, 6, 13, 14, 12, 52, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12169753325.html",
        "title": "あーーーーーーrin！",
        "published": datetime(2016, 6, 11, 14, 51, 11, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12168443838.html",
        "title": "うぇるかむうぇるかむ！",
        "published": datetime(2016, 6, 7, 15, 22, 39, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12167422740.html",
        "title": "たまちゃん！",
        "published": datetime(2016, 6, 4, 14, 36, 37, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12166405810.html",
        "title": "じょーしー",
        "published": datetime(2016, 6, 1, 12, 50, 31, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12165750699.html",
        "title": "8",
        "published": datetime(2016, 5, 30, 14, 13, 17, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12165114400.html",
        "title": "☆",
        "published": datetime(2016, 5, 28, 16, 5, 47, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12161424242.html",
        "title": "8周年‼︎",
        "published": datetime(2016, 5, 17, 15, 34, 46, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12161081659.html",
        "title": "べっぴんさん‼︎",
        "published": datetime(2016, 5, 16, 14, 34, 2, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12160412918.html",
        "title": "後から告知ですみません(°°)",
        "published": datetime(2016, 5, 14, 14, 52, 13, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12157354329.html",
        "title": "最近の写真！",
        "published": datetime(2016, 5, 5, 14, 2, 24, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12155027212.html",
        "title": "おはようございます‼︎",
        "published": datetime(2016, 4, 28, 21, 41, 12, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12148957643.html",
        "title": "セーラームーン♡",
        "published": datetime(2016, 4, 10, 14, 41, 31, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12148586965.html",
        "title": "春〜！",
        "published": datetime(2016, 4, 9, 14, 24, 22, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://ameblo.jp/momota-sd/entry-12142824382.html",
        "title": "サプライズ‼︎",
        "published": datetime(2016, 3, 24, 15, 28, 14, tzinfo=UTC),
        "author": None,
    },
]
