"""Real page: the front of Naver Cast, Naver's magazine of commissioned explainers
("최신 캐스트", latest casts, 2015), saved on 21 August 2015 by terzeron/FeedMaker as a test
page. `lang="ko"`. A <ul class=card_lst> of 24 cards, each a whole-card link <a class=card>
holding the thumbnail, the headline (<strong>푸치니 투란도트</strong>), the subtitle right after it
(<span>시녀 류는 왜 비밀을 감추고 죽었을까?</span>, not the title) and the comment count
("의견 11"); below the link, outside it, the byline <span class=info2><strong class=tit> with
the author's or partner's name, a link to their list (유윤종, 한국관광공사) or plain text
(KBS 광복 70주년 기념 특별전 추진단). Three bylines read "<a>박찬영</a> 외" ("and others"): their author is
left out (the name or the name with "외" could both be meant). No dates on the cards:
published None. Not entries: the menus of topics and series (기획별, 주제별), the sort tabs
(최신 캐스트, 일간 조회 TOP, 일간 의견 TOP), the notice box, the footer. `now` is the commit's
time (21 August 2015, 21:16 KST).
"""

from datetime import UTC, datetime

url = "http://navercast.naver.com/index.nhn"
timezone = "Asia/Seoul"
now = datetime(2015, 8, 21, 12, 16, tzinfo=UTC)

entries = [
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=97314",
        "title": "푸치니 투란도트",
        "published": None,
        "author": "유윤종",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=97305",
        "title": "식생활 변천사",
        "published": None,
        "author": "KBS 광복 70주년 기념 특별전 추진단",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=97296",
        "title": "펫코 파크",
        "published": None,
        "author": "최영조",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=97294",
        "title": "안면도를 바라보며 달리는 드라이브 여행",
        "published": None,
        "author": "한국관광공사",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=97112",
        "title": "가중평균",
        "published": None,
        "author": "이재인",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=97250",
        "title": "우키요에 풍경화",
        "published": None,
        "author": "이연식",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=97115",
        "title": "네팔의 역사",
        "published": None,
        "author": "구정은",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=97106",
        "title": "스냅챗",
        "published": None,
        "author": "권혜미",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=97159",
        "title": "스피트파이어",
        "published": None,
        "author": "남도현",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=97011",
        "title": "매일 신보",
        "published": None,
        "author": "KBS 광복 70주년 기념 특별전 추진단",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=96582",
        "title": "소설 『동백꽃 여인』과 오페라 [라 트라비아타]",
        "published": None,
        "author": "김성현",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=97109",
        "title": "클라우드 게이트 무용단 [RICE]",
        "published": None,
        "author": "LG아트센터",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=97047",
        "title": "빅데이터 마이닝",
        "published": None,
        "author": "내셔널지오그래픽채널",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=97001",
        "title": "크레이지 타임",
        "published": None,
        "author": "김상민",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=96848",
        "title": "치사량",
        "published": None,
        "author": "여인형",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=96679",
        "title": "신건우",
        "published": None,
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=96636",
        "title": "부탄의 왕축 왕조",
        "published": None,
        "author": "신민하",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=95456",
        "title": "가난한 나라 조선을 바꾸자",
        "published": None,
        "author": "노혜경",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=96873",
        "title": "애니씨어터 12회 : 걱정멜로",
        "published": None,
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=96705",
        "title": "제이만 효과",
        "published": None,
        "author": "이강영",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=96752",
        "title": "퓌센, 프랑크푸르트, 쾰른, 하이델베르크, 베를린",
        "published": None,
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=96701",
        "title": "세이프코 필드",
        "published": None,
        "author": "최영조",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=96696",
        "title": "1년 365일 맛볼 수 있는 통영 사철 별미",
        "published": None,
        "author": "한국관광공사",
    },
    {
        "link": "http://navercast.naver.com/contents.nhn?contents_id=96555",
        "title": "건축물의 높이",
        "published": None,
        "author": "이재인",
    },
]
