"""Real page: the episode list of a Korean web comic ("마음의소리" by 조석, comic.naver.com,
2015), saved on 21 August 2015 by terzeron/FeedMaker as a test page. `lang="ko"`. A <table
class=viewList> with a header row (이미지 / 제목 / 별점 / 등록일: image, title, rating,
registration day), a store banner row, then one row per episode: a thumbnail link, the title
cell (<td class=title><a>966. 상하이 조석</a> and an "UP" badge image), the star rating ("9.88")
and the day in its own cell, "2015.08.20" (a date without a time: compared as the local day).
No byline on the rows (the author is named once in the comic's header): author None. Not
entries: the comic's header links ("첫회보기"), the pager, the weekday menus, the ranking box
on the right (titles with the same /webtoon/detail.nhn links, other comics' episodes and this
one's newest), the footer. `now` is the commit's time (21 August 2015, 21:16 KST).
"""

from datetime import UTC, date, datetime

url = "http://comic.naver.com/webtoon/list.nhn?titleId=20853"
timezone = "Asia/Seoul"
now = datetime(2015, 8, 21, 12, 16, tzinfo=UTC)

entries = [
    {
        "link": "http://comic.naver.com/webtoon/detail.nhn?titleId=20853&no=970&weekday=tue",
        "title": "966. 상하이 조석",
        "published": date(2015, 8, 20),
        "author": None,
    },
    {
        "link": "http://comic.naver.com/webtoon/detail.nhn?titleId=20853&no=969&weekday=tue",
        "title": "965. 미니어쳐",
        "published": date(2015, 8, 17),
        "author": None,
    },
    {
        "link": "http://comic.naver.com/webtoon/detail.nhn?titleId=20853&no=968&weekday=tue",
        "title": "964. 순정만화",
        "published": date(2015, 8, 13),
        "author": None,
    },
    {
        "link": "http://comic.naver.com/webtoon/detail.nhn?titleId=20853&no=967&weekday=tue",
        "title": "963. 아 찍지마",
        "published": date(2015, 8, 10),
        "author": None,
    },
    {
        "link": "http://comic.naver.com/webtoon/detail.nhn?titleId=20853&no=966&weekday=tue",
        "title": "962. 고속버스게임",
        "published": date(2015, 8, 6),
        "author": None,
    },
    {
        "link": "http://comic.naver.com/webtoon/detail.nhn?titleId=20853&no=965&weekday=tue",
        "title": "961. 런닝맨",
        "published": date(2015, 8, 3),
        "author": None,
    },
    {
        "link": "http://comic.naver.com/webtoon/detail.nhn?titleId=20853&no=964&weekday=tue",
        "title": "960. 내 얼굴",
        "published": date(2015, 7, 30),
        "author": None,
    },
    {
        "link": "http://comic.naver.com/webtoon/detail.nhn?titleId=20853&no=963&weekday=tue",
        "title": "959. 베개 싸움",
        "published": date(2015, 7, 27),
        "author": None,
    },
    {
        "link": "http://comic.naver.com/webtoon/detail.nhn?titleId=20853&no=962&weekday=tue",
        "title": "958. 수갑",
        "published": date(2015, 7, 23),
        "author": None,
    },
    {
        "link": "http://comic.naver.com/webtoon/detail.nhn?titleId=20853&no=961&weekday=tue",
        "title": "957. 조용히 해",
        "published": date(2015, 7, 20),
        "author": None,
    },
]
