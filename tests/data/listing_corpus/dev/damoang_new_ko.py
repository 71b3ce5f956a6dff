"""Real page: the "새로운 소식" (new news) board of Damoang, a Korean community on SvelteKit,
saved (its <main> alone, images replaced by "x.jpg") by TylorSTYLE/ChunChuGwan's tests on 12
June 2026. `lang="ko"`; an <h1>, then eight whole-row links <a class="post-row">, each holding
a like count, a category badge ("IT"), the title (<span class=post-title>, its `title` the same),
a "N" (new) mark, a comment-count link ("[4]") inside the row's link, the poster's avatar and
nickname, the day as "06.11" (month first, as Korean writes it: 11 June, not 6 November) and a
view count ("2.1k"), then the same nickname, day and count again in a mobile-only line. Dates:
the day only, Seoul time. Authors: the nicknames. `now` is the fixture's commit (12 June 2026,
11:23 KST)."""

from datetime import UTC, date, datetime

url = "https://damoang.net/new"
timezone = "Asia/Seoul"
now = datetime(2026, 6, 12, 2, 23, tzinfo=UTC)

entries = [
    {
        "link": "https://damoang.net/new/69992",
        "title": "오픈AI 요금 대폭 인하 검토…앤트로픽과 기업시장 경쟁",
        "published": date(2026, 6, 11),
        "author": "아름다운별",
    },
    {
        "link": "https://damoang.net/new/69991",
        "title": "[ 텍톡 × 24주차 ] 만화로 읽는 IT 주간 브리핑",
        "published": date(2026, 6, 11),
        "author": "SDK",
    },
    {
        "link": "https://damoang.net/new/69976",
        "title": "로지텍, 첫 폴더블 마우스 'Mobi Fold' 출시",
        "published": date(2026, 6, 11),
        "author": "아름다운별",
    },
    {
        "link": "https://damoang.net/new/69969",
        "title": "아이폰 울트라 폴더블: 최종 인증 및 리퀴드 메탈 힌지",
        "published": date(2026, 6, 11),
        "author": "심심해",
    },
    {
        "link": "https://damoang.net/new/69967",
        "title": "'역대 최대 과징금', 쿠팡에 6246억원 부과…\"3750만여명 개인정보 유출\"",
        "published": date(2026, 6, 11),
        "author": "비사이로막가",
    },
    {
        "link": "https://damoang.net/new/69966",
        "title": "국민 60% 대형마트 의무휴업 폐지·완화 찬성...정치권 '재검토' 급물살",
        "published": date(2026, 6, 11),
        "author": "비사이로막가",
    },
    {
        "link": "https://damoang.net/new/69957",
        "title": "G메일 안 열어도 된다…챗GPT, 이메일 발송 기능 전격 추가",
        "published": date(2026, 6, 10),
        "author": "아름다운별",
    },
    {
        "link": "https://damoang.net/new/69948",
        "title": "macOS 27은 이제 울트라와이드 모니터를 기본적으로 지원합니다",
        "published": date(2026, 6, 10),
        "author": "심심해",
    },
]
