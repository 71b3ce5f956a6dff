"""Real page: the home page of a Japanese "matome" blog on livedoor Blog (kijonan.com, March
2016) that reposts forum threads, saved by TeamHG-Memex/autopager for its pagination data
(the same blog's category page is kijonan_category_page9_ja). A blog platform's front: the
left sidebar comes first in the source (sponsored links, the owner's note, a weekly ranking
filled by script, "最新記事" — the same ten newest titles as links —, the categories,
"最新コメント", "月間人気記事", a monthly ranking of older posts), then inside <div
class=autopagerize_page_element> eight <article class=article itemtype=schema.org/BlogPosting>:
an <h1 class=article-title> link, "<time datetime=2016-03-18T23:05:27+0900>2016年03月18日
23時5分</time>" (Tokyo time, the minute without a leading zero), the category, share buttons,
"1コメント", the post's opening, which quotes forum posts with their own stamps ("2005/08/04(木)
00:52:48"), "この記事の続きを読む" (read the rest), tags. No byline is shown (authors None;
the poster's name "teemo3" is only in an RDF comment and a script). Not entries: the sidebar
boxes (their links repeat the posts' and older ones), the pager, the footer. The address is
autopager's record (og:url says the same). `now` is the save (March 2016).
"""

from datetime import UTC, datetime

url = "http://kijonan.com/"
timezone = "Asia/Tokyo"
now = datetime(2016, 3, 19, 0, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://kijonan.com/archives/56805248.html",
        "title": "公園で子供がセミをとって水の中に入れて遊んでた",
        "published": datetime(2016, 3, 18, 14, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://kijonan.com/archives/56805524.html",
        "title": "友達の子供が年々乱暴になっていくが、友達の対応が非常識だった",
        "published": datetime(2016, 3, 18, 13, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://kijonan.com/archives/56806112.html",
        "title": "キャンプ場のうちの車のわきで子供がフリスビーで遊んでいた。案の定、うちの車にかすった。",
        "published": datetime(2016, 3, 18, 12, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://kijonan.com/archives/56806234.html",
        "title": "授乳室に寄ったら、私から死角になる場所で女性二人の話し声が聞こえてきた。",
        "published": datetime(2016, 3, 18, 11, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://kijonan.com/archives/56804935.html",
        "title": "近所に４歳児（未就園児）で１日中外にいて、誰彼なく「あそぼー、あそぼー」という極度の構ってちゃんがいます。",
        "published": datetime(2016, 3, 18, 9, 35, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://kijonan.com/archives/56805038.html",
        "title": "プールにいたお父さんと小学生の女の子２人。皆そろって男子更衣室へ・・・",
        "published": datetime(2016, 3, 18, 8, 5, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://kijonan.com/archives/56805954.html",
        "title": "バギーを友達に譲る事にしたが新品がよかったらしく流れた。その後、友達が勝手に「同じﾏﾝｼｮﾝの人（私は面識なし）にあげてくれない？」と言ってきた",
        "published": datetime(2016, 3, 18, 6, 35, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://kijonan.com/archives/56806551.html",
        "title": "甥っ子がうちに遊びにきて帰り際に「また来ていい？○○ちゃん（私）大好きだよ、愛してる」なんて言ってくれた。それに妹旦那大激怒",
        "published": datetime(2016, 3, 18, 5, 5, tzinfo=UTC),
        "author": None,
    },
]
