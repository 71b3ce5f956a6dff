"""Real page: page 9 of the category "非常識" of a Japanese "matome" blog (livedoor Blog,
2016) that reposts forum threads, saved by TeamHG-Memex/autopager for its pagination data.
Ten <article class=article itemtype=schema.org/BlogPosting> inside <div
class=autopagerize_page_element>: an <h1 class=article-title> link, "<time
datetime=2016-02-26T15:35:44+0900>2016年02月26日 15時35分</time>" (the minute without a
leading zero: "14時5分"; Tokyo time), the category, "N コメント", share buttons, then the
post's text, which quotes forum posts with their own stamps ("2005/07/11(月) 19:39:04"),
and "この記事の続きを読む" (read the rest) to the same post, then tags. No bylines (authors
None: the quoted posters are "名無しの心子知らず", the forum's anonymous name). Not entries:
the header, the sidebar's ranking and link lists, the pager. The page has no canonical
address; its address is autopager's record. `now` is the save (March 2016).
"""

from datetime import UTC, datetime

url = "http://kijonan.com/archives/cat_103640.html?p=9"
timezone = "Asia/Tokyo"
now = datetime(2016, 3, 19, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://kijonan.com/archives/55484745.html",
        "title": "病院で小学生１～２年の女の子がそこまで具合も悪そうじゃなかったのに、母親に抱っこされて診察室に入っていった",
        "published": datetime(2016, 2, 26, 8, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://kijonan.com/archives/55484833.html",
        "title": "甥は小六の時に軽い捻挫をした。 母親はどこに行くにも、ひげの生えかけた甥をオンブ。",
        "published": datetime(2016, 2, 26, 6, 35, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://kijonan.com/archives/55485972.html",
        "title": "自分のパンにマーガリン、苺ジャムをつけて赤５か月にしゃぶらせてた。",
        "published": datetime(2016, 2, 26, 5, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://kijonan.com/archives/55422936.html",
        "title": "2歳の娘を三輪車に乗せて公園に行ったとき、５歳ぐらいの子がよってきてウチの子を突き飛ばし三輪車を奪った",
        "published": datetime(2016, 2, 25, 11, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://kijonan.com/archives/55422797.html",
        "title": "ゲーセンに一人でいた放置子にカチムカ",
        "published": datetime(2016, 2, 25, 8, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://kijonan.com/archives/55422850.html",
        "title": "産婦人科でトイレに行ったら男の子兄弟がトイレで二人で遊んでいた。",
        "published": datetime(2016, 2, 25, 6, 35, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://kijonan.com/archives/55423183.html",
        "title": "子供のおもちゃに凝っているママ「ごめんね。触らせないでくれる～」",
        "published": datetime(2016, 2, 25, 5, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://kijonan.com/archives/55357535.html",
        "title": "マンションのロビーのソファーで子供達がテーブルの上に土足を乗せる",
        "published": datetime(2016, 2, 25, 3, 35, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://kijonan.com/archives/55358207.html",
        "title": "向かいの家の小学生女子とその弟が、家(道路側の角部屋)を的にサッカーをする。",
        "published": datetime(2016, 2, 25, 0, 35, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://kijonan.com/archives/55357753.html",
        "title": "手押し車がないとあまり歩けない状態の子供を連れて公園に行ったら、３～４歳の子供が手押し車を貸して！と言ってきた",
        "published": datetime(2016, 2, 24, 13, 5, tzinfo=UTC),
        "author": None,
    },
]
