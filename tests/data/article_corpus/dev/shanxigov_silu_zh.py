"""A provincial government's portal: the <h1> is the portal's name, the headline an <h2>; '时间：2019-09-18 06:23' and an empty '来源：' under it (<meta name=PubDate> and ArticleTitle agree; ContentSource is 山西日报). No author scored: the reporter is named only in brackets at the text's end ('（张巨峰）'); the Author <meta> is empty.

Page: GeneralNewsExtractor/GeneralNewsExtractor @ 3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a : tests/shanxi/1.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = "http://www.shanxi.gov.cn/yw/sxyw/201909/t20190918_693227.shtml"
timezone = "Asia/Shanghai"
lang = "zh"
title = "山西品牌丝路行（南美站）正式启动"
published = datetime(2019, 9, 17, 22, 23, tzinfo=UTC)  # 2019-09-18 06:23 Asia/Shanghai
