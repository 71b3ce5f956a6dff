"""A Chinese writing platform's public note: the <h1> '读《如何高效学习》—Madlife' (the author's name closes the headline), then 'Madlife 01-20 02:55 126 0 IP region浙江' (a day and time with no year, the weibo:article:update_at <meta>'s: the date is not scored). og:title adds the platform's name. No JSON-LD.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/yuyue.com/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

url = "https://www.yuque.com/u22288095/gf5dgh/yoqgzsrsdltgeel9"
timezone = "Asia/Shanghai"
lang = "zh"
title = "读《如何高效学习》—Madlife"
authors = ["Madlife"]
