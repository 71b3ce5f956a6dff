"""Korean portal paper: the headline in a <div class="article-head-title"> (no <h1>), '송유민 기자' and '승인 2016.03.16 21:14' (Seoul time) in the header's list; article:published_time agrees; the JSON-LD names only the site.

Page: j0k3r/graby @ 3e7695203c4c57dac2998780972450ced372b960 : tests/fixtures/content/http___www.newstown.co.kr_news_articleView.html_idxno_243722.html (MIT).
"""

from datetime import UTC, datetime

url = "http://www.newstown.co.kr/news/articleView.html?idxno=243722"
timezone = "Asia/Seoul"
lang = "ko"
title = "에르보리앙, 현대백화점 팝업스토어 오픈"
published = datetime(2016, 3, 16, 12, 14, tzinfo=UTC)
authors = ["송유민"]
