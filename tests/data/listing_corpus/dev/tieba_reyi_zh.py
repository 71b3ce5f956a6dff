"""Real page: Baidu Tieba's forum "贴吧热议" (tieba.baidu.com, zh, a community board of topics on the
day's news) on 2 August 2020, saved by GeneralNewsExtractor/GeneralNewsExtractor as
test_list_page/tieba/1.html. Fifty <li class="j_thread_list …"> (two pinned, "thread_top"): the
reply count, the topic's link in <div class=threadlist_title> (<a class=j_th_tit>, the title),
the starter in <span class=tb_icon_author title="主题作者: 娱乐圈吧智囊团"> holding a user-card link
whose text the board cuts to four characters and "..." ("娱乐圈吧...") and drops emoji from, a
teaser, pictures, the last replier and the time of the last reply ("16:09", "8-1"). Links: the
topic links (/p/ID). Titles: their text. No `published`: the only times are the last reply's.
Authors: the starter's name, where the card shows it whole; where the link's text is cut or
lacks the tooltip's emoji, the page does not settle the name a reader sees and the key is left
out. Not entries: the board's header and tabs, the pager, the right-hand column. `now`: the last
replies' times (16:10 China time) on the day of the commit that added the page.
"""

from datetime import UTC, datetime

url = "https://tieba.baidu.com/f?kw=%E8%B4%B4%E5%90%A7%E7%83%AD%E8%AE%AE"
timezone = "Asia/Shanghai"
now = datetime(2020, 8, 2, 8, 15, tzinfo=UTC)

