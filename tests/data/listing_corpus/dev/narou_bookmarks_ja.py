"""Real page, anonymized by the project that saved it: a Japanese web-novel site's list of
bookmarked novels under update watch (syosetu.com, "更新チェック中のブックマーク", page 1 of
"全218件中"), kept by koizuka/narou-watcher as a constant in a Go test, with the novels' codes,
titles and authors replaced by "作品1", "タイトル1", "作者1" and the dates by 2000-2002 ones. The
list (<ul class="c-up-panel__list js-favnovel">): three <li class=p-up-bookmark-item>, each a
title link holding a badge (<span class=c-up-label>連載</span>, "serial") before the title, a
settings dropdown ("設定変更", "登録解除"), the author's link to their page, the episode count,
and the update time in Japanese characters: "2000年01月02日 03時04分 更新" on the first two,
"最新掲載日：2002年03月04日 05時06分" ("latest episode:") on the third, read in Japan's time
zone; then buttons to episodes ("ep.1", "最新 ep.3"). Titles: the title without the badge.
Authors: the linked name. Not entries: the header's account menu and site menu, the page's
help link and tabs, the pager ("次へ", "最後へ"), the sidebar's menu and the footer. `now` is
an estimate: the menus name "Xユーザページ", after the site's X rename of 2023.
"""

from datetime import UTC, datetime

url = "https://syosetu.com/favnovelmain/isnoticelist/"
timezone = "Asia/Tokyo"
now = datetime(2024, 1, 1, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://ncode.syosetu.com/作品1/",
        "title": "タイトル1",
        "published": datetime(2000, 1, 1, 18, 4, tzinfo=UTC),
        "author": "作者1",
    },
    {
        "link": "https://ncode.syosetu.com/作品2/",
        "title": "タイトル2",
        "published": datetime(2001, 2, 2, 19, 5, tzinfo=UTC),
        "author": "作者2",
    },
    {
        "link": "https://ncode.syosetu.com/作品3/",
        "title": "タイトル3",
        "published": datetime(2002, 3, 3, 20, 6, tzinfo=UTC),
        "author": "作者3",
    },
]
