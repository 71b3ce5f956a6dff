"""'2020年09月11日 18:05 来源：商讯' under the <h1> (microdata headline and datePublished in the same words; og:time '2020年09月11日 18:05'). No author scored: the source is an advertorial desk (商讯).

Page: GeneralNewsExtractor/GeneralNewsExtractor @ 3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a : tests/ifeng/3.html (GPL-3.0).
"""

from datetime import UTC, datetime

url = "http://nb.ifeng.com/a/20200911/14526474_0.shtml"
timezone = "Asia/Shanghai"
lang = "zh"
title = "疫情防控常态化下，长春市的新经济之路"
published = datetime(2020, 9, 11, 10, 5, tzinfo=UTC)  # 2020-09-11 18:05 Asia/Shanghai
