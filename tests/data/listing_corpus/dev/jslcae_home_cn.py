"""Real page: the home page of the Ningxia Golden Silk Road cultural and art exchange
(jslcae.com, a Chinese trading centre's portal on DedeCMS, April 2016), saved by
TeamHG-Memex/autopager for its pagination data. A portal's home of boxes, each written as a
<div class=znew12>: a banner, a row of service buttons, then six boxes of one-line items
(<ul><li><a>title</a><span>04-25</span></li>): "通知公告" (notices) and "常见问题" (questions),
each a tabbed box of four panels (the first shown, the others <div class="econtent hidden">
until their tab is clicked; three of the notices' panels are empty), and "中心动态",
"活动专区", "行业资讯", "行情综述", each under its name and "更多>" to its section. Entries: every
box's items, every panel's too (the page holds them all), in page order. Titles: as shown,
cut by the site (no "..." added). Dates: "04-25" after each title, month and day without a
year: 2016 (the page's year; a `date`, no time shown). No bylines (author None). Not entries:
the menus and their sub-menus, the banner's numbers, the service buttons, "更多>" links, the
product carousel (three collection pages), the friendly links to other sites, the footer's
menus and notice. The page declares no language (Chinese). The address is autopager's record.
`now` is the day after the newest date shown.
"""

from datetime import UTC, date, datetime

