"""Real page: the "برنامه‌نویسی" (programming) category of a Persian Python tutorial site
(www.python3.ir/category/python3-programming/, November 2018), a static export its owner keeps
in ilola/ilola.github.io, with `<base href="https://www.python3.ir/">` (the links are "1873/",
read against it). `lang="fa-IR" dir="rtl"`, WordPress's MH Magazine lite. The header and menus,
then ten <article class="mh-loop-item … hentry">: a thumbnail link, the title link in <h3
class="entry-title mh-loop-title"> (series titles such as "پایتون برای همه | 34 | فایل متنی و
خطوط", with zero-width non-joiners inside words), a meta line of the day, the author's link
and the comment count, then the teaser and "[…]". Dates: the day, Gregorian but written with
the months' Persian names, month first and Western digits: "نوامبر 22, 2018", "آگوست 26, 2017"
(August), "سپتامبر 20, 2017", "اکتبر 6, 2017". Authors: the author's link ("Eman"). Not
entries: the sidebar, the footer. `now`: the owner's commit of the page, 22 November 2018, 11:19
+03:30.
"""

from datetime import UTC, date, datetime

url = "https://www.python3.ir/category/python3-programming/"
timezone = "Asia/Tehran"
now = datetime(2018, 11, 22, 7, 49, tzinfo=UTC)

entries = [
    {
        "link": "https://www.python3.ir/1873/",
        "title": "دانلود کتاب پایتون ۳",
        "published": date(2018, 11, 22),
        "author": "Eman",
    },
    {
        "link": "https://www.python3.ir/1644/",
        "title": "پایتون برای همه | 34 | فایل متنی و خطوط",
        "published": date(2017, 10, 6),
        "author": "Eman",
    },
    {
        "link": "https://www.python3.ir/1628/",
        "title": "پایتون برای همه | 33 | فایل\u200cها در پایتون | ماندگاری و باز کردن فایل\u200cها",
        "published": date(2017, 10, 4),
        "author": "Eman",
    },
    {
        "link": "https://www.python3.ir/1625/",
        "title": "پایتون برای همه | 32 | تجزیه تحلیل (پارس کردن) رشته\u200cها و عملگر Format و تمرین\u200cها",
        "published": date(2017, 9, 20),
        "author": "Eman",
    },
    {
        "link": "https://www.python3.ir/1621/",
        "title": "پایتون برای همه | 31 | آبجکت و متد",
        "published": date(2017, 8, 26),
        "author": "Eman",
    },
    {
        "link": "https://www.python3.ir/1611/",
        "title": "پایتون برای همه | 30 | پیمایش در رشته | تغییرناپذیری رشته\u200cها | حلقه\u200cزنی و شمارش",
        "published": date(2017, 8, 9),
        "author": "Eman",
    },
    {
        "link": "https://www.python3.ir/1604/",
        "title": "پایتون برای همه | 29 | رشته و طول آن\u200cها",
        "published": date(2017, 8, 8),
        "author": "Eman",
    },
    {
        "link": "https://www.python3.ir/1597/",
        "title": "پایتون برای همه | 28 | تعریف حلقه\u200cها با for | واژگان فصل پنجم",
        "published": date(2017, 8, 3),
        "author": "Eman",
    },
    {
        "link": "https://www.python3.ir/1570/",
        "title": "پایتون برای همه | 27 | تکرار و حلقه while",
        "published": date(2017, 8, 2),
        "author": "Eman",
    },
    {
        "link": "https://www.python3.ir/1564/",
        "title": "پایتون برای همه | 26 | پارامترها و آرگویمنت\u200cها | تمرین\u200cها و واژگان فصل ۴",
        "published": date(2017, 8, 1),
        "author": "Eman",
    },
]
