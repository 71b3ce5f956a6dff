"""Real page: the thread list (page 1) of Bahamut's "場外休憩區" board
(forum.gamer.com.tw/B.php?bsn=60076, Traditional Chinese, Taiwan) on 14 October 2022, saved
by twkevinzhang/NewsHub as gamer-api/src/test/html/BoardPage.html. A <table class=b-list>
of thirty <tr class=b-list__row>, seven pinned ones first ("置頂", "精華"): a cell with the
sub-board link ("場外綜合") and a score; the main cell, one link to the thread (C.php?...)
holding a thumbnail, the title (<p class=b-list__main__title>, or an <a> of that class in
the pinned rows, "【情報】梵谷名畫〈向日葵〉被潑番茄湯") and a brief; page links of long
threads ("171819"); a count cell ("14/ 0") over the starter's name linking to
home.gamer.com.tw; a time cell with the LAST REPLY's time ("今日 19:48", "10/13 23:59", a
link titled "觀看最新回覆文章") over the last replier's name. Links: the thread's address
(the title's link). Titles: the title element's text. Authors: the starter (the name under
the counts). Published is left out: the only time shown is the last reply's, no thread's
start. Not entries: the sub-board links, the page links inside titles, the users' links,
the board's menus, pager and sidebars. `now`: the board's newest replies at "今日 19:48",
14 October 2022 in Taipei.
"""

from datetime import UTC, datetime

url = "https://forum.gamer.com.tw/B.php?bsn=60076"
timezone = "Asia/Taipei"
now = datetime(2022, 10, 14, 11, 50, tzinfo=UTC)

entries = [
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=6306759&tnum=1",
        "title": "【分流】進板圖招募 / 板務建議區 / 精華好文推薦",
        "author": "johnny860726",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7362507&tnum=53",
        "title": "【認真】求 9/24 台中文心路崇德路十字路口往東邊熱河路方向 行車記錄",
        "author": "Liang0811",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7370559&tnum=377",
        "title": "【板建】場外板務建議討論區",
        "author": "edfrmpc44ic",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7355038&tnum=224",
        "title": "【公告】場外小組成員卸任 ＆ 管理名單調整",
        "author": "smartest",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7368792&tnum=127",
        "title": "【公告】真實兒少 （俗稱幼女、蘿莉）照片分享規定",
        "author": "smartest",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7321935&tnum=187",
        "title": "【宣導】保護自己的帳號，從開啟兩步驟驗證開始",
        "author": "edfrmpc44ic",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7371305&tnum=165",
        "title": "【說明】關於近期隱板標準與特定文章會於隱板的原因",
        "author": "edfrmpc44ic",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7397942&tnum=9",
        "title": "【情報】梵谷名畫〈向日葵〉被潑番茄湯",
        "author": "fack5104",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7397945&tnum=3",
        "title": "【閒聊】還好動保人士沒盯上SCP基金會",
        "author": "sheshe0509",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7313471&tnum=16",
        "title": "【閒聊】手機是只剩iPhone跟pixel 了嗎",
        "author": "cinnamomum",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7397930&tnum=9",
        "title": "【情報】我想我是不會確診的",
        "author": "Fff110915",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7397960&tnum=1",
        "title": "【討論】【認真】如果當年清朝立憲派成功，中國近代史會如何發展呢？",
        "author": "ilovecube",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7397959&tnum=1",
        "title": "【問題】彩虹粥的排毒效果真的能跟攝護腺排毒比嗎？",
        "author": "stu92614",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=4672961&tnum=49306",
        "title": "【閒聊】場外中正大學串",
        "author": "darren2844",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7397958&tnum=1",
        "title": "【問題】每天上班都去一家飲料店買飲料",
        "author": "jack60411",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7397953&tnum=4",
        "title": "【問題】假日是不是該讓雞兒放個假呢？",
        "author": "aa455005tw",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7397918&tnum=3",
        "title": "【心得】辣味噌拉麵",
        "author": "kingpog",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=4667536&tnum=295240",
        "title": "【楓谷】拒絕85代製代洗代抽，06/22 冒險家大改、星光交響樂、極限燃燒",
        "author": "ak9381172",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7397957&tnum=1",
        "title": "【問題】今天一定要調作息",
        "author": "Kelauli3180",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=6150285&tnum=32624",
        "title": "【碧藍檔案/蔚藍檔案】ブルアカ 晄輪大祭／國際服櫻花盛開復刻",
        "author": "ccuu1277",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7397956&tnum=1",
        "title": "【心得】minecraft 2022生物投票",
        "author": "tea28579111",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7095458&tnum=1602",
        "title": "【心得】繁中手遊「Orna」，類寶可夢手遊的RPG手機遊戲(圖多)",
        "author": "tpgxdra",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7397921&tnum=10",
        "title": "【心得】好多人都消失了",
        "author": "Jerrykuan8",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7397858&tnum=12",
        "title": "【心得】死神的重聽到底有多嚴重",
        "author": "a4568848",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7397952&tnum=3",
        "title": "【閒聊】死神血戰篇動畫會做出茶渡跟井上在虛圈瘋狂修煉的劇情嗎？",
        "author": "owen880410",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=6040952&tnum=8517",
        "title": "【討論】歌勢Vtuber大樓(表單內含333名V-5月11日)(RIOT MUSIC免費live)",
        "author": "erictam999",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7397955&tnum=1",
        "title": "【閒聊】人在哪裡跌倒",
        "author": "as12356",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=4547923&tnum=21313",
        "title": "【場外王之逆襲串】沒料了",
        "author": "baby32636",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=7397943&tnum=7",
        "title": "【問題】你們覺得這像誰",
        "author": "kenfang",
    },
    {
        "link": "https://forum.gamer.com.tw/C.php?bsn=60076&snA=6920535&tnum=14703",
        "title": "[第136天］天佑烏克蘭｜蛇島駐軍被擊退",
        "author": "Skycat119",
    },
]
