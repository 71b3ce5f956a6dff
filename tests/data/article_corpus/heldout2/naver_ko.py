"""The headline is an <h2> (the <h1> is the outlet's name, '뉴스타파'); '입력2023.11.02. 오후 8:06' under it (no zone named): the day. The byline is the outlet's, '뉴스타파 webmaster@newstapa.org': not scored.

Page: adbar/htmldate @ b8952828329abaeeb3be21387b526f2be614ce67 : tests/eval/n.news.naver.com-607.html (Apache-2.0). htmldate's day (tests/eval_default.json) agrees.
"""

from datetime import date

url = "https://n.news.naver.com/article/607/0000001728"
timezone = "Asia/Seoul"
lang = "ko"
title = "[주간 뉴스타파] 부모를 빼앗긴 아기들, 해외 입양 비즈니스의 그늘"
published = date(2023, 11, 2)
