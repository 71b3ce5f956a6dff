"""Real page: Yahoo! JAPAN's home page (yahoo.co.jp, 12 January 2010, 12:33 in Tokyo), saved by
jhy/jsoup for its parser tests (htmltests/yahoo-jp.html.gz, gzip undone). Japanese. A portal:
services menu on the left, the personal box (calendar, weather, horoscope) and local events on
the right; in the middle column (#main), the "トピックス" box (tabs whose other panels, 経済,
エンタメ, スポーツ, その他, are empty until loaded by script; the open panel lists eight
headline links, each with a [photo] or [new] icon, "12時31分更新" above them, then a photo topic:
a picture link and a caption link — two redirect addresses to one page — with "1月12日10時48分配信"
and the agency "AFP＝時事"), notices (influenza, an opinion advertisement), the "Spotlight"
campaign (a housing feature's links), a feature box, a [PR] advertisement, shopping
recommendations, "映像トピックス" (a picture link and five video headlines) and a community
box ("みんなのアンテナ", questions of a sponsored series). Entries: the topics' headlines, the photo
topic (its picture link the same entry) and the video topics' headlines, in page order (14).
Links resolve against the page's <base href> ("http://www.yahoo.co.jp/_ylh=…/"). Titles: the link's text without its icon. Dates: only the photo topic shows its own (Tokyo
time); the box's "更新" time is the box's, not the headlines'. Authors: none shown; the agency
under the photo topic is no byline (its author is not scored). Not entries: the Spotlight
campaign, the feature, the advertisements and shopping boxes, the notices, the community box,
the tabs, "今日の話題（13件）" and "一覧" links, the services menu, the personal box, local
events and the footer.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "http://www.yahoo.co.jp/"
timezone = "Asia/Tokyo"
now = datetime(2010, 1, 12, 4, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.yahoo.co.jp/_ylh=X3oDMTB0NWxnaGxsBF9TAzIwNzcyOTYyNjUEdGlkAzEyBHRtcGwDZ2Ex/f/topics/top/1/*-http://dailynews.yahoo.co.jp/fc/economy/japan_air_line/?1263260393",
        "title": "日航株ストップ安 売買不成立",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.yahoo.co.jp/_ylh=X3oDMTB0NWxnaGxsBF9TAzIwNzcyOTYyNjUEdGlkAzEyBHRtcGwDZ2Ex/f/topics/top/2/*-http://dailynews.yahoo.co.jp/fc/domestic/rikuzankai/?1263265009",
        "title": "小沢氏の問題言及せず 首相",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.yahoo.co.jp/_ylh=X3oDMTB0NWxnaGxsBF9TAzIwNzcyOTYyNjUEdGlkAzEyBHRtcGwDZ2Ex/f/topics/top/3/*-http://dailynews.yahoo.co.jp/fc/domestic/weather/?1263257382",
        "title": "低気圧発達 西日本で大雪恐れ",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.yahoo.co.jp/_ylh=X3oDMTB0NWxnaGxsBF9TAzIwNzcyOTYyNjUEdGlkAzEyBHRtcGwDZ2Ex/f/topics/top/4/*-http://dailynews.yahoo.co.jp/fc/domestic/shipwreck/?1263253429",
        "title": "漁船不明 無人救命いかだ発見",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.yahoo.co.jp/_ylh=X3oDMTB0NWxnaGxsBF9TAzIwNzcyOTYyNjUEdGlkAzEyBHRtcGwDZ2Ex/f/topics/top/5/*-http://dailynews.yahoo.co.jp/fc/domestic/drunk_driving/?1263267077",
        "title": "飲酒隠し? 警官の前でビール",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.yahoo.co.jp/_ylh=X3oDMTB0NWxnaGxsBF9TAzIwNzcyOTYyNjUEdGlkAzEyBHRtcGwDZ2Ex/f/topics/top/6/*-http://dailynews.yahoo.co.jp/fc/sports/ogushio/?1263260393",
        "title": "小椋久美子が現役引退を表明",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.yahoo.co.jp/_ylh=X3oDMTB0NWxnaGxsBF9TAzIwNzcyOTYyNjUEdGlkAzEyBHRtcGwDZ2Ex/f/topics/top/7/*-http://dailynews.yahoo.co.jp/fc/sports/horse_racing/?1263263670",
        "title": "落馬原因の皇成「申し訳ない」",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.yahoo.co.jp/_ylh=X3oDMTB0NWxnaGxsBF9TAzIwNzcyOTYyNjUEdGlkAzEyBHRtcGwDZ2Ex/f/topics/top/8/*-http://dailynews.yahoo.co.jp/fc/entertainment/ratings/?1263265522",
        "title": "「コード・ブルー」初回は18.8%",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.yahoo.co.jp/_ylh=X3oDMTB0NWxnaGxsBF9TAzIwNzcyOTYyNjUEdGlkAzEyBHRtcGwDZ2Ex/f/topics/top/10/*-http://dailynews.yahoo.co.jp/photograph/pickup/?1263265255",
        "also": (
            "http://www.yahoo.co.jp/_ylh=X3oDMTB0NWxnaGxsBF9TAzIwNzcyOTYyNjUEdGlkAzEyBHRtcGwDZ2Ex/f/topics/top/9/*-http://dailynews.yahoo.co.jp/photograph/pickup/?1263265255",
        ),
        "title": "たこの腕競う",
        "published": datetime(2010, 1, 12, 1, 48, tzinfo=UTC),
    },
    {
        "link": "http://www.yahoo.co.jp/_ylh=X3oDMTB0NWxnaGxsBF9TAzIwNzcyOTYyNjUEdGlkAzEyBHRtcGwDZ2Ex/s/54280",
        "title": "カチカチの砂糖がサラサラになる裏ワザ",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.yahoo.co.jp/_ylh=X3oDMTB0NWxnaGxsBF9TAzIwNzcyOTYyNjUEdGlkAzEyBHRtcGwDZ2Ex/s/54281",
        "title": "キテレツとコロ助が大喧嘩した原因は？",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.yahoo.co.jp/_ylh=X3oDMTB0NWxnaGxsBF9TAzIwNzcyOTYyNjUEdGlkAzEyBHRtcGwDZ2Ex/s/54282",
        "title": "バクテリアが超小型歯車を回す様子",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.yahoo.co.jp/_ylh=X3oDMTB0NWxnaGxsBF9TAzIwNzcyOTYyNjUEdGlkAzEyBHRtcGwDZ2Ex/s/54283",
        "title": "ファミカセでまさかの新作発売？",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.yahoo.co.jp/_ylh=X3oDMTB0NWxnaGxsBF9TAzIwNzcyOTYyNjUEdGlkAzEyBHRtcGwDZ2Ex/s/54284",
        "title": "史上最多9頭落馬 レース映像",
        "published": None,
        "author": None,
    },
]
