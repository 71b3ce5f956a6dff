"""Real page: the "イベント" (events) category of Dragon Quest X's official community site (目覚めし冒険者の広場,
hiroba.dqx.jp), page 1, saved by dqx-tools/hiroba's API tests
(apps/api/test/fixtures/news-listing-category-1.html) on 23 November 2025: its script sets
`CURRENT_TIME = 202511231231` (12:31 Tokyo time), taken for `now`. XHTML 1.0 without `lang`; a
header, left and right menus (image links to the support pages among them, not entries), then
the list: an <h1> "おしらせ", an <h2> "イベント" ribbon and one <table> of fifty rows, each a <td
class="news"> holding the title link and a <td class="date"> "YYYY-MM-DD HH:MM" (Tokyo time). No
bylines: authors None. A pager follows."""

from datetime import UTC, datetime

url = "https://hiroba.dqx.jp/sc/news/category/1/"
timezone = "Asia/Tokyo"
now = datetime(2025, 11, 23, 3, 32, tzinfo=UTC)

entries = [
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/b7c13b0a474277d7f6c6d6ba8a0ed678/",
        "title": "[イベント] 伝説の宿敵たち「りゅうおう」「ミルドラース」再臨！",
        "published": datetime(2025, 11, 18, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/4493f5351e66c44bc87515f72d07aec2/",
        "title": "第9回フィッシングコンテストにご参加中のみなさまへ 副賞発送に関するご協力のお願い",
        "published": datetime(2025, 11, 17, 9, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/f4f1f13c8289ac1b1ee0ff176b56fc60/",
        "title": "[テンの日] 11月10日(月)はテンの日！ ～決戦ドレアフェスティバル～",
        "published": datetime(2025, 11, 9, 21, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/a3c788c57e423fa9c177544a4d5d1239/",
        "title": "『おでかけ超便利ツール』秋のふくびき券大量祭2025",
        "published": datetime(2025, 11, 8, 21, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/239f914f30ea3c948fce2ea07a9efb33/",
        "title": "[イベント] おさかなコイン限定交換屋 期間限定オープン！",
        "published": datetime(2025, 11, 5, 3, 10, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/c2f8e6f7f5a740e5b753357c9bb2c664/",
        "title": "[イベント] 第9回フィッシングコンテスト 「おっとっと とと丸グランプリ」",
        "published": datetime(2025, 11, 5, 3, 10, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/16105fb9cc614fc29e1bda00dab60d41/",
        "title": "「マイコーデコレクション」「ハウジングコレクション」10月のランキング公開！",
        "published": datetime(2025, 11, 4, 4, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/e5e6851e7f7ffd3530e7389e183aa468/",
        "title": "冒険者のおでかけ超便利ツール「決戦ドレアコレクション」開催！",
        "published": datetime(2025, 11, 3, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/c73071b4520a9a82990741a84a2144eb/",
        "title": "[イベント] 11月3日(文化の日)は「エルフの日」！",
        "published": datetime(2025, 11, 2, 15, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/96f0a190986ed55124c246fd4c7e412f/",
        "title": "アストルティア住宅展示場更新！ ～レストラン街風ハウジング！～",
        "published": datetime(2025, 10, 31, 8, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/ca9541826e97c4530b07dda2eba0e013/",
        "title": "季節の家具・庭具販売「よろず屋ロココ」期間限定オープン",
        "published": datetime(2025, 10, 24, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/5905aa3361a00b7d9356fa6cf222396d/",
        "title": "[イベント] おきがえリポちゃん ～ デビパンクシャツ ～",
        "published": datetime(2025, 10, 24, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/af88d16112663ef32519c582073f44c4/",
        "title": "[イベント] メギストリスの都でショップポイントGet！(10/24)",
        "published": datetime(2025, 10, 24, 2, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/cd19a3a0867f69f400961b5dd502fbc6/",
        "title": "[イベント] 第6回 隠れスライムフェスティバル",
        "published": datetime(2025, 10, 22, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/62ac9cd1eac1b6b1d204d458ee016173/",
        "title": "カムバックさん限定 96時間フリープレイキャンペーン開催！",
        "published": datetime(2025, 10, 21, 15, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/f94778df58fec780ff952344ac5a2442/",
        "title": "[イベント] ウェルカムギフト 39ドラゴンクエスト・キャンペーン",
        "published": datetime(2025, 10, 19, 21, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/71cc107d2e0408e60a3d3c44f47507bd/",
        "title": "[テンの日] 10月10日(金)はテンの日！ ～テンの日10周年！ メモリアルだぜはぐレモン～",
        "published": datetime(2025, 10, 9, 21, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/7dd11ae2d5ed34925bdbdc9b01866349/",
        "title": "[イベント] 天獄フィーバー",
        "published": datetime(2025, 10, 4, 21, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/c7a2af589d255231c76944fe4a45a500/",
        "title": "アストルティア住宅展示場更新！ ～ハロウィン風ハウジング！～",
        "published": datetime(2025, 10, 3, 8, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/9cd3598a91516950427c605ae29cff68/",
        "title": "「マイコーデコレクション」「ハウジングコレクション」9月のランキング公開！",
        "published": datetime(2025, 10, 3, 5, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/0a2298a72858d90d5c4b4fee954b6896/",
        "title": "[イベント] 第12回 バトルトリニティ対抗戦",
        "published": datetime(2025, 10, 1, 10, 10, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/987b75e2727ae55289abd70d3f5864e6/",
        "title": "「お宝の写真」10月1日（水）昼12:00更新！",
        "published": datetime(2025, 10, 1, 3, 35, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/fdda6e957f1e5ee2f3b311fe4f145ae1/",
        "title": "[イベント] おきがえリポちゃん ～ コウモリドレス ～",
        "published": datetime(2025, 9, 26, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/57db7d68d5335b52d5153a4e01adaa6b/",
        "title": "[イベント] メギストリスの都でショップポイントGet！(9/26)",
        "published": datetime(2025, 9, 25, 2, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/9e6adb1432c4a75a33d48693328e4159/",
        "title": "[イベント] 第7回 ドルボードレースグランプリ",
        "published": datetime(2025, 9, 24, 3, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/48bea99c85bcbaaba618ba10a6f69e44/",
        "title": "[イベント] 秋イベント「神の月の感謝祭」",
        "published": datetime(2025, 9, 17, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/cc6ef8cb8df3af5693726838cd728163/",
        "title": "[おでかけ超便利ツール] 秋の味覚祭2025",
        "published": datetime(2025, 9, 13, 21, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/d60743aab4b625940d39b3b51c3c6a78/",
        "title": "[テンの日] 9月10日(水)はテンの日！ ～秋のフレンド探し隊！～",
        "published": datetime(2025, 9, 9, 21, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/e0f48a1058f0f0204b22d4a2fd6f18ae/",
        "title": "アストルティア住宅展示場更新！ ～パン屋さん風ハウジング！～",
        "published": datetime(2025, 9, 5, 7, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/fe2b952bd6b9030970b3866b328bd9c7/",
        "title": "「マイコーデコレクション」「ハウジングコレクション」8月のランキング公開！",
        "published": datetime(2025, 9, 4, 8, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/ff450ba01b0ca2695d62525505dd80eb/",
        "title": "[冒険者の広場] 国勢調査 13th Anniversary 公開！",
        "published": datetime(2025, 8, 29, 8, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/420824960f755f8721c47b6027ead6ab/",
        "title": "[イベント] おきがえリポちゃん ～ きまぐれ猫ドレス ～",
        "published": datetime(2025, 8, 27, 4, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/966aad8981dcc75b5b8ab04427a833b2/",
        "title": "[イベント] メギストリスの都でショップポイントGet！(8/27)",
        "published": datetime(2025, 8, 27, 4, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/5735c3a7aa6ffcfe6ab123835584db75/",
        "title": "『冒険者のおでかけ超便利ツール』バージョン7.5リリース記念スペシャルキャンペーン！",
        "published": datetime(2025, 8, 16, 21, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/d82f9436247aa0049767b776dceab4ed/",
        "title": "[イベント] 第35回 バトルグランプリ・SP",
        "published": datetime(2025, 8, 13, 10, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/82273dfbbc9cc64149d6e6d52d3104fa/",
        "title": "[イベント] 8月11日(山の日)は「オーガの日」！",
        "published": datetime(2025, 8, 10, 15, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/5c333c4ffd55c7a3576e6a614d81af82/",
        "title": "[テンの日] 8月10日(日)はテンの日！ ～夏のチームメンバー探し隊！～",
        "published": datetime(2025, 8, 9, 21, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/445e24b5f22cacb9d51a837c10e91a3f/",
        "title": "「マイコーデコレクション」「ハウジングコレクション」7月のランキング公開！",
        "published": datetime(2025, 8, 6, 6, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/1e9b64527e41c7360750af533155aebd/",
        "title": "[イベント] 第2回 討伐タイムアタック「羅刹王バラシュナ つよさIV」",
        "published": datetime(2025, 8, 4, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/a7b23e6eefbe6cf04b8e62a6f0915550/",
        "title": "アストルティア住宅展示場更新！ ～ホテル風ハウジング！～",
        "published": datetime(2025, 8, 1, 3, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/8f91c9c261bfa0650898a921928d0950/",
        "title": "[イベント] おしゃべりドラキーマのアストルティア13周年カウントダウン！",
        "published": datetime(2025, 7, 31, 8, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/0d7f9017fbda691900187b22404b8a1f/",
        "title": "[イベント] 幻の海トラシュカ2025",
        "published": datetime(2025, 7, 30, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/076a8133735eb5d7552dc195b125a454/",
        "title": "[イベント] 第23回アストルティア★ハッピーくじ「アストルティア13周年お祝いくじ」",
        "published": datetime(2025, 7, 25, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/d064bf1ad039ff366564f352226e7640/",
        "title": "[イベント] おきがえリポちゃん ～ 夏の渚のシャツ ～",
        "published": datetime(2025, 7, 25, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/580f9aa264f1108da3db844806f3952e/",
        "title": "[イベント] メギストリスの都でショップポイントGet！(7/25)",
        "published": datetime(2025, 7, 25, 2, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/442b548e816f05640dec68f497ca38ac/",
        "title": "[イベント] DQX写真コンテスト「百物語」結果発表！",
        "published": datetime(2025, 7, 24, 15, 15, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/14da15db887a4b50efe5c1bc66537089/",
        "title": "[イベント] 7月21日(海の日)は「ウェディの日」！",
        "published": datetime(2025, 7, 20, 15, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/95c8ba4434e9db2bf3e20c639b04c56f/",
        "title": "[イベント] 炎夏の海を駆け抜けろ！２",
        "published": datetime(2025, 7, 17, 3, 10, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/23a6de9d1b696e1e7ddd06bb056745a2/",
        "title": "[イベント] プレイヤーイベント開催者のみなさんへ 13周年前夜祭のお誘い",
        "published": datetime(2025, 7, 16, 3, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hiroba.dqx.jp/sc/news/detail/e9a8f256f4904b06246375df06a8864b/",
        "title": "カムバックさん限定 96時間フリープレイキャンペーン開催！",
        "published": datetime(2025, 7, 15, 15, 0, tzinfo=UTC),
        "author": None,
    },
]
