"""Real page: page 2219 of the Beauty board's article list on PTT (批踢踢實業坊), Taiwan's
largest bulletin-board system, saved by poying/ptt-crawler's tests in July 2017. Traditional
Chinese; the <html> has no `lang`. A top bar (logo, board name, "關於我們", "聯絡資訊"), an
action bar (看板 / 精華區, pager links "最舊", "‹ 上頁", "下頁 ›", "最新"), then <div
class=r-list-container> with twenty <div class=r-ent> rows: a push count (<div class=nrec>), a
mark, <div class=title> holding the post's link ("[正妹] 橋本環奈", "Re: [神人] …"), and <div
class=meta> with <div class=date> "7/12" (month/day, no year) and <div class=author>, the poster's
account name. Three rows are deleted posts: their title is the text "(本文已被刪除)
[account]" with no link and author "-"; they are not entries. Dates: the day shown (the year is
the save's, 2017; the links' Unix times agree), in Taipei time. Authors: the account name
shown. Not entries: the bars, the pager, the deleted rows. `now` is the fixture's commit (16 July
2017, 06:37 UTC).
"""

from datetime import UTC, date, datetime

url = "https://www.ptt.cc/bbs/Beauty/index2219.html"
timezone = "Asia/Taipei"
now = datetime(2017, 7, 16, 6, 38, tzinfo=UTC)

entries = [
    {
        "link": "https://www.ptt.cc/bbs/Beauty/M.1499790734.A.833.html",
        "title": "[正妹] 橋本環奈",
        "published": date(2017, 7, 12),
        "author": "TyuzuChou",
    },
    {
        "link": "https://www.ptt.cc/bbs/Beauty/M.1499817685.A.007.html",
        "title": "[正妹] 甜甜的",
        "published": date(2017, 7, 12),
        "author": "Kyle5566",
    },
    {
        "link": "https://www.ptt.cc/bbs/Beauty/M.1499821432.A.FEE.html",
        "title": "[神人] 神正妹",
        "published": date(2017, 7, 12),
        "author": "sadness0830",
    },
    {
        "link": "https://www.ptt.cc/bbs/Beauty/M.1499826430.A.6BC.html",
        "title": "[正妹] 可愛嘟嘟臉",
        "published": date(2017, 7, 12),
        "author": "xibi11231123",
    },
    {
        "link": "https://www.ptt.cc/bbs/Beauty/M.1499828043.A.433.html",
        "title": "[正妹] 蛋糕店女神",
        "published": date(2017, 7, 12),
        "author": "brian88902",
    },
    {
        "link": "https://www.ptt.cc/bbs/Beauty/M.1499833754.A.4BF.html",
        "title": "[正妹] 還不錯",
        "published": date(2017, 7, 12),
        "author": "Note5edge",
    },
    {
        "link": "https://www.ptt.cc/bbs/Beauty/M.1499835900.A.9D7.html",
        "title": "[神人] 常見的廣告模特",
        "published": date(2017, 7, 12),
        "author": "suballhome",
    },
    {
        "link": "https://www.ptt.cc/bbs/Beauty/M.1499836604.A.9FD.html",
        "title": "[正妹] 余霜",
        "published": date(2017, 7, 12),
        "author": "MarioBro",
    },
    {
        "link": "https://www.ptt.cc/bbs/Beauty/M.1499838828.A.2FE.html",
        "title": "[正妹] 愛笑的女孩",
        "published": date(2017, 7, 12),
        "author": "maxxxxxx",
    },
    {
        "link": "https://www.ptt.cc/bbs/Beauty/M.1499838877.A.C3B.html",
        "title": "[正妹] 成大水利白",
        "published": date(2017, 7, 12),
        "author": "maroonfire",
    },
    {
        "link": "https://www.ptt.cc/bbs/Beauty/M.1499839723.A.12E.html",
        "title": "[正妹] 陋巷美女",
        "published": date(2017, 7, 12),
        "author": "ochiochi777",
    },
    {
        "link": "https://www.ptt.cc/bbs/Beauty/M.1499840145.A.342.html",
        "title": "[神人] 女子棒球錦標賽",
        "published": date(2017, 7, 12),
        "author": "siibouf",
    },
    {
        "link": "https://www.ptt.cc/bbs/Beauty/M.1499842879.A.02B.html",
        "title": "[神人] 有氣質又漂亮的藥師",
        "published": date(2017, 7, 12),
        "author": "xdxd80105",
    },
    {
        "link": "https://www.ptt.cc/bbs/Beauty/M.1499843437.A.911.html",
        "title": "[正妹] 鋼管",
        "published": date(2017, 7, 12),
        "author": "INNNNNNNNNNN",
    },
    {
        "link": "https://www.ptt.cc/bbs/Beauty/M.1499845680.A.4EE.html",
        "title": "[正妹] 小畫家",
        "published": date(2017, 7, 12),
        "author": "INNNNNNNNNNN",
    },
    {
        "link": "https://www.ptt.cc/bbs/Beauty/M.1499846911.A.560.html",
        "title": "[正妹] 石原聰美",
        "published": date(2017, 7, 12),
        "author": "atp3306",
    },
    {
        "link": "https://www.ptt.cc/bbs/Beauty/M.1499848382.A.C19.html",
        "title": "Re: [神人] 前天中華職棒全壘打大賽女主持人~簡",
        "published": date(2017, 7, 12),
        "author": "andrew89112",
    },
]
