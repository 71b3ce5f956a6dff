"""Real page: the March 2014 archive of a Japanese record chain's streaming-programme site
(towerrevo.jp, WordPress behind a Bootstrap theme, no `lang`), saved by
TeamHG-Memex/autopager for its pagination data. Twenty Bootstrap thumbnails (<div class="thumb
col-lg-2 …"><div class=thumbnail>: a picture without `alt` and link, then <div class=caption>
<div class=tr_itembox>: "<p class=tr_date><a href=/date/2014/03><span>2014.03.31
UP</span></a></p>" (year.month.day and "UP", uploaded; the link goes to the month's archive,
this page), then a link around an <h4> holding the title cut at "..." (the title as shown,
"..." included). Dates are the local day (Tokyo). No bylines (authors None). Not entries: the
month menu ("月別記事一覧", 32 months), the footer's "INFO", "LINKS". `now` is the save (March
2016).
"""

from datetime import UTC, date, datetime

url = "http://www.towerrevo.jp/date/2014/03/"
timezone = "Asia/Tokyo"
now = datetime(2016, 3, 19, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.towerrevo.jp/article/6515/",
        "title": "タワレボに“洋楽”に特化した新レギュラー・プログラムが登場！高橋芳朗presents『タワレコ渋谷洋楽第二企画室』がスタート！！...",
        "published": date(2014, 3, 31),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/6491/",
        "title": "【アーカイブ期間限定公開】3/29(土)に生配信した『堂島孝平の「フィクションのお稽古」をタワレボで』が再び・・・！！...",
        "published": date(2014, 3, 31),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/6386/",
        "title": "TOWER REVOLVE PROJECT×indies issue FOLK SHOCK FUCKERS,CHECK YOUR...",
        "published": date(2014, 3, 31),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/6403/",
        "title": "『堂島孝平の「フィクションのお稽古」をタワレボで』急遽配信決定！！！...",
        "published": date(2014, 3, 29),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/6139/",
        "title": "結成30周年アニバーサリーイヤーを記念し、『大怒髪展 よってきな！観てきな！！～展示会ガイドとフリーマーケット～』を配信！！...",
        "published": date(2014, 3, 27),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/6275/",
        "title": "『Bang On!』3/31(月)21:00からのレギュラー配信に加え、ATARI TEENAGE RIOTが緊急出演するスペシ...",
        "published": date(2014, 3, 24),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/6232/",
        "title": "3/14(金)21:30配信「南波一海のアイドル三十六房」の紹介楽曲リストを公開！（YouTube有）...",
        "published": date(2014, 3, 24),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/6078/",
        "title": "NAOKI（SA）がMCを務める〈NAOKI（SA）のBARボイラールーム〉を3月24日配信！ゲストにTAISEI(SA)/津田...",
        "published": date(2014, 3, 20),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/6031/",
        "title": "アルバムのテーマは…ズバリ“女”！黒木渚『標本箱』リリースを記念して、「渚CORECTION SPECIAL LIVE」を開催＆...",
        "published": date(2014, 3, 18),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/6051/",
        "title": "南波一海のアイドル三十六房 4月16日（水）21:30から生配信決定！！...",
        "published": date(2014, 3, 18),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/5988/",
        "title": "やけのはら初リミックス集「SELF-PORTRAIT」の発売を記念し、 「リミックス大好き族のための『編集と再構築』考察」トーク...",
        "published": date(2014, 3, 17),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/5912/",
        "title": "三連休前夜の『SKA BOOK NITE』は、ERI KONISHI PIANO TRIOのインストア・ライブ＆良質JAPANE...",
        "published": date(2014, 3, 14),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/5865/",
        "title": "HY ニューアルバム「GLOCAL」発売記念 スペシャルライブ&インタビュー、期間限定公開決定！！...",
        "published": date(2014, 3, 14),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/5762/",
        "title": "春の夜風のような、ふわりと暖かいナイスミュージックをお届け！！DJ選曲番組『松永耕一のバックグラウンド・ミュージック』の第3回が...",
        "published": date(2014, 3, 13),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/5885/",
        "title": "“NO MUSIC, NO LIFE.PREMIUM”シリーズに、シンセサイザー界の巨匠、冨田勲氏が登場！！ゲストに手塚るみ子さ...",
        "published": date(2014, 3, 13),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/5730/",
        "title": "「ともゆか」こと@djtomoko n Ucca-Laughが贈る『音女塾』特別編！ともゆかの新作『GIRLS BE LIKE』...",
        "published": date(2014, 3, 11),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/5207/",
        "title": "トレモノPresents「音届け者SPECIAL～トレモノからの挑戦状」3弾企画、期間限定公開決定！！...",
        "published": date(2014, 3, 6),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/5329/",
        "title": "憂歌団活動休止から15年。木村充揮と内田勘太郎からなる新ユニット『憂歌兄弟』のライヴと「NMNL？ポスター」のメイキング映像をタ...",
        "published": date(2014, 3, 6),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/5654/",
        "title": "【レポート】南波一海のアイドル三十六房 アップアップガールズ(仮） アプガ第二章（仮）大晦日イブイブイブ決戦～CLUB CITT...",
        "published": date(2014, 3, 5),
        "author": None,
    },
    {
        "link": "http://www.towerrevo.jp/article/5505/",
        "title": "4/2(水)のKEN THE 390『超・STREAM on タワレボ』は超スペシャル！KEN THE 390とSUPER SO...",
        "published": date(2014, 3, 3),
        "author": None,
    },
]
