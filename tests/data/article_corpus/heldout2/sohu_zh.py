"""The <h1>; '2023-11-02 20:13 来源: 搜狐政务' under it (no zone named): the day; the source is a channel, no byline: not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/sohu.com-Likeqiang.html (Apache-2.0). htmldate's day (tests/eval_default.json) agrees.
"""

from datetime import date

url = "https://www.sohu.com/a/733320600_429139"
timezone = "Asia/Shanghai"
lang = "zh"
title = "视频丨李克强同志遗体在京火化 习近平等到八宝山革命公墓送别"
published = date(2023, 11, 2)
