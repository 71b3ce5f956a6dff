"""People's Daily Online in GB2312: an empty <h1> before the headline's; '2024年04月24日23:52 | 来源：新华网' (Beijing time, no zone named; the source is an agency's site and the lead '新华社记者' names no one: no author scored); the author <meta> is a number; publishdate <meta> a day; the foot names the editors, '(责编：牛镛、岳弘彬)' (fundus counts them as authors; editors are not scored).

Page: flairNLP/fundus @ 18da6e53592f99cf0ac5770dc63d6ba99ba63ae8 : tests/resources/parser/test_data/cn/People_2024_04_24.html.gz (MIT).
"""

from datetime import UTC, datetime

url = "http://politics.people.com.cn/n1/2024/0424/c1001-40223222.html"
timezone = "Asia/Shanghai"
lang = "zh"
title = "促进航天技术更好惠及人民――习近平主席向首届“中国－拉美和加勒比国家航天合作论坛”致贺信为中拉深化航天合作指明方向"
published = datetime(2024, 4, 24, 15, 52, tzinfo=UTC)
