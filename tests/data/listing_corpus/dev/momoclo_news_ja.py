"""Real page: the NEWS list of Momoiro Clover Z's official site (www.momoclo.net/news/,
Japanese, no `lang` attribute, XHTML 1.0 with the site's menus, Google Analytics and a banner
sidebar), saved on 15 July 2016 by utahta/momoclo-channel's crawler tests as
crawler/testdata/ae_news/list_20160715.html. The list is <div class=schedule id=stream> of ten
<div class=article> cards: a <dl> whose <dt> holds the date split in two <div>s, the year
("2016") over the month and day ("07/14"), and whose <dd> holds the headline as an <h4> link
(/pub/pc/information/?id=N) and a "[続きを読む]" (read more) link to the same address. Dates:
the year and the day together, a day only (Tokyo). No bylines. Not entries: the menus, the
fan-club buttons, the "more" button (its further pages come by script), the blog box and the
banner list of the sidebar. `now`: the day in the file's name, 15 July 2016 (Tokyo)."""

from datetime import UTC, date, datetime

url = "http://www.momoclo.net/news/"
timezone = "Asia/Tokyo"
now = datetime(2016, 7, 15, 3, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.momoclo.net/pub/pc/information/?id=2828",
        "title": "ももクロチケット「鈴木式マッチングシステム」詳細・受付期間をご案内",
        "published": date(2016, 7, 14),
        "author": None,
    },
    {
        "link": "http://www.momoclo.net/pub/pc/information/?id=3078",
        "title": "熊本地震災害の義援金寄付報告",
        "published": date(2016, 7, 14),
        "author": None,
    },
    {
        "link": "http://www.momoclo.net/pub/pc/information/?id=3077",
        "title": "有安杏果ソロライブ「ココロノセンリツ ～feel a heartbeat～ Vol.0」オフィシャルグッズ一般販売決定のお知らせ",
        "published": date(2016, 7, 14),
        "author": None,
    },
    {
        "link": "http://www.momoclo.net/pub/pc/information/?id=2844",
        "title": "【7/19(火)にライブチケット情報のご案内が決定！】ももいろクローバーZ「アメリカ横断ウルトラライブ」",
        "published": date(2016, 7, 13),
        "author": None,
    },
    {
        "link": "http://www.momoclo.net/pub/pc/information/?id=3062",
        "title": "【お申し込みは7/18(月)23:59まで！】「佐々木彩夏 ソロコンサート」一般抽選受付",
        "published": date(2016, 7, 13),
        "author": None,
    },
    {
        "link": "http://www.momoclo.net/pub/pc/information/?id=3074",
        "title": "当日のしおり「桃神祭2016 ～鬼ヶ島～」",
        "published": date(2016, 7, 12),
        "author": None,
    },
    {
        "link": "http://www.momoclo.net/pub/pc/information/?id=2806",
        "title": "「ももたまい婚」挙式詳細・AE会員先行受付スケジュールをご案内！",
        "published": date(2016, 7, 12),
        "author": None,
    },
    {
        "link": "http://www.momoclo.net/pub/pc/information/?id=3061",
        "title": "フジテレビ『FNSうたの夏まつり』観覧募集",
        "published": date(2016, 7, 12),
        "author": None,
    },
    {
        "link": "http://www.momoclo.net/pub/pc/information/?id=3066",
        "title": "「百田夏菜子生誕記念商品2016」予約販売開始のお知らせ",
        "published": date(2016, 7, 12),
        "author": None,
    },
    {
        "link": "http://www.momoclo.net/pub/pc/information/?id=3073",
        "title": "【Photo Report更新！】AE限定トークイベント「ロケハン～ももクロおおいにかたる～vol.6 山口」",
        "published": date(2016, 7, 12),
        "author": None,
    },
]
