"""Real page: AtCoder's contest archive (rated for the Beginner range), saved by
gontawara/atcoder-review-fetcher's tests on 7 June 2026. No `lang` (Content-Language "en");
one <table> of fifty rows: the start time, a <time> without `datetime` whose text carries its
offset ("2026-05-30 21:00:00+0900"), inside a link to another site's clock converter (not the
entry); the contest's kind as an icon with a tooltip ("Ⓐ", "Algorithm") and a coloured "◉",
then the contest's link; its duration "01:40" (a clock's form, no time of day); the rated
range. Dates: the start times. Authors: none. Not entries: the menus, the search form, the
pager, the footer. `now` is the fixture's commit (7 June 2026, 10:39 JST)."""

from datetime import UTC, datetime

url = "https://atcoder.jp/contests/archive?ratedType=1"
timezone = "Asia/Tokyo"
now = datetime(2026, 6, 7, 1, 39, tzinfo=UTC)

entries = [
    {
        "link": "https://atcoder.jp/contests/abc460",
        "title": "AtCoder Beginner Contest 460",
        "published": datetime(2026, 5, 30, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc459",
        "title": "Tokio Marine & Nichido Fire Insurance Programming Contest 2026 (AtCoder Beginner Contest 459)",
        "published": datetime(2026, 5, 23, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc458",
        "title": "AtCoder Beginner Contest 458",
        "published": datetime(2026, 5, 16, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc457",
        "title": "Polaris.AI Programming Contest 2026（AtCoder Beginner Contest 457）",
        "published": datetime(2026, 5, 9, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc456",
        "title": "AtCoder Beginner Contest 456",
        "published": datetime(2026, 5, 2, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc455",
        "title": "Ｓｋｙ Inc, Programming Contest 2026 (AtCoder Beginner Contest 455)",
        "published": datetime(2026, 4, 25, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc454",
        "title": "Keysight Technologies Programming Contest（AtCoder Beginner Contest 454）",
        "published": datetime(2026, 4, 18, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc453",
        "title": "AtCoder Beginner Contest 453",
        "published": datetime(2026, 4, 11, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc452",
        "title": "AtCoder Beginner Contest 452",
        "published": datetime(2026, 4, 4, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc451",
        "title": "AtCoder Beginner Contest 451",
        "published": datetime(2026, 3, 28, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc450",
        "title": "AtCoder Beginner Contest 450",
        "published": datetime(2026, 3, 21, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc449",
        "title": "AtCoder Beginner Contest 449",
        "published": datetime(2026, 3, 14, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc448",
        "title": "AtCoder Beginner Contest 448",
        "published": datetime(2026, 3, 7, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc447",
        "title": "AtCoder Beginner Contest 447",
        "published": datetime(2026, 2, 28, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc446",
        "title": "AtCoder Beginner Contest 446",
        "published": datetime(2026, 2, 21, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc445",
        "title": "AtCoder Beginner Contest 445",
        "published": datetime(2026, 2, 14, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc444",
        "title": "AtCoder Beginner Contest 444",
        "published": datetime(2026, 2, 7, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc443",
        "title": "Denso Create Programming Contest 2026（AtCoder Beginner Contest 443）",
        "published": datetime(2026, 1, 31, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc442",
        "title": "JPRS Programming Contest 2026#1 (AtCoder Beginner Contest 442)",
        "published": datetime(2026, 1, 24, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc441",
        "title": "AtCoder Beginner Contest 441 (Promotion of Engineer Guild Fes)",
        "published": datetime(2026, 1, 17, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc440",
        "title": "AtCoder Beginner Contest 440",
        "published": datetime(2026, 1, 10, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc439",
        "title": "AtCoder Beginner Contest 439",
        "published": datetime(2026, 1, 3, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc438",
        "title": "AtCoder Beginner Contest 438",
        "published": datetime(2025, 12, 27, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc437",
        "title": "UNIQUE VISION Programming Contest 2025 Christmas (AtCoder Beginner Contest 437)",
        "published": datetime(2025, 12, 20, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc436",
        "title": "AtCoder Beginner Contest 436",
        "published": datetime(2025, 12, 13, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc435",
        "title": "AtCoder Beginner Contest 435",
        "published": datetime(2025, 12, 6, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc434",
        "title": "Ｓｋｙ Inc, Programming Contest 2025 (AtCoder Beginner Contest 434)",
        "published": datetime(2025, 11, 29, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc433",
        "title": "AtCoder Beginner Contest 433",
        "published": datetime(2025, 11, 22, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc432",
        "title": "OMRON Corporation Programming Contest 2025 #2 (AtCoder Beginner Contest 432)",
        "published": datetime(2025, 11, 15, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc431",
        "title": "TOYOTA SYSTEMS Programming Contest 2025（AtCoder Beginner Contest 431)",
        "published": datetime(2025, 11, 8, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc430",
        "title": "AtCoder Beginner Contest 430",
        "published": datetime(2025, 11, 1, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc429",
        "title": "Polaris.AI Programming Contest 2025（AtCoder Beginner Contest 429）",
        "published": datetime(2025, 10, 25, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc428",
        "title": "AtCoder Beginner Contest 428",
        "published": datetime(2025, 10, 18, 12, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc427",
        "title": "Panasonic Programming Contest 2025（AtCoder Beginner Contest 427）",
        "published": datetime(2025, 10, 11, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc426",
        "title": "AtCoder Beginner Contest 426",
        "published": datetime(2025, 10, 4, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc425",
        "title": "UNIQUE VISION Programming Contest 2025 Autumn (AtCoder Beginner Contest 425)",
        "published": datetime(2025, 9, 27, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc424",
        "title": "AtCoder Beginner Contest 424",
        "published": datetime(2025, 9, 20, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc423",
        "title": "AtCoder Beginner Contest 423",
        "published": datetime(2025, 9, 14, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/jsc2025advance-final",
        "title": "日本最強プログラマー学生選手権～Advance～",
        "published": datetime(2025, 9, 7, 4, 10, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc422",
        "title": "AtCoder Beginner Contest 422",
        "published": datetime(2025, 9, 7, 4, 10, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc421",
        "title": "AtCoder Beginner Contest 421",
        "published": datetime(2025, 8, 30, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc420",
        "title": "AtCoder Beginner Contest 420",
        "published": datetime(2025, 8, 24, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc419",
        "title": "AtCoder Beginner Contest 419",
        "published": datetime(2025, 8, 16, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc418",
        "title": "AtCoder Beginner Contest 418",
        "published": datetime(2025, 8, 9, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc417",
        "title": "AtCoder Beginner Contest 417",
        "published": datetime(2025, 8, 2, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc416",
        "title": "AtCoder Beginner Contest 416",
        "published": datetime(2025, 7, 26, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc415",
        "title": "Japan Registry Services (JPRS) Programming Contest 2025#2 (AtCoder Beginner Contest 415)",
        "published": datetime(2025, 7, 19, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc414",
        "title": "Mirrativ Programming Contest 2025 (AtCoder Beginner Contest 414)",
        "published": datetime(2025, 7, 12, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc413",
        "title": "Denso Create Programming Contest 2025（AtCoder Beginner Contest 413）",
        "published": datetime(2025, 7, 5, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://atcoder.jp/contests/abc412",
        "title": "AtCoder Beginner Contest 412",
        "published": datetime(2025, 6, 28, 12, 0, tzinfo=UTC),
        "author": None,
    },
]
