"""Real page: a Japanese Magic: The Gathering community's board "新セット情報" (new set
information, forum.astral-guild.net, Wise Word BBS 2.1.1, 2007–2016 threads), saved in March
2016 by TeamHG-Memex/autopager for its pagination data. No `lang`. Under the board's heading,
two <table width=100%> of rows: first two administrators' messages of the site (a 管理メッセージ
icon, links to board 1: "試験運用中", "既知の不具合(12/7)"), shown above the board's threads like
announcements and counted as entries, then, after an advertisement, the board's twenty threads.
Each row: an icon cell, the title cell (<td class=lc><a>title</a>), the starter as plain text
in its own cell (投稿者: the entry's author, "名も無き者" and "スーパーコピー専門店" included),
views (閲覧), posts (投稿) and the last post's time (最終投稿, "2016/03/11(金) 01:31:35").
Dates not scored: the only time a row shows is its last post's. Not entries: the site's
forum list on the left, the board's menu (新規投稿, フォーラム情報, 対応申請状況, 検索), the
"次のページ" pager, the log and trash links, the footer. `now` is the clock in the left column
("2016/03/11(金) 02:09:43", JST).
"""

from datetime import UTC, datetime

url = "http://forum.astral-guild.net/board/24/"
timezone = "Asia/Tokyo"
now = datetime(2016, 3, 10, 17, 9, tzinfo=UTC)

entries = [
    {
        "link": "http://forum.astral-guild.net/board/1/1/",
        "title": "試験運用中",
        "author": "leon",
    },
    {
        "link": "http://forum.astral-guild.net/board/1/3/",
        "title": "既知の不具合(12/7)",
        "author": "leon",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/119/",
        "title": "イニストラードを覆う影",
        "author": "名も無き者",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/118/",
        "title": "ゲートウォッチの誓い",
        "author": "名も無き者",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/117/",
        "title": "「戦乱のゼンディカー」10/2発売予定",
        "author": "MTG愛好家",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/116/",
        "title": "スーパーコピー",
        "author": "スーパーコピー",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/115/",
        "title": "スーパーコピーブランド",
        "author": "スーパーコピー専門店",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/2/",
        "title": "magicthegathering.com公式コラムを斬れ",
        "author": "古橋のぶゆき",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/113/",
        "title": "モダンマスターズ2015",
        "author": "影も形も無き者",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/114/",
        "title": "タルキール龍紀伝",
        "author": "名も無き者",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/110/",
        "title": "運命再編",
        "author": "影も形も無き者",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/108/",
        "title": "タルキール覇王譚",
        "author": "名も無き者",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/112/",
        "title": "英国でシンプルなコートソリューション",
        "author": "mokeree",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/111/",
        "title": "統率者2014",
        "author": "名も無き者",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/109/",
        "title": "基本セット2015",
        "author": "カローニャ",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/106/",
        "title": "ニクスへの旅",
        "author": "名も無き者",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/107/",
        "title": "コンスピラシー",
        "author": "ダク・フェイデン",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/25/",
        "title": "New Phyrexia",
        "author": "名も無き者",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/97/",
        "title": "ラヴニカへの回帰",
        "author": "mu_ra",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/24/",
        "title": "Mirrodin Besieged (MBS)",
        "author": "名も無き者",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/94/",
        "title": "アヴァシンの帰還",
        "author": "気まぐれマイア",
    },
    {
        "link": "http://forum.astral-guild.net/board/24/104/",
        "title": "レンタルサーバーを利用",
        "author": "野原千裕",
    },
]
