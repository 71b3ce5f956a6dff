"""Real page: the "国际 World" section front of 8world (8world.com, Mediacorp's Chinese news site
in Singapore), saved on 1 December 2025 by hibanabo/RadarFlow for its 8world fetcher's tests.
Chinese (the titles in <span lang="zh-SG">) on a page declared lang=en. Inside <main>, twelve
<article class="article contour"> cards in a grid: an <h3 class=article-title> link, a category
link "国际", <div class=article-time><time datetime="01/12/2025 10:56">01/12/2025 10:56</time>
(day/month/year, as "30/11/2025 23:57" shows; Singapore time, UTC+8), a picture whose figure
repeats the headline link. No bylines (authors None). Not entries: the "视频精选" (video picks)
row of five videos below the grid, the pager, the header's menus and social links, footer
menus. `now` is the fixture's commit (1 December 2025, 17:48 Singapore time).
"""

from datetime import UTC, datetime

url = "https://www.8world.com/world"
timezone = "Asia/Singapore"
now = datetime(2025, 12, 1, 9, 48, tzinfo=UTC)

entries = [
    {
        "link": "https://www.8world.com/world/india-wedding-snatch-chips-people-trample-2977571",
        "title": "印度383对贫困新人参加集体婚礼 宾客抢薯片酿踩踏意外",
        "published": datetime(2025, 12, 1, 2, 56, tzinfo=UTC),  # 01/12/2025 10:56
        "author": None,
    },
    {
        "link": "https://www.8world.com/world/trump-says-he-knows-who-he-is-choosing-for-fed-chair-2977546",
        "title": "特朗普：已选定下任联邦储备局主席人选",
        "published": datetime(2025, 12, 1, 2, 12, tzinfo=UTC),  # 01/12/2025 10:12
        "author": None,
    },
    {
        "link": "https://www.8world.com/world/three-minors-among-four-dead-in-california-party-shooting-2977516",
        "title": "美国加州生日派对枪击案酿四死 其中三人未成年",
        "published": datetime(2025, 12, 1, 1, 41, tzinfo=UTC),  # 01/12/2025 09:41
        "author": None,
    },
    {
        "link": "https://www.8world.com/world/national-guard-shooting-suspect-radicalized-in-us-homeland-secretary-says-2977451",
        "title": "美国当局指枪击国民警卫队员阿富汗移民 抵美后才激进化",
        "published": datetime(2025, 11, 30, 23, 51, tzinfo=UTC),  # 01/12/2025 07:51
        "author": None,
    },
    {
        "link": "https://www.8world.com/world/trump-confirms-conversation-with-venezuelas-maduro-2977416",
        "title": "特朗普证实和委内瑞拉总统通话 但拒绝透露详情",
        "published": datetime(2025, 11, 30, 23, 31, tzinfo=UTC),  # 01/12/2025 07:31
        "author": None,
    },
    {
        "link": "https://www.8world.com/world/israel-says-killed-40-fighters-over-past-week-in-gaza-tunnels-operation-2977406",
        "title": "以军过去一周打击拉法地道 击毙40多名巴武装分子",
        "published": datetime(2025, 11, 30, 23, 19, tzinfo=UTC),  # 01/12/2025 07:19
        "author": None,
    },
    {
        "link": "https://www.8world.com/world/death-toll-from-sri-lanka-floods-landslides-rises-to-334-2977396",
        "title": "斯里兰卡洪灾增至334人死亡 另有近400人失踪",
        "published": datetime(2025, 11, 30, 23, 12, tzinfo=UTC),  # 01/12/2025 07:12
        "author": None,
    },
    {
        "link": "https://www.8world.com/world/more-work-needed-to-reach-ukraine-peace-deal-after-productive-talks-in-2977391",
        "title": "美乌新一轮谈判结束 卢比奥称谈判颇具成效",
        "published": datetime(2025, 11, 30, 23, 8, tzinfo=UTC),  # 01/12/2025 07:08
        "author": None,
    },
    {
        "link": "https://www.8world.com/world/american-and-syrian-forces-conduct-airstrikes-on-isis-weapons-storage-2977366",
        "title": "美叙军方联手打击伊斯兰国武器储存设施",
        "published": datetime(2025, 11, 30, 22, 51, tzinfo=UTC),  # 01/12/2025 06:51
        "author": None,
    },
    {
        "link": "https://www.8world.com/world/korean-student-suicide-2977351",
        "title": "韩少女偷窃画面曝光 心理崩溃自尽父母报警追责",
        "published": datetime(2025, 11, 30, 15, 57, tzinfo=UTC),  # 30/11/2025 23:57
        "author": None,
    },
    {
        "link": "https://www.8world.com/world/us-mother-sat-on-adopted-daughter-long-enough-for-her-to-stop-breathing-2977336",
        "title": "坐压11岁养女致她窒息 美国妇女被控过失杀人",
        "published": datetime(2025, 11, 30, 14, 42, tzinfo=UTC),  # 30/11/2025 22:42
        "author": None,
    },
    {
        "link": "https://www.8world.com/world/australia-climate-protest-2977321",
        "title": "澳洲煤炭气候示威 数百名示威者划着皮划艇冲入航道",
        "published": datetime(2025, 11, 30, 14, 36, tzinfo=UTC),  # 30/11/2025 22:36
        "author": None,
    },
]
