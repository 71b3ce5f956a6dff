"""Real page: the "ニュース" (news) category of Dragon Quest X's official community site (目覚めし冒険者の広場,
hiroba.dqx.jp), page 1, saved by dqx-tools/hiroba's API tests
(apps/api/test/fixtures/news-listing-category-0.html) on 23 November 2025: its script sets
`CURRENT_TIME = 202511231231` (12:31 Tokyo time), taken for `now`. XHTML 1.0 without `lang`; a
header, left and right menus (image links to the support pages among them, not entries), then
the list: an <h1> "おしらせ", an <h2> "ニュース" ribbon and one <table> of fifty rows, each a <td
class="news"> holding the title link and a <td class="date"> "YYYY-MM-DD HH:MM" (Tokyo time; the
first row, of 17 September, is a notice the site keeps on top, taken as it stands). No bylines:
authors None. A pager follows."""

from datetime import UTC, datetime

url = "https://hiroba.dqx.jp/sc/news/category/0/"
timezone = "Asia/Tokyo"
now = datetime(2025, 11, 23, 3, 32, tzinfo=UTC)

entries = [
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/1d8c9f71eaa6923fc9d3cd5d10aea4ce/",
        "title": "ソフトウェアトークン／各種認証アプリのアプリ削除や機種変更を行う際のご注意(9/17)",
        "published": datetime(2025, 9, 17, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/30543a51b7a21d5312fdddfeecafb3d4/",
        "title": "[DQXTV番外編] 第10回「新人さん いらっしゃい！」 11月13日(木)20:00～配信！",
        "published": datetime(2025, 11, 12, 10, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/054ab897023645cd7ad69525c46992a0/",
        "title": "[冒険者の広場]RMT・詐欺行為への取り組みに関するご報告",
        "published": datetime(2025, 11, 7, 4, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/889fbd1aec443cef389ea10c93b498d8/",
        "title": "超DQXTVニコ生視聴特典「超ドラゴンクエストXTV #54 公開生放送 in 大阪」",
        "published": datetime(2025, 10, 31, 3, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/6a30e32e56fce5cf381895dfe6ca7b6f/",
        "title": "HD-2D版『ドラゴンクエストI＆II』発売！",
        "published": datetime(2025, 10, 30, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/6a130f1dc6f0c829f874e92e5458dced/",
        "title": "まもなく終了！ 「ありがとうプレゼント」「イベントアイテム」のご利用・受け取り期限のご案内",
        "published": datetime(2025, 10, 24, 6, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/78aa9cdf7ccc43360c7b8d362a07d223/",
        "title": "『DQXオンライン オールインワンパッケージ version 1-7』期間限定30%OFFセール開催！",
        "published": datetime(2025, 10, 22, 2, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/97c99dd2a042908aabc0bafc64ddc028/",
        "title": "かさ枠の「しっぽ」のデザイン修正について",
        "published": datetime(2025, 10, 20, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/2c048d74b3410237704eb7f93a10c9d7/",
        "title": "バージョン8『ドラゴンクエストX 時空の迷い子たち オンライン』2026年発売予定！",
        "published": datetime(2025, 10, 19, 9, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/8860e834a67da41edd6ffe8a1c58fa55/",
        "title": "【超ドラゴンクエストXTV #54 公開生放送 in 大阪】プレイ料金無料期間のおしらせ",
        "published": datetime(2025, 10, 17, 9, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/34f5297ef0ba66f4b3ca225078560d11/",
        "title": "「超ドラゴンクエストXTV #54 公開生放送 in 大阪」 10月19日(日)17:00～生配信！",
        "published": datetime(2025, 10, 17, 9, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/e9dcb63ca828d0e00cd05b445099ed2e/",
        "title": "超DQXTVニコ生視聴特典「超DQXTV 番外編 東京ゲームショウ2025 出張版スペシャル」",
        "published": datetime(2025, 10, 10, 3, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/30d0da2f0929084d504baaec38fe28cd/",
        "title": "[冒険者の広場]RMT・詐欺行為への取り組みに関するご報告",
        "published": datetime(2025, 10, 8, 6, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/4afa19649ae378da31a423bcd78a97c8/",
        "title": "「超DQXTV 番外編 東京ゲームショウ2025 出張版スペシャル」 9月28日(日)11:00～生配信！",
        "published": datetime(2025, 9, 26, 9, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/3423c8199b1e39e91245326376364445/",
        "title": "【超DQXTV 番外編 東京ゲームショウ2025 出張版スペシャル】プレイ料金無料期間のおしらせ",
        "published": datetime(2025, 9, 26, 9, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/c5ad7d5c8e1cd311a06a038f2510bfdc/",
        "title": "『冒険者のおでかけ超便利ツール』32bit版Android端末の対応終了について",
        "published": datetime(2025, 9, 25, 8, 35, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/2e7638c6f7667569fe469fec28c7405b/",
        "title": "まもなく終了！ 「プレゼントのじゅもん」のご利用・受け取り期限のご案内",
        "published": datetime(2025, 9, 25, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/6c19e0a6da12dc02239312f151072ddd/",
        "title": "「公演会２５夏レンズ」の再販売について（2025/9/26 11:00 更新）",
        "published": datetime(2025, 9, 24, 6, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/51c68dc084cb0b8467eafad1330bce66/",
        "title": "[DQXTV番外編] 第9回「新人さん いらっしゃい！」 9月12日(金)20:00～配信！",
        "published": datetime(2025, 9, 11, 10, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/e41990b122b864f164d2ab96e8322690/",
        "title": "[冒険者の広場]RMT・詐欺行為への取り組みに関するご報告",
        "published": datetime(2025, 9, 11, 2, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/e35d7a5768c4b85b4780384d55dc3620/",
        "title": "[おでかけ超便利ツール] 「iOS 26」「iPadOS 26」 以降のペアレンタルコントロールを行う際の年齢制限の区分変更について",
        "published": datetime(2025, 9, 9, 5, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/a4a83056b58ff983d12c72bb17996243/",
        "title": "特別視聴特典『グランゼドーラ劇場 第1回公演』配布のおしらせ（2025/9/12 15:00更新）",
        "published": datetime(2025, 9, 8, 9, 35, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/e261489ab942429a6600c1c4121ac14d/",
        "title": "[おでかけ超便利ツール]秋の電子書籍割引キャンペーン開催！",
        "published": datetime(2025, 9, 5, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/06cdc05791b8af29eed72084f39143c7/",
        "title": "[イベント] 第36回 バトルグランプリ",
        "published": datetime(2025, 9, 3, 10, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/dcc5c249e15c211f21e1da0f3ba66169/",
        "title": "[冒険者の広場] バージョン7.5 ありがとうプレゼント",
        "published": datetime(2025, 8, 27, 9, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/b9acb4ae6121c941324b2b1d3fac5c30/",
        "title": "[Windows][重要]対応環境変更のご案内 （2025/8/22 更新）",
        "published": datetime(2025, 8, 22, 9, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/88cf91a1aef212f3c2cd12406983427d/",
        "title": "超DQXTVニコ生視聴特典『超ドラゴンクエストXTV 13周年スペシャル』",
        "published": datetime(2025, 8, 22, 5, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/016669d2649ea531365419cc792ef8bc/",
        "title": "[冒険者の広場]バージョン7.5前提クエストチェックシート更新",
        "published": datetime(2025, 8, 19, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/4180b5120ca2e09eaa3bd2ebf4b53667/",
        "title": "[冒険者の広場]『ドラゴンクエストX オンライン』 アンケート",
        "published": datetime(2025, 8, 13, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/545e91a14706478dc240764245cd4bd1/",
        "title": "グランゼドーラ劇場第2回公演「バレエ・ドラゴンクエスト」生放送＆タイムシフト配信！",
        "published": datetime(2025, 8, 12, 3, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/1abf005ea3f957c5cb79941ab7707c11/",
        "title": "[冒険者の広場]「超ドラゴンクエストXTV 公開生放送 in 大阪」観覧者大募集！",
        "published": datetime(2025, 8, 9, 13, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/7a1d9028a78f418cb8f01909a348d9b2/",
        "title": "[DQXTV] 超ドラゴンクエストXTV 13周年スペシャル 8月9日(土)17:00～生配信！",
        "published": datetime(2025, 8, 8, 9, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/12fb63ba1566cb03484e1e5e290a73f4/",
        "title": "【超ドラゴンクエストXTV 13周年スペシャル】プレイ料金無料期間のおしらせ",
        "published": datetime(2025, 8, 8, 9, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/b6846b0186a035fcc76b1b1d26fd42fa/",
        "title": "[冒険者の広場]RMT・詐欺行為への取り組みに関するご報告",
        "published": datetime(2025, 8, 8, 2, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/64de166633d61c8326232568b42beef1/",
        "title": "3周年記念！カスタムオーダーフォトブック「冒険者のアルバム」15％OFFキャンペーン",
        "published": datetime(2025, 8, 1, 15, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/d863d5ec458b0dc3b46cba96d9d49ac3/",
        "title": "超DQXTVニコ生視聴特典『超ドラゴンクエストXTV #53』",
        "published": datetime(2025, 7, 28, 8, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/ad2972cf612acdeec0f99338a768aa05/",
        "title": "グランゼドーラ劇場オープン ＆ 第1回公演 開催！",
        "published": datetime(2025, 7, 25, 9, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/ce1aad92b939420fc17005e5461e6f48/",
        "title": "ビットキャッシュ 特典アイテムもらえる！キャンペーン開催！",
        "published": datetime(2025, 7, 25, 2, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/b6cf334c22c8f4ce8eb920bb7b512ed0/",
        "title": "まもなく終了！ 「ありがとうプレゼント」の受け取り期限のご案内",
        "published": datetime(2025, 7, 24, 8, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/0ea6f098a59fcf2462afc50d130ff034/",
        "title": "13周年記念「アストルティア生誕祭」特設サイトオープン！",
        "published": datetime(2025, 7, 23, 9, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/f065d878ccfb4cc4f4265a4ff8bafa9a/",
        "title": "新職業「隠者」バージョン7.5より登場！ 特設ページオープン！",
        "published": datetime(2025, 7, 22, 9, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/b665bf733325cebbccee5935b1272616/",
        "title": "『DQXオンライン オールインワンパッケージ version 1-7』期間限定50%OFFセール開催！",
        "published": datetime(2025, 7, 16, 1, 25, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/e6be5b6def555465fea6d6458bd7eba5/",
        "title": "[冒険者の広場]RMT・詐欺行為への取り組みに関するご報告",
        "published": datetime(2025, 7, 9, 2, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/1387a00f03b4b423e63127b08c261bdc/",
        "title": "[DQXTV] 超ドラゴンクエストXTV #53 7月8日(火)21:00～生配信！",
        "published": datetime(2025, 7, 7, 9, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/2b763288faedb7707c0748abe015ab6c/",
        "title": "【超ドラゴンクエストXTV #53】プレイ料金無料期間のおしらせ",
        "published": datetime(2025, 7, 7, 9, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/536eecee295b92db6b32194e269541f8/",
        "title": "Nintendo Switch™ 2におけるNintendo Switch™ 版「かんたんプレイ」についてのご注意",
        "published": datetime(2025, 6, 27, 11, 40, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/4e093aa7417fe0881bc5fbda7322a74e/",
        "title": "[DQXTV番外編] 第7回「新人さん いらっしゃい！」 6月27日(金)20:00～配信！",
        "published": datetime(2025, 6, 26, 8, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/2e4fb1ddb61e8e45740ed0415f2b28b0/",
        "title": "まもなく終了！ 「プレゼントのじゅもん」のご利用・受け取り期限のご案内",
        "published": datetime(2025, 6, 23, 8, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/fc2022c89b61c76bbef978f1370660bf/",
        "title": "超DQXTVニコ生視聴特典『超ドラゴンクエストXTV #52』",
        "published": datetime(2025, 6, 16, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/f005e17eabbb0d38b06b8a78f3637d85/",
        "title": "プレイ継続特典「4680日特典」のご案内",
        "published": datetime(2025, 6, 13, 8, 0, tzinfo=UTC),
        "author": None,
    },
]
