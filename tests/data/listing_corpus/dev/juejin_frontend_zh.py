"""Real page: Juejin's front-end category (juejin.cn/frontend, "前端-掘金", early February 2021),
saved from a browser by bigo-frontend/morning-paper-sever as a mock of its crawler's input (the
JavaScript template string `html`, decoded; a few characters came through as U+FFFD). Chinese.
The list (<ul class=entry-list>, its items inside one <div>): twenty <li class=item>, each a
Vue-rendered <div class=entry>: a meta row (<ul class=meta-list>: the author's link, "1天前" ("1
day ago") or "17小时前" ("17 hours ago"), tag links), the title link (<a class=title>), the
excerpt and a row of likes and comments. Entries: the twenty posts, titled by their links,
authored by the name in the meta row, dated by the age: hours ago to the minute of `now`, days
ago as the day (the page does not settle the hour). Not entries: the tag links, the category
and tag menus above, the sidebar (a notice, "掘金社区漫游指南", the browser extension, the translation
project, a QR code) and the header. `now` is an estimate: the page gives no date; its posts
mention 2021, the project committed the mock on 23 February 2021, and the newest post is "17
hours" old. The day taken is 4 February 2021, noon in China; every age here is counted from it.
"""

from datetime import UTC, date, datetime

url = "https://juejin.cn/frontend"
timezone = "Asia/Shanghai"
now = datetime(2021, 2, 4, 4, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://juejin.cn/post/6925197705832562696",
        "title": "一个合格的初级前端工程师需要掌握的模块笔记",
        "published": date(2021, 2, 3),
        "author": "魔王哪吒",
    },
    {
        "link": "https://juejin.cn/post/6924997323214815240",
        "title": "尤雨溪 3 天 10 更的 Vite 究竟有什么魔力？",
        "published": date(2021, 2, 3),
        "author": "勾崽",
    },
    {
        "link": "https://juejin.cn/post/6924912613750996999",
        "title": "备战2021：Vite2项目最佳实践",
        "published": date(2021, 2, 3),
        "author": "杨村长",
    },
    {
        "link": "https://juejin.cn/post/6924860368393076749",
        "title": "今天聊：你为什么迟迟进不去大厂",
        "published": date(2021, 2, 3),
        "author": "前端早早聊",
    },
    {
        "link": "https://juejin.cn/post/6924368956950052877",
        "title": "实现Web端自定义截屏",
        "published": date(2021, 2, 1),
        "author": "神奇的程序员",
    },
    {
        "link": "https://juejin.cn/post/6925328952068145165",
        "title": "今天聊：为什么你简历上写不出亮点",
        "published": datetime(2021, 2, 3, 11, 0, tzinfo=UTC),
        "author": "前端早早聊",
    },
    {
        "link": "https://juejin.cn/post/6925000746236641287",
        "title": "从大一到大三，我与服务外包大赛��",
        "published": date(2021, 2, 3),
        "author": "HearLing",
    },
    {
        "link": "https://juejin.cn/post/6925029129171517454",
        "title": "大厂代码重构最佳实践，你真的会代码重构吗？",
        "published": date(2021, 2, 3),
        "author": "一袋米要扛几楼",
    },
    {
        "link": "https://juejin.cn/post/6924849310118969352",
        "title": "尤雨溪是个恶魔，Vite 三天 10 更",
        "published": date(2021, 2, 2),
        "author": "勾崽",
    },
    {
        "link": "https://juejin.cn/post/6925311938419408904",
        "title": "深入浅出前端本地储存",
        "published": datetime(2021, 2, 3, 10, 0, tzinfo=UTC),
        "author": "星尘starx",
    },
    {
        "link": "https://juejin.cn/post/6924866572972457992",
        "title": "【��万物皆可动】详解Canvas路径动画",
        "published": date(2021, 2, 3),
        "author": "ChanningHyl��",
    },
    {
        "link": "https://juejin.cn/post/6923016622273724430",
        "title": "我在阿里半年收获的成长",
        "published": date(2021, 1, 29),
        "author": "Berwin",
    },
    {
        "link": "https://juejin.cn/post/6924520063399624712",
        "title": "推荐程序员必备的 10 大 GitHub 仓库，前端占了 7 个！",
        "published": date(2021, 2, 2),
        "author": "天明夜尽",
    },
    {
        "link": "https://juejin.cn/post/6921886428158754829",
        "title": "中高级前端必须注意的40条移动端H5坑位指南 | 网易三年实践",
        "published": date(2021, 1, 25),
        "author": "JowayYoung",
    },
    {
        "link": "https://juejin.cn/post/6925303281828757518",
        "title": "从JSX到渲染页面，中间发生了什么��【React Plan】",
        "published": datetime(2021, 2, 3, 9, 0, tzinfo=UTC),
        "author": "jingda",
    },
    {
        "link": "https://juejin.cn/post/6924349424701276167",
        "title": "做了N+1个企业项目之后, 我总结了这些React必备插件",
        "published": date(2021, 2, 1),
        "author": "徐小夕",
    },
    {
        "link": "https://juejin.cn/post/6925039057370251271",
        "title": "一个前端会经常遇到的问题",
        "published": date(2021, 2, 3),
        "author": "Peter谭老师",
    },
    {
        "link": "https://juejin.cn/post/6924089220172611592",
        "title": "简版掘金-上班摸鱼小程序上线了",
        "published": date(2021, 1, 31),
        "author": "Cookieboty",
    },
    {
        "link": "https://juejin.cn/post/6922641008106668045",
        "title": "揭秘 Vue.js 九个性能优化技巧",
        "published": date(2021, 1, 28),
        "author": "黄轶",
    },
    {
        "link": "https://juejin.cn/post/6924669859859005447",
        "title": "基于原生js构建超级玛丽游戏",
        "published": date(2021, 2, 2),
        "author": "其枫",
    },
]
