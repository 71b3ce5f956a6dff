"""Real page: TesterHome's newest topics ("最新创建 · 社区", testerhome.com/topics/last, 12 August
2020), a Chinese software-testing community, saved by bigo-frontend/morning-paper-sever as a
mock of its crawler's input (the JavaScript template string `html`, decoded). Chinese. The list
(<div class="panel-body item-list">): twenty-five <div class="topic media">, each the starter's
avatar link, the title link (<div class=title><a title="…">) holding the node as a badge before
the title (<span class=node>Appium</span>; "专栏文章", column article, on two), then a line: the
starter's name link (<a class=user-name>) and "• 发布于 <abbr class=timeago data-original-
title="2020年08月12日">3 小时前</abbr>" ("published 3 hours ago"), or on threads with replies "• 最后由
<a class=user-name>…</a> 回复于 6 小时前" ("last replied by … 6 hours ago"); the two column articles
say "来自 FunTester 的专栏" ("from FunTester's column") in place of a name. Entries: the twenty-five
topics, titled by the link's title attribute (the title without the badge), dated by the day
the abbr carries where the line says when the topic was published, authored by the starter's
name. Dates not scored on threads with replies (the line gives the last reply's time only);
authors not scored on the column articles (the line names the column). Not entries: the node
badges, the avatars, the last repliers, the tabs ("最新回复", "零回复", …), the node navigation, the
sidebar (popular nodes, columns, "急聘" job posts that repeat five topics, tips, resources,
partners), the pager and the footer. `now` is an estimate inside the one span the page allows:
"19 小时前" on 11 August and "9 小时前" on 12 August put it between 09:00 and 19:00 China time on 12
August.
"""

from datetime import UTC, date, datetime

url = "https://testerhome.com/topics/last"
timezone = "Asia/Shanghai"
now = datetime(2020, 8, 12, 6, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://testerhome.com/topics/25098",
        "title": "怎么能接听来电？获取不到不到元素",
        "published": date(2020, 8, 12),
        "author": "tancaidexiaoming",
    },
    {
        "link": "https://testerhome.com/articles/25097",
        "title": "Charles 报错 Failed to install helper 解决方案",
        "published": date(2020, 8, 12),
    },
    {
        "link": "https://testerhome.com/topics/25096",
        "title": "Android8 以上使用 UIautomator Viewer 查看元素代替 Appium Inspector",
        "published": date(2020, 8, 12),
        "author": "Lyzin",
    },
    {
        "link": "https://testerhome.com/topics/25095",
        "title": "Android 10 系统下的 PSS 数值统计不准",
        "published": date(2020, 8, 12),
        "author": "侑虎科技",
    },
    {
        "link": "https://testerhome.com/topics/25094",
        "title": "TestHome 阅读次数的 BUG",
        "published": date(2020, 8, 12),
        "author": "MmoMartin",
    },
    {
        "link": "https://testerhome.com/topics/25093",
        "title": "新手求教：python+selenium 如何在列表中通过状态选择指定行并点击该行的链接编码",
        "author": "林夕儿",
    },
    {
        "link": "https://testerhome.com/topics/25092",
        "title": "[腾讯北京] [AMS 联盟广告部] 腾讯广告技术支持",
        "published": date(2020, 8, 12),
        "author": "minizuo",
    },
    {
        "link": "https://testerhome.com/topics/25091",
        "title": "[腾讯北京] [AMS 联盟广告部] 测试开发工程师",
        "published": date(2020, 8, 12),
        "author": "minizuo",
    },
    {
        "link": "https://testerhome.com/topics/25090",
        "title": "[腾讯北京][AMS 联盟广告部] 移动端高级测试开发工程师 (Android/IOS)",
        "published": date(2020, 8, 12),
        "author": "minizuo",
    },
    {
        "link": "https://testerhome.com/topics/25089",
        "title": "多个 py 文件，放在一个脚本中执行，使用 TestSuite，怎样才能只执行一次 setUp ( 已经使用了 @classmethod ) ？",
        "author": "tancaidexiaoming",
    },
    {
        "link": "https://testerhome.com/topics/25088",
        "title": "Go 小白猫学习 macaron (马卡龙) 库",
        "author": "陈子昂",
    },
    {
        "link": "https://testerhome.com/topics/25087",
        "title": "jacoco + ant 如何从 k8s 容器 dump 出 exec 文件",
        "author": "jusping",
    },
    {
        "link": "https://testerhome.com/topics/25086",
        "title": "磁盘、mysql、redis、hana 的故事！",
        "published": date(2020, 8, 11),
        "author": "MmoMartin",
    },
    {
        "link": "https://testerhome.com/topics/25085",
        "title": "如何制定接口自动化测试的覆盖率？",
        "published": date(2020, 8, 11),
        "author": "Ki",
    },
    {
        "link": "https://testerhome.com/topics/25084",
        "title": "python 诡异问题求助各位大哥",
        "author": "Neilguo111",
    },
    {
        "link": "https://testerhome.com/topics/25083",
        "title": "视频质量评估工具-VMAF (Mac 安装问题及解决记录)",
        "author": "zailushang",
    },
    {
        "link": "https://testerhome.com/topics/25082",
        "title": "首次搭建 java+selenium+linux+docker+jenkins+git 之 web 自动化",
        "author": "wuyan",
    },
    {
        "link": "https://testerhome.com/articles/25081",
        "title": "Selenium 自动化常见问题",
        "published": date(2020, 8, 11),
    },
    {
        "link": "https://testerhome.com/topics/25080",
        "title": "如何提高接口测试的效率",
        "author": "酷家乐质量效能",
    },
    {
        "link": "https://testerhome.com/topics/25078",
        "title": "开源接口自动化测试项目－－时默",
        "author": "tianfuzhiguo",
    },
    {
        "link": "https://testerhome.com/topics/25077",
        "title": "[上海] [贝壳] 招聘测试开发工程师",
        "published": date(2020, 8, 11),
        "author": "HiJack",
    },
    {
        "link": "https://testerhome.com/topics/25076",
        "title": "[北京] 神策数据 (大数据领域) 招聘测试 / 测试开发工程师多名 (独角兽，机会多多)",
        "author": "a11en_03",
    },
    {
        "link": "https://testerhome.com/topics/25075",
        "title": "我们为什么要做 SoloPi",
        "author": "Cathor",
    },
    {
        "link": "https://testerhome.com/topics/25074",
        "title": "SoloPi 贡献者活动开启 —— 共建移动测试开源框架",
        "author": "Cathor",
    },
    {
        "link": "https://testerhome.com/topics/25072",
        "title": "外包加薪 500，这算什么水平？",
        "author": "xuewuhe",
    },
]