entries = [
    {
        "link": "https://tieba.baidu.com/p/6401593389",
        "title": "【招聘】贴吧热议吧吧务邀请你的加入！！",
        "author": "烟给我烟",
    },
    {
        "link": "https://tieba.baidu.com/p/6787608290",
        "title": "【官方活动】晒新版贴吧截图，盖楼赢好礼",
        "author": "贴吧官方",
    },
    {
        "link": "https://tieba.baidu.com/p/6854540762",
        "title": "独家采访！江苏男子订铁笼自杀，因抑郁症15次医院就诊，好友知其要自杀未报警",
        "author": "关注朋朋",
    },
    {
        "link": "https://tieba.baidu.com/p/6855574054",
        "title": "救援人员推测：青海失联女大学生抱轻生目的到达可可西里",
    },
    {
        "link": "https://tieba.baidu.com/p/6855761188",
        "title": "特朗普将禁止TikTok在美运营，TikTok美国总经理发声：我们哪也不打算去，会长期运营下去",
    },
    {
        "link": "https://tieba.baidu.com/p/6855874703",
        "title": "女大学生找不着北被网约车司机骂：全地球的人都知道，可能只有火星人不知道",
    },
    {
        "link": "https://tieba.baidu.com/p/6855572937",
        "title": "可可西里失联女大学生搜救画面曝光，遗骸已找到",
    },
    {
        "link": "https://tieba.baidu.com/p/6855876477",
        "title": "60多所美国大学面临集体诉讼：面授变网课，学费差额为何不退还",
    },
    {
        "link": "https://tieba.baidu.com/p/6856323181",
        "title": "UVT，来了解一下。",
        "author": "xmp132508",
    },
    {
        "link": "https://tieba.baidu.com/p/6846056930",
        "title": "《一切都可以接》",
    },
    {
        "link": "https://tieba.baidu.com/p/6855784104",
        "title": "“不给父母添负担”！学霸691分考入清华暑期搬砖打工，老板每天多给50元鼓励",
    },
    {
        "link": "https://tieba.baidu.com/p/6855735424",
        "title": "喂，消防吗？我床下有一只鳄鱼…",
    },
    {
        "link": "https://tieba.baidu.com/p/6855459062",
        "title": "吧友们早上好",
    },
    {
        "link": "https://tieba.baidu.com/p/6435718768",
        "title": "#明星来了#更新最新贴吧APP，领取限定头像挂饰！",
        "author": "贴吧小baby",
    },
    {
        "link": "https://tieba.baidu.com/p/6856306107",
        "title": "一路走好！甘肃52岁民警因公牺牲",
        "author": "关注朋朋",
    },
    {
        "link": "https://tieba.baidu.com/p/6856304039",
        "title": "此课程适合想找工作人士学习，免培直出正规可查，不限户籍全国通",
        "author": "xinbo686",
    },
    {
        "link": "https://tieba.baidu.com/p/6854203678",
        "title": "王蔷退出2020美网",
    },
    {
        "link": "https://tieba.baidu.com/p/6851650741",
        "title": "陕西禁止任何形式家暴，包括侮辱诽谤等行为",
        "author": "关注朋朋",
    },
    {
        "link": "https://tieba.baidu.com/p/6850571756",
        "title": "新买的车能不能把到妹鸭。",
    },
    {
        "link": "https://tieba.baidu.com/p/6818217423",
        "title": "菏泽单县高老家刘暗楼村刘效展在济南以经营齐府小院为由骗了一百",
        "author": "李Jane1016_",
    },
    {
        "link": "https://tieba.baidu.com/p/6854632217",
        "title": "两大爷暴雨中碰杯喝酒，唱跳并拉人吟唱",
    },
    {
        "link": "https://tieba.baidu.com/p/6854455512",
        "title": "iPhone被指虚假防水宣传：你怎么看?",
        "author": "撩人情鹃",
    },
    {
        "link": "https://tieba.baidu.com/p/6849806903",
        "title": "真正全村的希望，留守女生高考676分父亲激动流泪",
    },
    {
        "link": "https://tieba.baidu.com/p/6853755427",
        "title": "领航强军新时代",
        "author": "关注朋朋",
    },
    {
        "link": "https://tieba.baidu.com/p/6854602907",
        "title": "十一仓业务来了！杭州快递员收到价值1.5亿包裹",
    },
    {
        "link": "https://tieba.baidu.com/p/6740427615",
        "title": "吓人！杭州#大妈景区玻璃桥上跳广场舞 保安劝都劝不住：桥要断了！",
    },
    {
        "link": "https://tieba.baidu.com/p/6856207505",
        "title": "#青海失联女孩遗骸已找到# 年轻的生命逝去",
    },
    {
        "link": "https://tieba.baidu.com/p/6854512143",
        "title": "见证历史！1949年以来7月首次没有台风生成",
    },
    {
        "link": "https://tieba.baidu.com/p/6808068581",
        "title": "辛苦了！武汉高三小伙高考完就上防汛一线",
    },
    {
        "link": "https://tieba.baidu.com/p/6856172076",
        "title": "山东力明科技职业学院关于初中应往届毕业生招生的说明：1、招生",
    },
    {
        "link": "https://tieba.baidu.com/p/6854373438",
        "title": "南京刚毕业女生失联超21天：曾飞抵云南一边境检查站",
        "author": "撩人情鹃",
    },
    {
        "link": "https://tieba.baidu.com/p/6790668940",
        "title": "🎁🎁",
    },
    {
        "link": "https://tieba.baidu.com/p/6856131702",
        "title": "7岁女童商场偷拿玩具亲妈报警",
    },
    {
        "link": "https://tieba.baidu.com/p/6832694893",
        "title": "各位大佬。本人家正门，正对着厕所门，哪位能人能否帮忙设计个玄",
    },
    {
        "link": "https://tieba.baidu.com/p/6856108822",
        "title": "仙侠 传奇 国战手游招收内部返利号！！！",
    },
    {
        "link": "https://tieba.baidu.com/p/6854336494",
        "title": "#八一建军节# 祝我国昌盛",
    },
    {
        "link": "https://tieba.baidu.com/p/6817281993",
        "title": "戒烟后，人的肺还能全部恢复正常吗？",
        "author": "黄瓜挤奶",
    },
    {
        "link": "https://tieba.baidu.com/p/6202296985",
        "title": "过户逝者手机号需本人到场，当事人灵魂拷问：死人能复生吗？",
        "author": "关注朋朋",
    },
    {
        "link": "https://tieba.baidu.com/p/6754082174",
        "title": "山东理工大学成人高考报名啦，高起专，高起本，专升本，不用到校",
    },
    {
        "link": "https://tieba.baidu.com/p/6849761050",
        "title": "甘肃榆中回应受捐学生嘲讽式感谢信：学生间起误会，已批评教育",
    },
    {
        "link": "https://tieba.baidu.com/p/6830595184",
        "title": "印度恒河水真的很脏？小姐姐对比中国河水，最终眼见不一定为实？",
        "author": "米拉滴璐璐",
    },
    {
        "link": "https://tieba.baidu.com/p/6850732408",
        "title": "李登辉病亡，所住医院发说明稿：产生败血性休克及多重器官衰竭",
        "author": "关注朋朋",
    },
    {
        "link": "https://tieba.baidu.com/p/6850399047",
        "title": "#骗子#大伙要注意！这个兼职团队！没想到是职业骗子！收完定金",
    },
    {
        "link": "https://tieba.baidu.com/p/6852028377",
        "title": "今天的NBA有人看吗?",
    },
    {
        "link": "https://tieba.baidu.com/p/6795300086",
        "title": "鞠婧祎对于“4千年美女”称号非常厌恶，路人对他的嘲讽，让鞠婧祎也崩溃大哭过好几次",
    },
    {
        "link": "https://tieba.baidu.com/p/6855308796",
        "title": "。有真正想创业的小伙伴吗？交流一下",
    },
    {
        "link": "https://tieba.baidu.com/p/6855936829",
        "title": "#搜索# 发条橙",
        "author": "Duhaih37",
    },
    {
        "link": "https://tieba.baidu.com/p/6855922500",
        "title": "#华为P40# 等鸿蒙可以应用到手机上了，就换华为手机。",
        "author": "Ai_Rann",
    },
    {
        "link": "https://tieba.baidu.com/p/6842558945",
        "title": "成都总领馆被关，美国务院说“失望”，美国网友惊诧了！",
    },
    {
        "link": "https://tieba.baidu.com/p/6837930225",
        "title": "四川女大学生在青海失联17日，最后一次出现在青藏线南山口",
    },
]
