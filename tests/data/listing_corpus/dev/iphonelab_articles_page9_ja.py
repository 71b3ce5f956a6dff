"""Real page: page 9 of an iPhone blog's article index (iphone-lab.net/articles/, WordPress,
Simplicity theme, Japanese, 2012-2013 posts), saved by TeamHG-Memex/autopager for its
pagination data. Forty <article class="entry cf entry-card …"> in <div id=list>, and after
the third of them an advertising block (<div class="widgets widget-index-middle">,
"スポンサードリンク") among the articles: the list goes on after it. Each card: a thumbnail
link, an <h2> link (many titles are a comment, "→", then the quoted headline and its source:
"楽しみ!→ Appleチーフデザイナーの… | TechCrunch Japan"), the meta line "<span
class=published>2013/5/1</span>" (year/month/day without leading zeros: dates are the local
day, Tokyo) and the categories, a snippet and "記事を読む" (read the article) to the same
post. No bylines (authors None). Not entries: the advertising block, the sidebar, the pager.
`now` is the save (March 2016).
"""

from datetime import UTC, date, datetime

url = "https://iphone-lab.net/articles/page/9/"
timezone = "Asia/Tokyo"
now = datetime(2016, 3, 14, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://iphone-lab.net/post-342031-342031/",
        "title": "楽しみ!→ Appleチーフデザイナーのジョニー・アイヴ、フラットデザインでiOS 7のビジュアル一新へ | TechCrunch Japan",
        "published": date(2013, 5, 1),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-337856-337856/",
        "title": "何か開発に取り組んでると→ アップルの取締役、「iWatch」のうわさに言及 – CNET Japan",
        "published": date(2013, 4, 16),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-337683-337683/",
        "title": "ホントにそうなっらいいなと期待したい→ 「2020年までに世界の全人口がインターネットユーザーに」–グーグル会長が予測 – CNET Japan",
        "published": date(2013, 4, 15),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-337680-337680/",
        "title": "さてどうなる？→ 次期「iPhone」のスクリーン–大型化のトレンドとアップルの思惑 – CNET Japan",
        "published": date(2013, 4, 15),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/imessage-strong-security-337674/",
        "title": "マジッすか？→ CNN.co.jp : 傍受不能のｉＰｈｏｎｅの「メッセージ」、麻薬捜査の障害に？ 米",
        "published": date(2013, 4, 15),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/wordpress-fast-load-335316/",
        "title": "WordPressで1秒切り！目を疑う高速表示の設定はこれだ！1時間で5万PVでも大丈夫",
        "published": date(2013, 4, 4),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-334564-334564/",
        "title": "一番簡単に連絡先の情報をiPhoneとGmailで同期する方法",
        "published": date(2013, 4, 2),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-334200-334200/",
        "title": "国内最大の Apple Store がりんご王国・青森にオープン",
        "published": date(2013, 4, 1),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-332870-332870/",
        "title": "屋内マップを検討？→ アップル、スマホの屋内での位置を特定する技術を開発するWiFiSLAMを買収 （CNET Japan） – Yahoo!ニュース",
        "published": date(2013, 3, 26),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-329492-329492/",
        "title": "これは興味深い→ Amazonだけじゃなかった！ iTunesでも「中古音楽」「電子古本」が始まる可能性がでてきた : ギズモード・ジャパン",
        "published": date(2013, 3, 11),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-329487-329487/",
        "title": "iPhone/iPad用？→ インテルがアップル専用チップの開発を検討中 : ギズモード・ジャパン",
        "published": date(2013, 3, 11),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-328454-328454/",
        "title": "マジっすか？→ これは発売フラグ？ iPhone 5とiPadがNTTドコモの周波数帯追加 : ギズモード・ジャパン",
        "published": date(2013, 3, 7),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-325495-325495/",
        "title": "PS Vita は19,980円に値下げ",
        "published": date(2013, 2, 28),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-325457-325457/",
        "title": "感動のモバイルバッテリーProMini M8",
        "published": date(2013, 2, 27),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-325438-325438/",
        "title": "これがauから出る？→ ソニーモバイル、「Firefox OS」搭載端末の2014年発売を目指す – CNET Japan",
        "published": date(2013, 2, 27),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-325260-325260/",
        "title": "個人的にちょっと注目→ KDDI、夏モデルでXperia Zベースの端末を発売へ",
        "published": date(2013, 2, 26),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-325102-325102/",
        "title": "お、来ましたね！→ KDDI、「Firefox OS」搭載スマートフォンを販売へ – CNET Japan",
        "published": date(2013, 2, 25),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-322492-322492/",
        "title": "台風の目となるか？→ Ubuntuスマートフォンの発売は今年の10月",
        "published": date(2013, 2, 7),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-322010-322010/",
        "title": "確認しよう→ グーグルが提唱する安全なネット利用のための11箇条 – CNET Japan",
        "published": date(2013, 2, 6),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-320797-320797/",
        "title": "Google+にブログの更新情報を流す一番楽な方法はAndroidの共有かな（2013年1月現在）",
        "published": date(2013, 1, 31),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-320555-320555/",
        "title": "ウザイ迷惑メールをソフトバンクに転送して報告",
        "published": date(2013, 1, 30),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/area-free-tv-tuner-320241/",
        "title": "感動した！録画した番組を外出先から観れるデジタルＴＶチューナー「エリアフリー」",
        "published": date(2013, 1, 28),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-317771-317771/",
        "title": "新型iPhoneのウワサが続々と。iPhone 5Sに廉価版iPhone、そしてiPhone 6の情報までも : ギズモード・ジャパン",
        "published": date(2013, 1, 17),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-316337-316337/",
        "title": "同感「僕はこのときのキーノートがいちばん好きです。」→ 今日でiPhone発表から6年。あの伝説キーノートをもう一度（動画） : ギズモード・ジャパン",
        "published": date(2013, 1, 11),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-315885-315885/",
        "title": "Textforceがあれば何でもできる。iOSで書き物するならこれ的決定版テキストエディタ。",
        "published": date(2013, 1, 8),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/radsone-hifi-music-player-314510/",
        "title": "iPhoneを高級オーディオに大変身させる超高音質化音楽プレーヤーアプリRADSONE (旧名: MF Player)",
        "published": date(2012, 12, 27),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-314340-314340/",
        "title": "AppHTML を完全自由自在に変更する方法",
        "published": date(2012, 12, 26),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-314203-314203/",
        "title": "テザリングはやっぱり非常用。あっという間に制限される。",
        "published": date(2012, 12, 24),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-314192-314192/",
        "title": "「使いこなせないと思うから買わない」って意味がわからない",
        "published": date(2012, 12, 24),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-313232-313232/",
        "title": "iPad をフラット定額料金で使う意外な効果",
        "published": date(2012, 12, 20),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-312804-312804/",
        "title": "超危険→「GALAXY S III」などサムスン端末にセキュリティホールか–開発者が公開 – CNET Japan",
        "published": date(2012, 12, 18),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-312796-312796/",
        "title": "同感→ Google、モバイルのデザインに本腰か？",
        "published": date(2012, 12, 18),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-312181-312181/",
        "title": "シンプルでオシャレな Hacoa iPad スタンド",
        "published": date(2012, 12, 14),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/au-spart-pass-311210/",
        "title": "Android（Galaxy S2 WiMax）でauスマートパスを使い始めました",
        "published": date(2012, 12, 10),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-309557-309557/",
        "title": "iPad Retina （第4世代）LTE モデル、動作も通信も速くて最高です！",
        "published": date(2012, 12, 6),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-308710-308710/",
        "title": "iPad LTE 対応モデルの俺的買い方",
        "published": date(2012, 12, 4),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-307013-307013/",
        "title": "これ大切なことかも→ Google、Playストアのスパム・レビュー退治に乗り出す―投稿にGoogle+ユーザー名と画像表示を強制",
        "published": date(2012, 11, 30),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-306476-306476/",
        "title": "iTunes Match がもうすぐ日本で始まる？ iTunes にリンクが登場！",
        "published": date(2012, 11, 29),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-306390-306390/",
        "title": "Safariがモッサリ激遅になったので、リセットしたら回復（Mac）",
        "published": date(2012, 11, 28),
        "author": None,
    },
    {
        "link": "https://iphone-lab.net/post-306026-306026/",
        "title": "これは怖い！→ 意外なノートが公開されていませんか？Evernoteの共有ノートを調べる方法 [ とゆ空間 ]",
        "published": date(2012, 11, 27),
        "author": None,
    },
]
