"""Written page rendered by hand from WordPress's Twenty Twenty theme (WordPress/twentytwenty @
c59c35aeeab5a719700f7630005f3be68d937350: index.php, template-parts/content.php,
template-parts/entry-header.php, inc/template-tags.php's twentytwenty_get_post_meta;
GPL-2.0-or-later) as a Japanese travel blog's category archive (lang=ja). Each <article
class=post> holds the category link, an <h2 class=entry-title> link, the post meta <ul>: "作成者:
<author link>", the date as `the_time( get_option( 'date_format' ) )` prints it inside an <a
class=meta-wrapper> to the post after a screen-reader "投稿日", and the comments link ("3件のコメント"
or "コメントする"), then the text and a "続きを読む" button. The site's date format setting is "Y年n月j日(D)
G時i分": the weekday in brackets between the day and a clock written with 時 and 分
("2026年12月5日(土) 18時30分", "2026年12月3日(木) 9時05分"; Asia/Tokyo). Not entries: the menu, the
archive header, the pager, the footer widgets "最近の投稿" (five of the titles again) and
"アーカイブ".
"""

from datetime import UTC, datetime

url = "https://tabinote-example.jp/category/travel/"
timezone = "Asia/Tokyo"
now = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)

B = "https://tabinote-example.jp/"

entries = [
    {
        "link": B + "kyoto-koyo-2026/",
        "title": "京都の紅葉、今年は遅め",
        "published": datetime(2026, 12, 5, 9, 30, tzinfo=UTC),
        "author": "佐藤 美咲",
    },
    {
        "link": B + "kanazawa-higaeri/",
        "title": "新幹線で行く金沢日帰り旅",
        "published": datetime(2026, 12, 3, 0, 5, tzinfo=UTC),
        "author": "田中 健",
    },
    {
        "link": B + "hokkaido-winter-list/",
        "title": "冬の北海道、持ち物リスト",
        "published": datetime(2026, 11, 30, 15, 40, tzinfo=UTC),
        "author": "佐藤 美咲",
    },
    {
        "link": B + "kumano-kodo-2days/",
        "title": "熊野古道を二日間歩く",
        "published": datetime(2026, 11, 30, 12, 15, tzinfo=UTC),
        "author": "佐藤 美咲",
    },
    {
        "link": B + "onomichi-saka-neko/",
        "title": "尾道の坂道と猫",
        "published": datetime(2026, 11, 27, 3, 0, tzinfo=UTC),
        "author": "田中 健",
    },
    {
        "link": B + "jiufen-access/",
        "title": "台湾・九份への行き方",
        "published": datetime(2026, 11, 23, 22, 50, tzinfo=UTC),
        "author": "佐藤 美咲",
    },
    {
        "link": B + "yakushima-ame/",
        "title": "屋久島の雨",
        "published": datetime(2026, 11, 18, 14, 59, tzinfo=UTC),
        "author": "佐藤 美咲",
    },
]
