"""Real page: the lost-and-found board ("유실물 찾기", 게시판목록) of the Catholic University of
Korea, saved by jinhyuk9714/songsim-campus-mcp's tests (committed 20 March 2026). `lang="ko"`;
a K2Web-style board table (번호 number, 제목 title, 등록일 registered, 작성자 writer, 조회수 views)
of ten rows: the number, the title link <a class="b-title"> ("<보관중> 장갑": "in storage",
then the item), a mobile-only block repeating number, day, writer and views inside the title
cell, then the day "2025.11.25", the writer (the student support office) and the view count in
their own cells; a pager below. Links are relative ("?mode=view&articleNo=…"). Dates: the day
only, Seoul time. Authors: the writer column. `now` is the fixture's commit (20 March 2026,
18:29 KST)."""

from datetime import UTC, date, datetime

url = "https://www.catholic.ac.kr/ko/campuslife/find.do"
timezone = "Asia/Seoul"
now = datetime(2026, 3, 20, 9, 29, tzinfo=UTC)

entries = [
    {
        "link": "https://www.catholic.ac.kr/ko/campuslife/find.do?mode=view&articleNo=266401&article.offset=0&articleLimit=10",
        "title": "<보관중> at home card(WOO S**K)",
        "published": date(2025, 11, 25),
        "author": "학생지원팀",
    },
    {
        "link": "https://www.catholic.ac.kr/ko/campuslife/find.do?mode=view&articleNo=266398&article.offset=0&articleLimit=10",
        "title": "<보관중> 이어마이크",
        "published": date(2025, 11, 25),
        "author": "학생지원팀",
    },
    {
        "link": "https://www.catholic.ac.kr/ko/campuslife/find.do?mode=view&articleNo=266399&article.offset=0&articleLimit=10",
        "title": "<보관중> 세탁카드(김*현)",
        "published": date(2025, 11, 25),
        "author": "학생지원팀",
    },
    {
        "link": "https://www.catholic.ac.kr/ko/campuslife/find.do?mode=view&articleNo=266397&article.offset=0&articleLimit=10",
        "title": "<보관중> G패스",
        "published": date(2025, 11, 25),
        "author": "학생지원팀",
    },
    {
        "link": "https://www.catholic.ac.kr/ko/campuslife/find.do?mode=view&articleNo=266396&article.offset=0&articleLimit=10",
        "title": "<보관중> 장갑",
        "published": date(2025, 11, 25),
        "author": "학생지원팀",
    },
    {
        "link": "https://www.catholic.ac.kr/ko/campuslife/find.do?mode=view&articleNo=266395&article.offset=0&articleLimit=10",
        "title": "<보관중> 세면도구 및 수건",
        "published": date(2025, 11, 25),
        "author": "학생지원팀",
    },
    {
        "link": "https://www.catholic.ac.kr/ko/campuslife/find.do?mode=view&articleNo=266394&article.offset=0&articleLimit=10",
        "title": "<보관중> 세탁카드",
        "published": date(2025, 11, 25),
        "author": "학생지원팀",
    },
    {
        "link": "https://www.catholic.ac.kr/ko/campuslife/find.do?mode=view&articleNo=266393&article.offset=0&articleLimit=10",
        "title": "<보관중> 갤럭시 탭 펜슬",
        "published": date(2025, 11, 25),
        "author": "학생지원팀",
    },
    {
        "link": "https://www.catholic.ac.kr/ko/campuslife/find.do?mode=view&articleNo=266392&article.offset=0&articleLimit=10",
        "title": "<보관중> POP카드(EZL)",
        "published": date(2025, 11, 25),
        "author": "학생지원팀",
    },
    {
        "link": "https://www.catholic.ac.kr/ko/campuslife/find.do?mode=view&articleNo=266391&article.offset=0&articleLimit=10",
        "title": "<보관중> 카드지갑",
        "published": date(2025, 11, 25),
        "author": "학생지원팀",
    },
]
