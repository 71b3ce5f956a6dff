"""Real page: a Japanese restaurant chain's news releases (Saizeriya's corporate site, "ニュースリリース",
saved by YujiSoftware/saizeriya_bot, a Java bot that posts new releases, as its test page in January
2023). A header of image links, a left menu, a year <select>, then one <dl class="new"> of 27
releases: each <dt>2022/12/12</dt> (a day, year first, no time) and a <dd> holding one link to the
release's PDF, its title the link text (one begins with an ideographic space, not part of the title:
"　『アマトリチャーナ』が登場"; several share the title "営業時間などに関する協力要請に伴う店舗の対応について"
at different PDFs; titles name other days: "12月14日 冬のグランドメニュー改定！", "10/21 サイゼリヤ 秋田県３号店出店！").
No bylines (authors None). Not entries: the menus, the footer. `now` is the commit that saved it.
"""

from datetime import UTC, date, datetime

url = "https://www.saizeriya.co.jp/corporate/news/"
timezone = "Asia/Tokyo"
now = datetime(2023, 1, 15, 13, 51, tzinfo=UTC)

entries = [
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001347.pdf",
        "title": "12月14日 冬のグランドメニュー改定！",
        "published": date(2022, 12, 12),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001345.pdf",
        "title": "12月23日　サイゼリヤ　四国初出店",
        "published": date(2022, 12, 7),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001337.pdf",
        "title": "アロスティチーニ品切れに関するお詫び",
        "published": date(2022, 11, 28),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001320.pdf",
        "title": "『アマトリチャーナ』が登場",
        "published": date(2022, 10, 10),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001316.pdf",
        "title": "10/21 サイゼリヤ 秋田県３号店出店！",
        "published": date(2022, 9, 26),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001313.pdf",
        "title": "9月14日 秋のグランドメニュー改定！",
        "published": date(2022, 9, 12),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001314.pdf",
        "title": "12/1 サイゼリヤ 島根県初出店！",
        "published": date(2022, 9, 12),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001309.pdf",
        "title": "11/4 サイゼリヤ 岩手県2号店出店！",
        "published": date(2022, 9, 5),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001253.pdf",
        "title": "7月13日　夏のグランドメニュー改定！",
        "published": date(2022, 7, 11),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001247.pdf",
        "title": "サイゼリヤでJCBカードが利用可能に",
        "published": date(2022, 6, 6),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001244.pdf",
        "title": "6月1日 季節限定『ほぐし辛味チキンの冷製カペッリーニ』が登場！",
        "published": date(2022, 5, 31),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001243.pdf",
        "title": "平日ランチメニュー販売時間全店統一のお知らせ",
        "published": date(2022, 5, 30),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001242.pdf",
        "title": "合弁会社「株式会社CSsT」設立に関するお知らせ",
        "published": date(2022, 5, 27),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001221.pdf",
        "title": "6/23 サイゼリヤが岩手県へ初出店",
        "published": date(2022, 4, 13),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001212.pdf",
        "title": "サイゼリヤ　秋田県2号店出店",
        "published": date(2022, 4, 7),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001198.pdf",
        "title": "プラスチック資源循環法への対応について",
        "published": date(2022, 3, 24),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001188.pdf",
        "title": "営業時間などに関する協力要請に伴う店舗の対応について",
        "published": date(2022, 3, 7),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001190.pdf",
        "title": "3月9日　春のグランドメニュー改定！",
        "published": date(2022, 3, 7),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001184.pdf",
        "title": "ノンアルコールワインメニュー表記の訂正とお詫び",
        "published": date(2022, 3, 1),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001173.pdf",
        "title": "営業時間などに関する協力要請に伴う店舗の対応について",
        "published": date(2022, 2, 20),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001170.pdf",
        "title": "営業時間などに関する協力要請に伴う店舗の対応について",
        "published": date(2022, 2, 13),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001163.pdf",
        "title": "営業時間などに関する協力要請に伴う店舗の対応について",
        "published": date(2022, 2, 4),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001152.pdf",
        "title": "営業時間などに関する協力要請に伴う店舗の対応について",
        "published": date(2022, 1, 30),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001143.pdf",
        "title": "営業時間などに関する協力要請に伴う店舗の対応について",
        "published": date(2022, 1, 26),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001141.pdf",
        "title": "営業時間などに関する協力要請に伴う店舗の対応について",
        "published": date(2022, 1, 24),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001137.pdf",
        "title": "営業時間などに関する協力要請に伴う店舗の対応について",
        "published": date(2022, 1, 20),
        "author": None,
    },
    {
        "link": "https://www.saizeriya.co.jp/PDF/irpdf001116.pdf",
        "title": "鳥取県初出店「イオンモール日吉津店」のお知らせ",
        "published": date(2022, 1, 5),
        "author": None,
    },
]
