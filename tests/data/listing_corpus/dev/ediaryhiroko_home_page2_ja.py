"""Real page: page 2 of a Japanese cat-diary blog's home (WordPress, Twenty Twelve in
Japanese, 2016), saved by TeamHG-Memex/autopager for its pagination data. Ten <article
class="post … hentry">: an <h1 class=entry-title> link, the post in full (a drawing, a few
lines, a ranking banner, share buttons), then the footer "カテゴリー: 絵日記 | 投稿日: <a
title="12:00 PM"><time datetime="2016-02-24T12:00:12+00:00">2016年2月24日</time></a> |
投稿者: hiroko" (category, posted on, posted by). Dates: the day shown at the time of the
tooltip, in the blog's WordPress zone, which the `datetime`'s +00:00 states is UTC (the
configured zone of the source, Tokyo, does not apply to a time whose offset is stated).
Authors: the vcard's name ("投稿者:" is the theme's label). Not entries: the sidebar's
widgets, the pager ("← 過去の投稿", "新しい投稿 →"). `now` is the save (March 2016).
"""

from datetime import UTC, datetime

url = "http://ediaryhiroko.com/?paged=2"
timezone = "Asia/Tokyo"
now = datetime(2016, 3, 14, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://ediaryhiroko.com/?p=1489",
        "title": "排水溝に箸～事件編",
        "published": datetime(2016, 2, 24, 12, 0, tzinfo=UTC),
        "author": "hiroko",
    },
    {
        "link": "http://ediaryhiroko.com/?p=1486",
        "title": "空気嫁",
        "published": datetime(2016, 2, 23, 12, 0, tzinfo=UTC),
        "author": "hiroko",
    },
    {
        "link": "http://ediaryhiroko.com/?p=1483",
        "title": "信用",
        "published": datetime(2016, 2, 22, 12, 4, tzinfo=UTC),
        "author": "hiroko",
    },
    {
        "link": "http://ediaryhiroko.com/?p=1479",
        "title": "お知らせとイケニャン",
        "published": datetime(2016, 2, 16, 18, 23, tzinfo=UTC),
        "author": "hiroko",
    },
    {
        "link": "http://ediaryhiroko.com/?p=1475",
        "title": "抱っこ",
        "published": datetime(2016, 2, 10, 12, 0, tzinfo=UTC),
        "author": "hiroko",
    },
    {
        "link": "http://ediaryhiroko.com/?p=1471",
        "title": "あるある",
        "published": datetime(2016, 2, 8, 12, 4, tzinfo=UTC),
        "author": "hiroko",
    },
    {
        "link": "http://ediaryhiroko.com/?p=1468",
        "title": "将来は",
        "published": datetime(2016, 2, 4, 21, 45, tzinfo=UTC),
        "author": "hiroko",
    },
    {
        "link": "http://ediaryhiroko.com/?p=1465",
        "title": "どっちなの",
        "published": datetime(2016, 2, 2, 13, 8, tzinfo=UTC),
        "author": "hiroko",
    },
    {
        "link": "http://ediaryhiroko.com/?p=1462",
        "title": "粗食",
        "published": datetime(2016, 2, 1, 12, 0, tzinfo=UTC),
        "author": "hiroko",
    },
    {
        "link": "http://ediaryhiroko.com/?p=1457",
        "title": "四合瓶何本分？",
        "published": datetime(2016, 1, 29, 12, 0, tzinfo=UTC),
        "author": "hiroko",
    },
]
