"""Real page: the home page of cnblogs (博客园, a Chinese developers' blog platform) of 25 January
2020, kept by anmutu/golang20200117's crawler test (crawler/parser/cnblogs/bloglist_test_data):
the file is the console log of a test run, four lines of Go environment and `go test` commands
and "=== RUN TestParseBlogList" before the page and "--- PASS" after it; the page is the
document from <!DOCTYPE html> to </html> (bytes 446 to 47305), as printed. `now` is the date the
test's header gives, 25 January 2020, 17:05 Beijing time. `lang="zh-cn"`. The site's menu and
tabs (首页, the home, current), an editor's-picks block of four links ("【编辑推荐】", "[最多推荐]",
"[新闻头条]", "[推荐新闻]": not entries), then <div id="post_list"> of twenty <div class="post_item">: a
vote count, an <h3> title link (class `titlelnk`), a summary and a foot "<a>author</a> 发布于
2020-01-25 15:05 评论(0) 阅读(44)" (published at, Beijing time; comment and read counts). Authors:
the foot's linked names. A pager and a right-hand column follow."""

from datetime import UTC, datetime

url = "https://www.cnblogs.com/"
timezone = "Asia/Shanghai"
now = datetime(2020, 1, 25, 9, 5, tzinfo=UTC)

entries = [
    {
        "link": "https://www.cnblogs.com/charlee44/p/12233064.html",
        "title": "高通量计算框架HTCondor(五)——分布计算",
        "published": datetime(2020, 1, 25, 7, 5, tzinfo=UTC),
        "author": "charlee44",
    },
    {
        "link": "https://www.cnblogs.com/vizdl/p/12233033.html",
        "title": "Linux内存管理解析(一) : 分段与分页机制",
        "published": datetime(2020, 1, 25, 6, 35, tzinfo=UTC),
        "author": "Vizdl",
    },
    {
        "link": "https://www.cnblogs.com/Open-ing/p/12232989.html",
        "title": "Java框架之MyBatis 07-动态SQL-缓存机制-逆向工程-分页插件",
        "published": datetime(2020, 1, 25, 5, 56, tzinfo=UTC),
        "author": "远离颠倒梦想",
    },
    {
        "link": "https://www.cnblogs.com/learnbydoing/p/12232970.html",
        "title": "我的第一个 Kaggle 比赛学习 - Titanic",
        "published": datetime(2020, 1, 25, 5, 30, tzinfo=UTC),
        "author": "不忘初心mao",
    },
    {
        "link": "https://www.cnblogs.com/codeForFamily/p/qt-install-framework-translate-5-4.html",
        "title": "Qt Installer Framework翻译(5-4)",
        "published": datetime(2020, 1, 25, 1, 47, tzinfo=UTC),
        "author": "codeForFamily",
    },
    {
        "link": "https://www.cnblogs.com/Juaoie/p/12232716.html",
        "title": "2019年总结",
        "published": datetime(2020, 1, 24, 16, 32, tzinfo=UTC),
        "author": "买辣椒也用券",
    },
    {
        "link": "https://www.cnblogs.com/createboke/p/12232680.html",
        "title": "Kettle自定义jar包供javascript使用",
        "published": datetime(2020, 1, 24, 15, 39, tzinfo=UTC),
        "author": "CREATE_17",
    },
    {
        "link": "https://www.cnblogs.com/tr1ple/p/12232601.html",
        "title": "关于<Java 中 RMI、JNDI、LDAP、JRMP、JMX、JMS那些事儿（上）>看后的一些总结-2",
        "published": datetime(2020, 1, 24, 14, 7, tzinfo=UTC),
        "author": "tr1ple",
    },
    {
        "link": "https://www.cnblogs.com/CHNmuxii/p/12232475.html",
        "title": "你没听过的梅森旋转算法",
        "published": datetime(2020, 1, 24, 10, 45, tzinfo=UTC),
        "author": "CHNmuxii",
    },
    {
        "link": "https://www.cnblogs.com/shanyou/p/12232381.html",
        "title": "DevExpress作为企业赞助商加入.NET基金会",
        "published": datetime(2020, 1, 24, 9, 16, tzinfo=UTC),
        "author": "张善友",
    },
    {
        "link": "https://www.cnblogs.com/sdflysha/p/20200123-how-does-aspnet-identity-cookie-generated.html",
        "title": "ASP.NET Cookie是怎么生成的",
        "published": datetime(2020, 1, 24, 8, 20, tzinfo=UTC),
        "author": ".NET骚操作",
    },
    {
        "link": "https://www.cnblogs.com/uoyo/p/12232261.html",
        "title": "【5min+】帮我排个队，谢谢。await Task.Yield()",
        "published": datetime(2020, 1, 24, 7, 41, tzinfo=UTC),
        "author": "句幽",
    },
    {
        "link": "https://www.cnblogs.com/codeForFamily/p/qt-install-framework-translate-5-3.html",
        "title": "Qt Installer Framework翻译(5-3)",
        "published": datetime(2020, 1, 24, 6, 52, tzinfo=UTC),
        "author": "codeForFamily",
    },
    {
        "link": "https://www.cnblogs.com/myworld7/p/12231936.html",
        "title": "【Java并发基础】使用“等待—通知”机制优化死锁中占用且等待解决方案",
        "published": datetime(2020, 1, 24, 2, 52, tzinfo=UTC),
        "author": "sakuraxx",
    },
    {
        "link": "https://www.cnblogs.com/throwable/p/12231878.html",
        "title": "从源码上理解Netty并发工具-Promise",
        "published": datetime(2020, 1, 24, 2, 5, tzinfo=UTC),
        "author": "throwable",
    },
    {
        "link": "https://www.cnblogs.com/deepthought/p/12231714.html",
        "title": "Elastcisearch.Nest 7.x 系列`伪`官方翻译：通过 NEST 来快捷试用 Elasticsearch",
        "published": datetime(2020, 1, 23, 15, 48, tzinfo=UTC),
        "author": "DeepThought",
    },
    {
        "link": "https://www.cnblogs.com/ITnoteforlsy/p/12228149.html",
        "title": "B-Tree 和 B+Tree 结构及应用，InnoDB 引擎， MyISAM 引擎",
        "published": datetime(2020, 1, 23, 15, 11, tzinfo=UTC),
        "author": "永不停转",
    },
    {
        "link": "https://www.cnblogs.com/yougewe/p/12231419.html",
        "title": "Redis（四）：del/unlink 命令源码解析",
        "published": datetime(2020, 1, 23, 13, 24, tzinfo=UTC),
        "author": "等你归去来",
    },
    {
        "link": "https://www.cnblogs.com/waku/p/12231354.html",
        "title": "【WPF on .NET Core 3.0】 Stylet演示项目 - 简易图书管理系统(4) - 图书列表界面",
        "published": datetime(2020, 1, 23, 13, 3, tzinfo=UTC),
        "author": "WAKU",
    },
    {
        "link": "https://www.cnblogs.com/Jack-Blog/p/12230616.html",
        "title": "托管对象本质-第一部分-布局",
        "published": datetime(2020, 1, 23, 6, 52, tzinfo=UTC),
        "author": "杰哥很忙",
    },
]