url = "http://jslcae.com/"
timezone = "Asia/Shanghai"
now = datetime(2016, 4, 26, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://jslcae.com/news/scgg/2016/0425/136.html",
        "title": "关于宁夏金丝路2016年五·一放假通知",
        "published": date(2016, 4, 25),
        "author": None,
    },
    {
        "link": "http://jslcae.com/news/scgg/2016/0422/108.html",
        "title": "关于西南平移至金丝路交易账号变更通知公告",
        "published": date(2016, 4, 22),
        "author": None,
    },
    {
        "link": "http://jslcae.com/news/scgg/2016/0418/65.html",
        "title": "关于开放金丝路开户以及银商关联的公告",
        "published": date(2016, 4, 19),
        "author": None,
    },
    {
        "link": "http://jslcae.com/news/scgg/2016/0408/30.html",
        "title": "宁夏金丝路文化艺术品交易中心唯一官网公告",
        "published": date(2016, 4, 15),
        "author": None,
    },
    {
        "link": "http://jslcae.com/news/zxdt/2016/0309/22.html",
        "title": "宁夏成立文化交易中心，文化丝绸之路率先推进",
        "published": date(2016, 4, 21),
        "author": None,
    },
    {
        "link": "http://jslcae.com/news/zxdt/2016/0419/88.html",
        "title": "宁夏金丝路新进员工培训会议",
        "published": date(2016, 4, 19),
        "author": None,
    },
    {
        "link": "http://jslcae.com/news/zxdt/2016/0328/27.html",
        "title": "金丝路荣获中金在线“创新性文化艺术交易平台",
        "published": date(2016, 4, 15),
        "author": None,
    },
    {
        "link": "http://jslcae.com/huiyuanfuwu/huodongzhuanqu/2016/0423/127.html",
        "title": "【宁夏金丝路资讯】笑傲和田玉界的羊脂白玉",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/huiyuanfuwu/huodongzhuanqu/2016/0423/126.html",
        "title": "【宁夏金丝路资讯】和田玉的价值回归",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/huiyuanfuwu/huodongzhuanqu/2016/0423/125.html",
        "title": "【宁夏金丝路资讯】清代禹之鼎寿山石章品鉴",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/huiyuanfuwu/huodongzhuanqu/2016/0423/124.html",
        "title": "【宁夏金丝路资讯】清代禹之鼎寿山石章品鉴",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/huiyuanfuwu/huodongzhuanqu/2016/0423/123.html",
        "title": "【宁夏金丝路资讯】古玉行情是否回升有待观",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/huiyuanfuwu/huodongzhuanqu/2016/0423/122.html",
        "title": "【宁夏金丝路资讯】十里河成为国内最大奇石集",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/huiyuanfuwu/huodongzhuanqu/2016/0423/121.html",
        "title": "【宁夏金丝路资讯】古董顶级珠宝掀投资热潮",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0423/119.html",
        "title": "【宁夏金丝路资讯】翡翠为何又叫作春_翡翠玉石",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0423/120.html",
        "title": "【宁夏金丝路资讯】宝石级红珊瑚收藏你应该知",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0423/118.html",
        "title": "【宁夏金丝路资讯】光绪年间铜元贬值",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0423/117.html",
        "title": "【宁夏金丝路资讯】中国书画收藏鉴赏小知识",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0423/116.html",
        "title": "【宁夏金丝路资讯】清初六大家吴历的画风吸收",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0423/115.html",
        "title": "【宁夏金丝路资讯】2016最美币章评选活动即将拉",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0423/114.html",
        "title": "台南官银票是反侵略斗争中因筹措军饷发行的纸",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/rushizhinan/changjianwentihuizong/2016/0304/20.html",
        "title": "银商关联问题汇总",
        "published": date(2016, 4, 15),
        "author": None,
    },
    {
        "link": "http://jslcae.com/rushizhinan/changjianwentihuizong/2016/0304/19.html",
        "title": "托管问题汇总",
        "published": date(2016, 4, 15),
        "author": None,
    },
    {
        "link": "http://jslcae.com/rushizhinan/changjianwentihuizong/2016/0304/18.html",
        "title": "申购问题汇总",
        "published": date(2016, 4, 15),
        "author": None,
    },
    {
        "link": "http://jslcae.com/rushizhinan/changjianwentihuizong/2016/0304/17.html",
        "title": "交易问题汇总",
        "published": date(2016, 4, 15),
        "author": None,
    },
    {
        "link": "http://jslcae.com/rushizhinan/changjianwentihuizong/2016/0304/16.html",
        "title": "开户问题汇总",
        "published": date(2016, 4, 15),
        "author": None,
    },
    {
        "link": "http://jslcae.com/rushizhinan/jiaoyiguize/2016/0304/10.html",
        "title": "宁夏金丝路交易规则（暂行）",
        "published": date(2016, 4, 15),
        "author": None,
    },
    {
        "link": "http://jslcae.com/rushizhinan/jiaoyiguize/2016/0304/11.html",
        "title": "宁夏金丝路经纪会员管理办法（暂行）",
        "published": date(2016, 4, 15),
        "author": None,
    },
    {
        "link": "http://jslcae.com/yinxingbangding/2016/0419/87.html",
        "title": "出入金操作流程",
        "published": date(2016, 4, 19),
        "author": None,
    },
    {
        "link": "http://jslcae.com/yinxingbangding/2016/0419/86.html",
        "title": "平安易宝绑定流程",
        "published": date(2016, 4, 19),
        "author": None,
    },
    {
        "link": "http://jslcae.com/yinxingbangding/2016/0419/84.html",
        "title": "平安银行绑定流程",
        "published": date(2016, 4, 19),
        "author": None,
    },
    {
        "link": "http://jslcae.com/xiazaizhongxin/2016/0421/101.html",
        "title": "会员资料下载",
        "published": date(2016, 4, 25),
        "author": None,
    },
    {
        "link": "http://jslcae.com/xiazaizhongxin/2016/0421/92.html",
        "title": "客户端下载",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/xiazaizhongxin/2016/0421/100.html",
        "title": "挂牌资料下载",
        "published": date(2016, 4, 21),
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/xingqingfenxi/2016/0423/130.html",
        "title": "【宁夏金丝路资讯】存世仅两枚：丙午淮字大清",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/xingqingfenxi/2016/0423/135.html",
        "title": "【宁夏金丝路资讯】藏在钱币里的近代史",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/xingqingfenxi/2016/0423/134.html",
        "title": "【宁夏金丝路资讯】1元纸币和硬币将长时时间并",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/xingqingfenxi/2016/0423/133.html",
        "title": "【宁夏金丝路资讯】浅谈人民币上的牡丹图案",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/xingqingfenxi/2016/0423/132.html",
        "title": "【宁夏金丝路资讯】英国二战纪念币",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/xingqingfenxi/2016/0423/131.html",
        "title": "【宁夏金丝路资讯】邮币控：澳元纸币长得太丑",
        "published": date(2016, 4, 23),
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/xingqingfenxi/2016/0423/129.html",
        "title": "【宁夏金丝路资讯】错版币和错体币的区分",
        "published": date(2016, 4, 23),
        "author": None,
    },
]
