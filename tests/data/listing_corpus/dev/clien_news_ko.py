"""Real page: the "새로운소식" (new news) board of Clien, a Korean community, saved (from the
<body> on, the <head> cut) by TylorSTYLE/ChunChuGwan's tests on 11 June 2026. `lang="ko"`; a
maintenance banner ("금일 18:15 ~ 18:45"), the board's name and sort select, then <div
class="list_item"> rows: three pinned notices ("공지": the board's rules, not entries), an
advertisement row ("AD", class `hongbo`: not an entry), and four posts, each a like count, the
title link (class `list_subject`, the title in a `title` attribute too) with a comment-count
link beside it, the poster's nickname, a view count and a "list_time" cell whose visible text
is the month and day ("06-10") with the full time in a popover's <span class=timestamp>
("2026-06-10 19:56:25"): the dates, Seoul time. Authors: the nicknames. `now` is the
fixture's commit (11 June 2026, 23:12 KST)."""

from datetime import UTC, datetime

url = "https://www.clien.net/service/board/news"
timezone = "Asia/Seoul"
now = datetime(2026, 6, 11, 14, 13, tzinfo=UTC)

entries = [
    {
        "link": "https://www.clien.net/service/board/news/19207008?od=T31&po=0&category=0&groupCd=",
        "title": "구글 플레이스토어서 엑스 '청소년 이용불가'…등급 상향 조치",
        "published": datetime(2026, 6, 10, 10, 56, 25, tzinfo=UTC),
        "author": "_딘_",
    },
    {
        "link": "https://www.clien.net/service/board/news/19206990?od=T31&po=0&category=0&groupCd=",
        "title": "삼성전자, 美 ‘엘리먼트 바이오사이언스’社 1대 주주 지위 확보…미래 정밀 의료시장 선점",
        "published": datetime(2026, 6, 10, 10, 25, 9, tzinfo=UTC),
        "author": "_딘_",
    },
    {
        "link": "https://www.clien.net/service/board/news/19206978?od=T31&po=0&category=0&groupCd=",
        "title": "Apple, 서비스 전반에 걸쳐 여러 혁신적인 기능과 지능 경험 공개",
        "published": datetime(2026, 6, 10, 10, 0, 40, tzinfo=UTC),
        "author": "_딘_",
    },
    {
        "link": "https://www.clien.net/service/board/news/19206920?od=T31&po=0&category=0&groupCd=",
        "title": "macOS 27은 이제 울트라와이드 모니터를 기본적으로 지원합니다",
        "published": datetime(2026, 6, 10, 8, 39, 46, tzinfo=UTC),
        "author": "심심해!",
    },
]
