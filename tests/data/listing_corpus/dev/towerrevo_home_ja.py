"""Real page: the home page of TOWER REVO (towerrevo.jp, Tower Records Japan's streaming
programmes' site, March 2016), saved by TeamHG-Memex/autopager for its pagination data (the
same site's month archive is towerrevo_month_ja). A front of three blocks under picture
headings: "SCHEDULE" (a row of banner thumbnails, <div class=thumb> each a linked picture:
five of the site's articles announcing coming streams, titled only by the picture's `alt`,
beside partner banners and a Tower Records campaign on other sites), "LATEST" (<div
id=recent10_top>: seven <div class=tr_itembox>, a date line "2016.03.18 UP" and "ARTICLES"
linking to the month's archive, a picture and an <h4> headline in one link, cut by the site
with "...", the editor's name linking to /editors/?usrname=…), and "REGULAR" (nine banners of
the site's regular programmes, /regular/ID/, each described by a sentence: the programmes'
own pages, not articles). Entries: the schedule's articles, then the latest articles, each
once, in page order. Titles: the <h4> headline where the article is in "LATEST" (the
banner's `alt` names the programme only), else the banner's `alt`. Dates: the date line's
day (a `date`; None for the two articles only in the schedule). Authors: the editor's name
in "LATEST" (None for the two articles only in the schedule). Not entries: the programmes'
banners under "REGULAR", the partner and campaign banners, the menus (pictures), the Twitter
and Instagram links, "番組についてつぶやく", the footer's "About us" and links to other sites.
The page declares no language (Japanese). The address is autopager's record. `now` is the day
after the newest date shown.
"""

from datetime import UTC, date, datetime

url = "http://www.towerrevo.jp/"
timezone = "Asia/Tokyo"
now = datetime(2016, 3, 19, 3, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.towerrevo.jp/article/20880/",
        "title": "3/23(水)22:00～KEN THE 390『超・STREAM on タワレボ』を配信！ゲストでS7ICK CHIC...",
        "published": date(2016, 3, 16),
        "author": "郡司和歌",
    },
    {
        "link": "http://www.towerrevo.jp/article/20844/",
        "title": "illumination presents「塔台モトクロス」第八回～南波志帆『meets sparkjoy』スペシャル～",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/20947/",
        "title": "m.c;ShockBoots(奥野瑛太)、田口トモロヲ、いとうせいこう出演！！NHK BSプレミアム「植物男子ベランダー...",
        "published": date(2016, 3, 18),
        "author": "伊澤真由美",
    },
    {
        "link": "http://www.towerrevo.jp/article/20863/",
        "title": "mobsproof EX「ロックドキュメンタリー映画祭」発売記念番組 『ロック映画突撃一番』",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/20952/",
        "title": "ＣＢＧＴ【第2弾ゲスト発表！】ネゴシックス、グッドウォーキン上田が登場！さらにチャッキーズ∞インフィニティも参戦決定！...",
        "published": date(2016, 3, 18),
        "author": "郡司和歌",
    },
    {
        "link": "http://www.towerrevo.jp/article/20913/",
        "title": "【番組後記】DJ オショウがレポート！！！3/9(水)『餓鬼レンジャー ポチョムキンのTube Reality』番組後記を公開！！！",
        "published": date(2016, 3, 16),
        "author": "DJ オショウ",
    },
    {
        "link": "http://www.towerrevo.jp/article/20906/",
        "title": "ネゴシックス、グッドウォーキン上田が登場！4/13(水)22:00～トーク音楽番組『餓鬼レンジャー ポチョムキンのTub...",
        "published": date(2016, 3, 15),
        "author": "郡司和歌",
    },
    {
        "link": "http://www.towerrevo.jp/article/20890/",
        "title": "『ウェインズワールド』の監督によるパンク/ロック・ドキュメンタリー映画にして、ニルヴァーナやレッチリにも影響を与えた伝説...",
        "published": date(2016, 3, 11),
        "author": "ヤマダナオヒロ",
    },
    {
        "link": "http://www.towerrevo.jp/article/20872/",
        "title": "【番組後記＆次回告知】2/22(月)分の『高橋芳朗 presents タワレコ渋谷洋楽第二企画室』レポートと3/14(月)配信の告知！",
        "published": date(2016, 3, 9),
        "author": "谷河立朗",
    },
]
