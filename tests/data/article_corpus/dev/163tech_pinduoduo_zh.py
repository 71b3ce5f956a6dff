"""'2019-11-25 11:01:53 来源: 新京报' under the <h1> (Beijing time; article:published_time agrees). No author scored: the byline is the source paper's name (article:author is the portal's, 网易); the reporter is named only inside the lead's first sentence ('新京报讯（记者 陆一夫）'). The file declares no charset (UTF-8).

Page: GeneralNewsExtractor/GeneralNewsExtractor @ 3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a : tests/163/7.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = "https://tech.163.com/19/1125/11/EUQSGLA300097U7R.html"
timezone = "Asia/Shanghai"
lang = "zh"
title = "亚马逊海外购“限时快闪店”登陆拼多多"
published = datetime(2019, 11, 25, 3, 1, 53, tzinfo=UTC)  # 2019-11-25 11:01:53 Asia/Shanghai
