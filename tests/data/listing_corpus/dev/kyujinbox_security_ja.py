"""Real page: a job search of Kyujin Box (求人ボックス, a Japanese job search engine) for
security, cleaning and inspection work in Tokyo posted within 24 hours, saved by
desktop7788/kyujin-scraper's tests (committed 14 May 2026). `lang="ja-JP"`; 190 KB of scripts,
search filters and menus around four <section class="p-result_card"> results (the first a
sponsored one, its link a redirect, told apart by a class only: an entry like the others), each an
<h2> whose link holds the job's name and a "新着" (new) badge, the employer, the place, the pay,
the kind of contract, a snippet ("週2日", "週休2日": days a week, no dates), feature tags, and
"6時間前" (six hours ago) in <p class="p-result_updatedAt_hyphen">: the dates, as ages from
`now`. Links as written, and (``also``) without the "utm_source"/"utm_medium" the page adds
to two of them: the feed gives one URL per job, tracking left out. Titles: the job's name
without the badge. Authors left out: the employer is the advertiser, not a byline. `now` is the fixture's commit (14 May 2026, 12:21 JST)."""

from datetime import UTC, datetime

url = "https://xn--pckua2a7gp15o89zb.com/%E8%AD%A6%E5%82%99-%E6%B8%85%E6%8E%83-%E7%82%B9%E6%A4%9C%E3%81%AE%E4%BB%95%E4%BA%8B-%E6%9D%B1%E4%BA%AC%E9%83%BD?e=2&u=1"
timezone = "Asia/Tokyo"
now = datetime(2026, 5, 14, 3, 21, tzinfo=UTC)

entries = [
    {
        "link": "https://xn--pckua2a7gp15o89zb.com/rd/?uaid=l7b694f14fa5c649aa76b464c4e727dbb&p=t%2BAK7k0GmMUr0ZRss/MBm9ULdX7ooY5stpAQWCTwsfLr0wPFU/tqifM%2B9c8juRpwMMgCp1cDe6PG5/lOtxJkn2idAgfHqBQoe/89nqap1kcbLsuKk/EWhmecSYbnvS88o8UUm7pxA9JOTCUh6pxXZDCLHCemIcYwuhypPXL0Ch2A5n3yp%2B6Y96RBmcsVNV4UT%2BQQU%2BlENqOgjDfCj7Oy8Tu2hCT6N2m3ncHg6ONfjUkLBZQMcGhdwcln9gygUmyu2n4399ZF1BcgN4laicywTVQSedddFPp2fhkXa7Ldthfvqc71wovBwNW/4mPQ4HbqyeCjlBRffl6S71zmfkw4Q2b5VoX8VkHMANd5ZS4SX4a%2Bz%2BjY76SoZ8%2Bx2/Ga6PmvvCXWaf1SU9BnNEOxXVbnKfydlA3fVUx1NFQowTU/fs4AijaL39UlFpj7tJlYiwIFgwZMzETy5Y7gZeJoX3ZfO%2BcVOv0LbMao0YgRq67rLkzvgY1DKTErg8kQploah51WMpHHQL%2BZJ7%2B0QAB/gec5fagioyN0IirQ04cWXhmjdT4%3D&ph=502010c65f88&phv=1",
        "title": "中高年活躍中／その他保守・点検系",
        "published": datetime(2026, 5, 13, 21, 21, tzinfo=UTC),
    },
    {
        "link": "https://xn--pckua2a7gp15o89zb.com/jb/4df3297f8206d1c752603266239e3ad4?utm_source=%E6%B1%82%E4%BA%BA%E3%83%9C%E3%83%83%E3%82%AF%E3%82%B9.com&utm_medium=referral",
        "also": ["https://xn--pckua2a7gp15o89zb.com/jb/4df3297f8206d1c752603266239e3ad4"],
        "title": "週2回～OK!六本木ヒルズの駐車場警備管理",
        "published": datetime(2026, 5, 13, 20, 21, tzinfo=UTC),
    },
    {
        "link": "https://xn--pckua2a7gp15o89zb.com/jb/db94cad039ab721eb71bec5f0c9ecc45?utm_source=%E6%B1%82%E4%BA%BA%E3%83%9C%E3%83%83%E3%82%AF%E3%82%B9.com&utm_medium=referral",
        "also": ["https://xn--pckua2a7gp15o89zb.com/jb/db94cad039ab721eb71bec5f0c9ecc45"],
        "title": "分譲マンションの通勤管理員業務",
        "published": datetime(2026, 5, 13, 10, 21, tzinfo=UTC),
    },
    {
        "link": "https://xn--pckua2a7gp15o89zb.com/jb/731d2378c38a365481a54d1798008543",
        "title": "マンション管理スタッフ",
        "published": datetime(2026, 5, 14, 0, 21, tzinfo=UTC),
    },
]
