"""Real page: Taiwan's Ministry of National Defense, "新聞與公告 › 區域動態列表" (the daily
reports of the PLA's activity around the Taiwan Strait), page 1 of 201, saved by
madeye/taiwan-strait-monitor's tests on 19 March 2026. `lang="zh-Hant-TW"`, `<base href="/">`.
Navigation menus of many links, a title block, a date and keyword filter, then <div
class=news_list_box> of nine whole-row links <a class=news_list>: <div class=date>"115.03.19"</div>
— the date in the Republic of China calendar (year 115 = 2026: year + 1911) — <div
class=title>, the same title on every row ("中共解放軍臺海周邊海、空域動態"), and a view count
("點閱次數：97 次"). Dates: the day shown, converted to the Gregorian calendar (Taipei time). No
bylines (author None). Not entries: the menus, the pager ("1 2 3 … 11", first, previous, next,
last), the share buttons. `now` is the fixture's commit (19 March 2026, 07:33 UTC).
"""

from datetime import UTC, date, datetime

url = "https://www.mnd.gov.tw/news/plaactlist"
timezone = "Asia/Taipei"
now = datetime(2026, 3, 19, 7, 34, tzinfo=UTC)

entries = [
    {
        "link": "https://www.mnd.gov.tw/news/plaact/86346",
        "title": "中共解放軍臺海周邊海、空域動態",
        "published": date(2026, 3, 19),
        "author": None,
    },
    {
        "link": "https://www.mnd.gov.tw/news/plaact/86337",
        "title": "中共解放軍臺海周邊海、空域動態",
        "published": date(2026, 3, 18),
        "author": None,
    },
    {
        "link": "https://www.mnd.gov.tw/news/plaact/86331",
        "title": "中共解放軍臺海周邊海、空域動態",
        "published": date(2026, 3, 17),
        "author": None,
    },
    {
        "link": "https://www.mnd.gov.tw/news/plaact/86329",
        "title": "中共解放軍臺海周邊海、空域動態",
        "published": date(2026, 3, 16),
        "author": None,
    },
    {
        "link": "https://www.mnd.gov.tw/news/plaact/86326",
        "title": "中共解放軍臺海周邊海、空域動態",
        "published": date(2026, 3, 15),
        "author": None,
    },
    {
        "link": "https://www.mnd.gov.tw/news/plaact/86324",
        "title": "中共解放軍臺海周邊海、空域動態",
        "published": date(2026, 3, 14),
        "author": None,
    },
    {
        "link": "https://www.mnd.gov.tw/news/plaact/86320",
        "title": "中共解放軍臺海周邊海、空域動態",
        "published": date(2026, 3, 13),
        "author": None,
    },
    {
        "link": "https://www.mnd.gov.tw/news/plaact/86315",
        "title": "中共解放軍臺海周邊海、空域動態",
        "published": date(2026, 3, 12),
        "author": None,
    },
    {
        "link": "https://www.mnd.gov.tw/news/plaact/86310",
        "title": "中共解放軍臺海周邊海、空域動態",
        "published": date(2026, 3, 11),
        "author": None,
    },
]
