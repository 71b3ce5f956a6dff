"""Real page: page 2 of the industry news (行业资讯) of a Chinese cultural-goods exchange
(jslcae.com, DedeCMS, March–April 2016 items), saved in April 2016 by TeamHG-Memex/autopager for
its pagination data. No `lang`; Simplified Chinese. Twenty <div class=nconzx> cards: a
thumbnail link, the title link in <div class=nconzxl1> (cut to twenty characters by the site
without an ellipsis, "中金在线—宁夏成立交易中心，推进文化丝绸之", and mostly prefixed with a
bracketed column name, "【宁夏金丝路资讯】": both part of the title as shown) and a teaser in
<div class=nconzxl2>. No dates or bylines on the cards (published None, author None); the
addresses hold the day (/2016/0422/106.html) and some teasers name dates ("第二套人民币收藏价格表
（2016年4月20日）上海报价"): neither is the card's date. Not entries: the menus, the pager
(首页, 上一页, 1 2 3, 下一页, 末页), the footer. `now` is the save (April 2016).
"""

from datetime import UTC, datetime

url = "http://jslcae.com/xingyexinwen/list_48_2.html"
timezone = "Asia/Shanghai"
now = datetime(2016, 4, 25, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0422/106.html",
        "title": "【宁夏金丝路资讯】文交所的发展赢在哪里？",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/meitibaodao/2016/0309/23.html",
        "title": "中金在线—宁夏成立交易中心，推进文化丝绸之",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0421/99.html",
        "title": "【宁夏金丝路资讯】盘点制约邮币卡藏品价格的",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0421/98.html",
        "title": "【宁夏金丝路资讯】3月热门邮品走势统计",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/shujuzhongxin/2016/0421/97.html",
        "title": "【宁夏金丝路数据】第二版人民币收藏价格表上",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0421/96.html",
        "title": "【宁夏金丝路资讯】硬币收藏真能一夜暴富？",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0421/95.html",
        "title": "【宁夏金丝路资讯】存世量少的人民币引发收藏",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0421/94.html",
        "title": "【宁夏金丝路资讯】记载历史的流通纪念币",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0420/91.html",
        "title": "【宁夏金丝路资讯】2016投资新策略",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0420/90.html",
        "title": "【宁夏金丝路资讯】周六首发特种邮票—全民阅",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0420/89.html",
        "title": "【宁夏金丝路资讯】独领风骚的邮币卡电子盘市",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/xingqingfenxi/2016/0419/85.html",
        "title": "【宁夏金丝路资讯】2016年中国邮币卡电子盘行业",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/xingqingfenxi/2016/0419/83.html",
        "title": "可持续发展的邮币卡电子盘",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/xingqingfenxi/2016/0419/82.html",
        "title": "【宁夏金丝路资讯】第一例互联网金融事前监管",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0413/34.html",
        "title": "纪念币收藏投资“五忌” 你知道吗？",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0412/33.html",
        "title": "文化艺术品电子盘发展四大趋势",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0412/32.html",
        "title": "文化艺术品引领电子盘走向变革时期",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0304/12.html",
        "title": "【两会最大亮点】2016若投资必要到邮市上跑一圈",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0304/13.html",
        "title": "币市再迎纸币投资传闻： 第四套人民币即将退市",
        "published": None,
        "author": None,
    },
    {
        "link": "http://jslcae.com/xingyexinwen/youbizixun/2016/0304/14.html",
        "title": "名家珍藏邮票获藏家热烈竞投",
        "published": None,
        "author": None,
    },
]
