"""Real page: SegmentFault's front-end channel ("前端 - SegmentFault 思否",
segmentfault.com/channel/frontend, 12 June 2020: its sponsor script is "sponsor/20200612.js"),
saved by bigo-frontend/morning-paper-sever as a mock of its crawler's input (the JavaScript
template string `html`, decoded). Chinese. Above the list a carousel of four advertising images
and a notice "更新了 1 条内容, 点击查看" ("1 new item, click to see"). The list (<div class=news-list>):
seventy-five <div class="news-item stream__item">, each an empty link or a cover image link to
the article, then a link around the title (<h4 class=news__item-title>) and the excerpt, then
votes, a hidden bookmark button and <span class=author>: the author's link, "·", and "今天 13:04"
("today 13:04") on the day's articles or "6月11日" (11 June, no year) on older ones. Entries: the
seventy-five articles, titled by their <h4>, dated by that time (today, read in China's time)
or day, authored by the linked name. Not entries: the carousel, the notice, the header and
channel menus, the sidebar (live courses, "【思否编程公开课】…", shown twice), the pager and the footer.
`now` is an estimate after the last time shown (13:04) on the day the sponsor script names.
"""

from datetime import UTC, date, datetime

url = "https://segmentfault.com/channel/frontend"
timezone = "Asia/Shanghai"
now = datetime(2020, 6, 12, 6, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://segmentfault.com/a/1190000022913729",
        "title": "让你眼前一亮的 10 大 TS 项目",
        "published": datetime(2020, 6, 12, 5, 4, tzinfo=UTC),
        "author": "阿宝哥",
    },
    {
        "link": "https://segmentfault.com/a/1190000022913676",
        "title": "比较 JavaScript 对象的四种方式",
        "published": datetime(2020, 6, 12, 4, 59, tzinfo=UTC),
        "author": "疯狂的技术宅",
    },
    {
        "link": "https://segmentfault.com/a/1190000022913091",
        "title": "这个前端竟然用动态规划写瀑布流布局？给我打死他！",
        "published": datetime(2020, 6, 12, 3, 37, tzinfo=UTC),
        "author": "晨曦时梦见兮",
    },
    {
        "link": "https://segmentfault.com/a/1190000022909437",
        "title": "从 0 到 1 认识 Typescript",
        "published": date(2020, 6, 11),
        "author": "yhlben",
    },
    {
        "link": "https://segmentfault.com/a/1190000022794903",
        "title": "小智在这3年开发中遇到的 CSS 问题及解决方案，有大佬帮他总结好了 ！",
        "published": datetime(2020, 6, 12, 1, 58, tzinfo=UTC),
        "author": "前端小智",
    },
    {
        "link": "https://segmentfault.com/a/1190000022911293",
        "title": "ant-design-vue 按需加载遇到坑-less报错",
        "published": datetime(2020, 6, 12, 1, 38, tzinfo=UTC),
        "author": "jsoncode",
    },
    {
        "link": "https://segmentfault.com/a/1190000022909876",
        "title": "高性能多级多选级联组件开发",
        "published": date(2020, 6, 11),
        "author": "离尘不理人",
    },
    {
        "link": "https://segmentfault.com/a/1190000022909270",
        "title": "EmailJS：5步使用JavaScript直接从前端发送电子邮件",
        "published": date(2020, 6, 11),
        "author": "杜尼卜",
    },
    {
        "link": "https://segmentfault.com/a/1190000022851790",
        "title": "移动前端开发和 Web 前端开发的区别是什么？",
        "published": date(2020, 6, 5),
        "author": "阿里技术",
    },
    {
        "link": "https://segmentfault.com/a/1190000022900724",
        "title": "使用tree-node-cli生成树状目录",
        "published": date(2020, 6, 11),
        "author": "playboy5566",
    },
    {
        "link": "https://segmentfault.com/a/1190000022895566",
        "title": "前端性能：股票交易APP频繁更新怎么破",
        "published": date(2020, 6, 11),
        "author": "Peter谭金杰",
    },
    {
        "link": "https://segmentfault.com/a/1190000022855264",
        "title": "JavaScript重构技巧 — 条件",
        "published": date(2020, 6, 11),
        "author": "前端小智",
    },
    {
        "link": "https://segmentfault.com/a/1190000022897580",
        "title": "新基建下，智慧交通发展新规划：智慧隧道监控可视化系统",
        "published": date(2020, 6, 10),
        "author": "hightopo",
    },
    {
        "link": "https://segmentfault.com/a/1190000022897179",
        "title": "webpack + express 实现文件精确缓存",
        "published": date(2020, 6, 10),
        "author": "woai3c",
    },
    {
        "link": "https://segmentfault.com/a/1190000022896257",
        "title": "10分钟白嫖我的常用的在线工具网站清单",
        "published": date(2020, 6, 10),
        "author": "Snailclimb",
    },
    {
        "link": "https://segmentfault.com/a/1190000022895794",
        "title": "Chrome浏览器支持直接读写本地文件了",
        "published": date(2020, 6, 10),
        "author": "CoyPan",
    },
    {
        "link": "https://segmentfault.com/a/1190000022894373",
        "title": "JavaScript常用方法集",
        "published": date(2020, 6, 10),
        "author": "whjin",
    },
    {
        "link": "https://segmentfault.com/a/1190000022891878",
        "title": "TypeScript：重新发明一次 JavaScript",
        "published": date(2020, 6, 10),
        "author": "LeanCloud",
    },
    {
        "link": "https://segmentfault.com/a/1190000022891640",
        "title": "谈谈图片上传及canvas压缩的流程",
        "published": date(2020, 6, 10),
        "author": "lzg9527",
    },
    {
        "link": "https://segmentfault.com/a/1190000022890903",
        "title": "遮遮掩掩的滚动条 -> el-scrollbar",
        "published": date(2020, 6, 10),
        "author": "竹之同学",
    },
    {
        "link": "https://segmentfault.com/a/1190000022890663",
        "title": "JavaScript 对象迭代方法与性能比较",
        "published": date(2020, 6, 10),
        "author": "ssshooter",
    },
    {
        "link": "https://segmentfault.com/a/1190000022887954",
        "title": "前端动画必知必会：React 和 Vue 都在用的 FLIP 思想实现小姐姐流畅移动。",
        "published": date(2020, 6, 10),
        "author": "晨曦时梦见兮",
    },
    {
        "link": "https://segmentfault.com/a/1190000022847888",
        "title": "JavaScript重构技巧 — 对象和值",
        "published": date(2020, 6, 10),
        "author": "前端小智",
    },
    {
        "link": "https://segmentfault.com/a/1190000022886477",
        "title": "使用Vue Composition API写出清晰、可扩展的表单",
        "published": date(2020, 6, 10),
        "author": "戎马",
    },
    {
        "link": "https://segmentfault.com/a/1190000022885285",
        "title": "用js代码触发dom事件的实现方案",
        "published": date(2020, 6, 9),
        "author": "水电",
    },
    {
        "link": "https://segmentfault.com/a/1190000022884291",
        "title": "从零开始的Flutter之旅: InheritedWidget",
        "published": date(2020, 6, 9),
        "author": "午后一小憩",
    },
    {
        "link": "https://segmentfault.com/a/1190000022883758",
        "title": "这些前端基础题你能答对几道？(测试你的基础掌握,附答案解析)",
        "published": date(2020, 6, 9),
        "author": "Erdong",
    },
    {
        "link": "https://segmentfault.com/a/1190000022881634",
        "title": "从零构建前端 Lint 工作流（2020手把手版）",
        "published": date(2020, 6, 9),
        "author": "周振超",
    },
    {
        "link": "https://segmentfault.com/a/1190000022878924",
        "title": "TypeScript 中的顶级类型：any 和 unknown",
        "published": date(2020, 6, 9),
        "author": "疯狂的技术宅",
    },
    {
        "link": "https://segmentfault.com/a/1190000022877384",
        "title": "react组件---组件间通信",
        "published": date(2020, 6, 9),
        "author": "SuRuiGit",
    },
    {
        "link": "https://segmentfault.com/a/1190000022877115",
        "title": "想要试试Electron ，不如看看这篇爬坑总结",
        "published": date(2020, 6, 9),
        "author": "xmanlin",
    },
    {
        "link": "https://segmentfault.com/a/1190000022876543",
        "title": "性能优化小册 - React 搜索优化：防抖、缓存、LRU",
        "published": date(2020, 6, 9),
        "author": "破晓L",
    },
    {
        "link": "https://segmentfault.com/a/1190000022876390",
        "title": "了不起的 TypeScript 入门教程（1.2W字）",
        "published": date(2020, 6, 9),
        "author": "阿宝哥",
    },
    {
        "link": "https://segmentfault.com/a/1190000022794332",
        "title": "JavaScript重构技巧 — 数组，类名和条件",
        "published": date(2020, 6, 9),
        "author": "前端小智",
    },
    {
        "link": "https://segmentfault.com/a/1190000022875865",
        "title": "聊聊NPM镜像那些险象环生的坑",
        "published": date(2020, 6, 9),
        "author": "JowayYoung",
    },
    {
        "link": "https://segmentfault.com/a/1190000022875918",
        "title": "新基建，多杆合一点亮城市革命",
        "published": date(2020, 6, 9),
        "author": "hightopo",
    },
    {
        "link": "https://segmentfault.com/a/1190000022875544",
        "title": "《你不知道的 Blob》番外篇",
        "published": date(2020, 6, 8),
        "author": "pingan8787",
    },
    {
        "link": "https://segmentfault.com/a/1190000022872991",
        "title": "react表单---受控组件与非受控组件",
        "published": date(2020, 6, 8),
        "author": "SuRuiGit",
    },
    {
        "link": "https://segmentfault.com/a/1190000022871354",
        "title": "Vue 3 响应式原理及实现",
        "published": date(2020, 6, 8),
        "author": "natee",
    },
    {
        "link": "https://segmentfault.com/a/1190000022851543",
        "title": "那些不常见，但却非常实用的css属性(整理不易)",
        "published": date(2020, 6, 5),
        "author": "寒水寺一禅",
    },
    {
        "link": "https://segmentfault.com/a/1190000022867561",
        "title": "如何使用JavaScript访问设备前后摄像头",
        "published": date(2020, 6, 8),
        "author": "杜尼卜",
    },
    {
        "link": "https://segmentfault.com/a/1190000022867377",
        "title": "ShowDoc v2.7.1 发布，IT 团队的在线 API 文档、技术文档工具",
        "published": date(2020, 6, 8),
        "author": "star7th",
    },
    {
        "link": "https://segmentfault.com/a/1190000022867060",
        "title": "彻底搞懂call、apply、bind区别及实现",
        "published": date(2020, 6, 8),
        "author": "Erdong",
    },
    {
        "link": "https://segmentfault.com/a/1190000022866520",
        "title": "小蝌蚪日记：通过console.log高仿FBI Warning",
        "published": date(2020, 6, 8),
        "author": "第一名的小蝌蚪",
    },
    {
        "link": "https://segmentfault.com/a/1190000022865129",
        "title": "如何让用户选择是否离开当前页面？",
        "published": date(2020, 6, 8),
        "author": "Peter谭金杰",
    },
    {
        "link": "https://segmentfault.com/a/1190000022866397",
        "title": "前端请求的第N种方式——玩转React Hook",
        "published": date(2020, 6, 8),
        "author": "这是你的玩具车吗",
    },
    {
        "link": "https://segmentfault.com/a/1190000022866321",
        "title": "JavaScript 中 15 种常见的数组操作",
        "published": date(2020, 6, 8),
        "author": "前端小智",
    },
    {
        "link": "https://segmentfault.com/a/1190000022862801",
        "title": "一份值得收藏的 Git 异常处理清单",
        "published": date(2020, 6, 8),
        "author": "政采云前端团队",
    },
    {
        "link": "https://segmentfault.com/a/1190000022863522",
        "title": "JavaScript 和 TypeScript 的封装性 —— 私有成员",
        "published": date(2020, 6, 8),
        "author": "边城",
    },
    {
        "link": "https://segmentfault.com/a/1190000022864835",
        "title": "啥是HTTPS？？终于有人把它说清楚了",
        "published": date(2020, 6, 7),
        "author": "民工哥",
    },
    {
        "link": "https://segmentfault.com/a/1190000022863967",
        "title": "前端实现生成带有样式的excel表格 Node和浏览器读写Excel文件探究实践",
        "published": date(2020, 6, 7),
        "author": "志军",
    },
    {
        "link": "https://segmentfault.com/a/1190000022858798",
        "title": "269个常用工具函数助你提升工作效率",
        "published": date(2020, 6, 6),
        "author": "叫我詹躲躲",
    },
    {
        "link": "https://segmentfault.com/a/1190000022863535",
        "title": "写给前端技术小白、初级前端的一点学习建议",
        "published": date(2020, 6, 7),
        "author": "五柳",
    },
    {
        "link": "https://segmentfault.com/a/1190000022863237",
        "title": "新版vue-router的hooks用法",
        "published": date(2020, 6, 7),
        "author": "手撕红黑树",
    },
    {
        "link": "https://segmentfault.com/a/1190000022858124",
        "title": "有趣的Canvas，你值得拥有！",
        "published": date(2020, 6, 6),
        "author": "lzg9527",
    },
    {
        "link": "https://segmentfault.com/a/1190000022853798",
        "title": "实用算法解析 - 前缀和",
        "published": date(2020, 6, 5),
        "author": "安歌",
    },
    {
        "link": "https://segmentfault.com/a/1190000022853544",
        "title": "ZooTeam 前端周刊｜第 85 期",
        "published": date(2020, 6, 5),
        "author": "政采云前端团队",
    },
    {
        "link": "https://segmentfault.com/a/1190000022852967",
        "title": "将 Gatsby 项目迁移到 TypeScript",
        "published": date(2020, 6, 5),
        "author": "XYShaoKang",
    },
    {
        "link": "https://segmentfault.com/a/1190000022852314",
        "title": "发现算法之美-排序",
        "published": date(2020, 6, 5),
        "author": "趁你还年轻",
    },
    {
        "link": "https://segmentfault.com/a/1190000022851263",
        "title": "修复一个因为 scrollbar 占据空间导致的 bug",
        "published": date(2020, 6, 5),
        "author": "皮小蛋",
    },
    {
        "link": "https://segmentfault.com/a/1190000022851250",
        "title": "10 个超有用的 JavaScript 技巧",
        "published": date(2020, 6, 5),
        "author": "疯狂的技术宅",
    },
    {
        "link": "https://segmentfault.com/a/1190000022849593",
        "title": "发现算法之美-双指针之对撞指针",
        "published": date(2020, 6, 5),
        "author": "趁你还年轻",
    },
    {
        "link": "https://segmentfault.com/a/1190000022849268",
        "title": "六个好用的程序员开发在线工具",
        "published": date(2020, 6, 5),
        "author": "民工哥",
    },
    {
        "link": "https://segmentfault.com/a/1190000022846748",
        "title": "写一个脚本，将所有js文件后缀批量改成ts后缀",
        "published": date(2020, 6, 5),
        "author": "all2005",
    },
    {
        "link": "https://segmentfault.com/a/1190000022845902",
        "title": "JavaScript必须掌握的基础 ---> 原型&原型链",
        "published": date(2020, 6, 5),
        "author": "Erdong",
    },
    {
        "link": "https://segmentfault.com/a/1190000022845846",
        "title": "前端开发必备工具箱",
        "published": date(2020, 6, 5),
        "author": "LeanCloud",
    },
    {
        "link": "https://segmentfault.com/a/1190000022842875",
        "title": "Web安全之CSRF实例解析",
        "published": date(2020, 6, 5),
        "author": "木子星兮",
    },
    {
        "link": "https://segmentfault.com/a/1190000022845723",
        "title": "NutUI 视频组件开发心得",
        "published": date(2020, 6, 5),
        "author": "京东设计中心JDC",
    },
    {
        "link": "https://segmentfault.com/a/1190000022673788",
        "title": "JavaScript 对象可以做到的三件事",
        "published": date(2020, 6, 5),
        "author": "前端小智",
    },
    {
        "link": "https://segmentfault.com/a/1190000022844436",
        "title": "如何通过nvm安装多版本nodejs？如果nodejs安装成功，npm安装失败了怎么办？",
        "published": date(2020, 6, 5),
        "author": "WEB开发阿靖",
    },
    {
        "link": "https://segmentfault.com/a/1190000022843961",
        "title": "CSS 创意构想 - Part 2 / 2",
        "published": date(2020, 6, 4),
        "author": "皮小蛋",
    },
    {
        "link": "https://segmentfault.com/a/1190000022841586",
        "title": "vue-router 导航守卫中 next 控制实现",
        "published": date(2020, 6, 4),
        "author": "戎马",
    },
    {
        "link": "https://segmentfault.com/a/1190000022841108",
        "title": "发现数据结构之美-栈",
        "published": date(2020, 6, 4),
        "author": "趁你还年轻",
    },
    {
        "link": "https://segmentfault.com/a/1190000022839874",
        "title": "性能优化小册 - 让页面更早的渲染：使用 preload 提升资源加载优先级",
        "published": date(2020, 6, 4),
        "author": "破晓L",
    },
    {
        "link": "https://segmentfault.com/a/1190000022839540",
        "title": "提高你的 JavaScript 技能10 个面试题",
        "published": date(2020, 6, 4),
        "author": "疯狂的技术宅",
    },
]
