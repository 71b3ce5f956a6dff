"""A Chinese resource blog (WordPress): the <h1>, then '趣站 2周前 1 6.3K' (a relative date, '2 weeks ago': not scored; article:published_time says 2023-02-04), related posts' <h2>s with their own relative <time>s. No byline (an empty author span): authors not scored. No JSON-LD.

Page: omnivore-app/omnivore @ 322ce62b2e09a4fc8f328dde6003e7066953a9ca : packages/readabilityjs/test/test-pages/ahhhhfs.com/source.html (Apache-2.0 as its package.json states; the repository is AGPL-3.0).
"""

url = "https://www.ahhhhfs.com/37715/"
timezone = "Asia/Shanghai"
lang = "zh"
title = "CCTV中央电视台直播源"
