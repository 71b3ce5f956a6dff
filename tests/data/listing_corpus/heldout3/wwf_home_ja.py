"""Real page: the home page of WWF Japan (wwf.or.jp), saved by mediacloud/metadata-lib on
25 March 2024 (committed that day). No `lang`. Two dated lists count: "WWFの活動トピック"
(activity topics: six cards, each one link holding a picture with its credit in a
<figcaption>, a <ul class=tablink> of two labels — "スタッフブログ" / "豆知識" — the
title in a <p> and '<time datetime="2024-03-25">2024/03/25</time>') and "お知らせ" (notices:
five <li><a> of a <time> and the title in a <span>; the first is the same post as the
second topic card, counted once). Dates are days (compared as the local day); no bylines
(author None). Not entries: "人気記事" (the most read posts of 1-15 March, same card
markup with the date in a <div class=author>), the featured campaigns slider, the "もっと
見る" links, the donation, newsletter and social blocks, menus and footer.

Page: mediacloud/metadata-lib @ 23948e286dbadf9d05cae697de22c7e505304d05 : mcmetadata/test/fixtures/cached-httpwwforjp (Apache-2.0).
"""

from datetime import UTC, date, datetime

url = "https://www.wwf.or.jp/"
timezone = "Asia/Tokyo"
now = datetime(2024, 3, 25, 15, 23, tzinfo=UTC)

entries = [
    {
        "link": "https://www.wwf.or.jp/staffblog/tips/5582.html",
        "title": "「ネイチャー・ポジティブ」を実現する一歩",
        "published": date(2024, 3, 25),
        "author": None,
    },
    {
        "link": "https://www.wwf.or.jp/staffblog/event_notice/5578.html",
        "title": "いよいよアースアワー2024 スタッフがラジオに出演します！",
        "published": date(2024, 3, 22),
        "author": None,
    },
    {
        "link": "https://www.wwf.or.jp/activities/activity/5512.html",
        "title": "日本企業脱炭素本気度ウォッチ",
        "published": date(2024, 3, 21),
        "author": None,
    },
    {
        "link": "https://www.wwf.or.jp/activities/activity/5574.html",
        "title": "「持続可能な天然ゴム」を目指して インドネシアでブリヂストンとの協働がスタート",
        "published": date(2024, 3, 21),
        "author": None,
    },
    {
        "link": "https://www.wwf.or.jp/staffblog/news/5572.html",
        "title": "「カエル」の日に、初心にカエル",
        "published": date(2024, 3, 20),
        "author": None,
    },
    {
        "link": "https://www.wwf.or.jp/staffblog/activity/5576.html",
        "title": "科学館でワークショップを実施しました！",
        "published": date(2024, 3, 18),
        "author": None,
    },
    {
        "link": "https://www.wwf.or.jp/news/5579.html",
        "title": "【業務委託】WWFジャパン 自然保護室 個人コンサルタント(PSPグループ)募集のお知らせ",
        "published": date(2024, 3, 22),
        "author": None,
    },
    {
        "link": "https://www.wwf.or.jp/staffblog/event_notice/5570.html",
        "title": "アースアワー：世界で最大の一時間を！",
        "published": date(2024, 3, 13),
        "author": None,
    },
    {
        "link": "https://www.wwf.or.jp/news/5279.html",
        "title": "【採用情報】WWFジャパン 一般職員募集のお知らせ（水産業由来を中心としたプラスチック汚染対策担当（海洋水産分野））",
        "published": date(2024, 3, 1),
        "author": None,
    },
    {
        "link": "https://www.wwf.or.jp/news/5546.html",
        "title": "【採用情報】WWFジャパン 契約職員募集のお知らせ（Public Sector Partnershipグループ インドネシア駐在員）",
        "published": date(2024, 2, 15),
        "author": None,
    },
]
