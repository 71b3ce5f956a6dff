"""Real page: a detailed job search on Work24 (고용24), the Korean government's employment
portal, saved by iml1111/work24-scraper's tests on 18 March 2026. `lang="ko"`; half a megabyte
of scripts, menus and search filters (regions, job kinds, checkbox groups) around <table> whose
<tbody> holds ten rows <tr id=listN>: a checkbox labelled with the employer's name, which is a
link running a script (`href="#none"`), sometimes a badge ("공공"); the posting's link (class
`t3_sb`, opening the detail page), its title as displayed, cut with "..." when long; source
logos and buttons; a column of pay, experience, hours and place; and a last column of a script
that fills in the days left, "마감일 : 2026-04-01" (closing day) and "등록일 : 2026-03-18"
(registered). Dates: the registration day (the closing day comes first and is not the
publication), Seoul time. Authors left out: the employer's name is the advertiser, not a byline,
and the page does not settle it. Not entries: the menus, the filters, the popular and recent
search words, the pager, the footer. `now` is the fixture's commit (18 March 2026, 09:56 UTC).
"""

from datetime import UTC, date, datetime

url = "https://www.work24.go.kr/wk/a/b/1200/retriveDtlEmpSrchList.do"
timezone = "Asia/Seoul"
now = datetime(2026, 3, 18, 9, 57, tzinfo=UTC)

entries = [
    {
        "link": "https://www.work24.go.kr/wk/a/b/1500/empDetailAuthView.do?wantedAuthNo=Dd04022603180062&infoTypeCd=VALIDATION&infoTypeGroup=tb_workinfoworknet",
        "title": "[장애인만 채용] 어업경영체 등록 조사원",
        "published": date(2026, 3, 18),
    },
    {
        "link": "https://www.work24.go.kr/wk/a/b/1500/empDetailAuthView.do?wantedAuthNo=KF10272603180004&infoTypeCd=VALIDATION&infoTypeGroup=tb_workinfoworknet",
        "title": "[옥정동] 4등급 할머니 요양보호사 구인",
        "published": date(2026, 3, 18),
    },
    {
        "link": "https://www.work24.go.kr/wk/a/b/1500/empDetailAuthView.do?wantedAuthNo=KF10882603180015&infoTypeCd=VALIDATION&infoTypeGroup=tb_workinfoworknet",
        "title": "노인공동생활가정 간호조무사 채용",
        "published": date(2026, 3, 18),
    },
    {
        "link": "https://www.work24.go.kr/wk/a/b/1500/empDetailAuthView.do?wantedAuthNo=KF10802603180012&infoTypeCd=VALIDATION&infoTypeGroup=tb_workinfoworknet",
        "title": "[사무보조] 오전 오후 파트 가능",
        "published": date(2026, 3, 18),
    },
    {
        "link": "https://www.work24.go.kr/wk/a/b/1500/empDetailAuthView.do?wantedAuthNo=KJAT002603180010&infoTypeCd=VALIDATION&infoTypeGroup=tb_workinfoworknet",
        "title": "[2026 양천구 일자리 박람회] 2026년 4월 3일(금) 13:...",
        "published": date(2026, 3, 18),
    },
    {
        "link": "https://www.work24.go.kr/wk/a/b/1500/empDetailAuthView.do?wantedAuthNo=KF10982603180004&infoTypeCd=VALIDATION&infoTypeGroup=tb_workinfoworknet",
        "title": "[2026.4.16. 희망취업박람회 현장면접] 씨에스쉐어링주식회...",
        "published": date(2026, 3, 18),
    },
    {
        "link": "https://www.work24.go.kr/wk/a/b/1500/empDetailAuthView.do?wantedAuthNo=KJAZ002603180013&infoTypeCd=VALIDATION&infoTypeGroup=tb_workinfoworknet",
        "title": "[신내동] 신내동성3차아파트 경비원 모집",
        "published": date(2026, 3, 18),
    },
    {
        "link": "https://www.work24.go.kr/wk/a/b/1500/empDetailAuthView.do?wantedAuthNo=K171112603180050&infoTypeCd=VALIDATION&infoTypeGroup=tb_workinfoworknet",
        "title": "(주)신광M&P 진천공장 인쇄부 생산직 직원을 모집합니다.",
        "published": date(2026, 3, 18),
    },
    {
        "link": "https://www.work24.go.kr/wk/a/b/1500/empDetailAuthView.do?wantedAuthNo=K180632603180009&infoTypeCd=VALIDATION&infoTypeGroup=tb_workinfoworknet",
        "title": "3.5톤 운전 직 직원 모집합니다.",
        "published": date(2026, 3, 18),
    },
    {
        "link": "https://www.work24.go.kr/wk/a/b/1500/empDetailAuthView.do?wantedAuthNo=KF11292603180007&infoTypeCd=VALIDATION&infoTypeGroup=tb_workinfoworknet",
        "title": "(재공고)2026년 경기양주아동보호전문기관 상담원 1명 채용공고(육...",
        "published": date(2026, 3, 18),
    },
]
