"""Real page: the open projects of one category on an Arabic freelance marketplace
(mostaql.com/projects/development, "برمجة، تطوير المواقع والتطبيقات"), saved on 2026-06-23 by
EladlyDev/mostaql-notify as its real listing fixture. `lang="ar"`, right to left (the
stylesheet's `header.rtl.css`; no `dir` attribute on the page). The Hsoub header and menus,
the category filters in a sidebar form, then <table class="projects-table"> of twenty-five
<tr class=project-row>: an <h2> holding the project's link (the title, Arabic and Latin mixed),
a <ul class=project__meta> with the client's name in a <bdi> after a user icon ("Nojoom C.",
"حسن ا." — a first name and an initial), a <time datetime="2026-06-23 12:37:21"
itemprop=datePublished> showing "منذ 13 دقيقة" ("13 minutes ago"; one row "بدأ تنفيذه منذ
دقيقة", "work started a minute ago", over the same publication `datetime`) and the bid count
("8 عروض"), then the brief in a second link to the project. Dates: the `datetime`, which the
fixture's README says is UTC, and the ages agree ("منذ 13 دقيقة" on 12:37, "منذ 21 ساعة" on
the 22nd at 15:32). Authors: the client's name, the one name each row shows. Not entries: the
"similar project" and bookmark menu links, the filters, the pager and the footer. `now`: the
newest row's age puts the save at about 12:50 UTC.
"""

from datetime import UTC, datetime

url = "https://mostaql.com/projects/development"
timezone = "UTC"
now = datetime(2026, 6, 23, 12, 51, tzinfo=UTC)

entries = [
    {
        "link": "https://mostaql.com/project/1252460-%D8%AA%D8%B9%D8%AF%D9%8A%D9%84-%D9%88%D8%A5%D8%B6%D8%A7%D9%81%D8%A9-%D9%85%D9%84%D8%A7%D8%AD%D8%B8%D8%A7%D8%AA-%D8%A3%D9%88-%D8%AA%D8%AD%D8%B3%D9%8A%D9%86%D8%A7%D8%AA-%D9%84%D8%AA%D8%B7%D8%A8%D9%8A%D9%82",
        "title": "تعديل وإضافة ملاحظات أو تحسينات لتطبيق",
        "published": datetime(2026, 6, 23, 12, 37, 21, tzinfo=UTC),
        "author": "Nojoom C.",
    },
    {
        "link": "https://mostaql.com/project/1244651-%D8%A8%D9%86%D8%A7%D8%A1-%D9%86%D8%B8%D8%A7%D9%85-%D8%AA%D8%B4%D8%BA%D9%8A%D9%84-%D9%85%D8%AA%D9%83%D8%A7%D9%85%D9%84-dashboard",
        "title": "بناء نظام تشغيل متكامل DASHBOARD",
        "published": datetime(2026, 6, 23, 12, 17, 34, tzinfo=UTC),
        "author": "Talal A.",
    },
    {
        "link": "https://mostaql.com/project/1252820-%D8%AA%D8%B5%D9%85%D9%8A%D9%85-%D9%85%D9%88%D9%82%D8%B9-%D8%AA%D8%B9%D8%B1%D9%8A%D9%81%D9%8A",
        "title": "تصميم موقع تعريفي",
        "published": datetime(2026, 6, 23, 12, 13, 24, tzinfo=UTC),
        "author": "حسن ا.",
    },
    {
        "link": "https://mostaql.com/project/1252806-%D8%A5%D8%B5%D9%84%D8%A7%D8%AD-%D9%82%D8%A7%D9%84%D8%A8-blogger-%D9%85%D8%AE%D8%B5%D8%B5-%D9%85%D8%B9-%D8%A7%D9%84%D8%AD%D9%81%D8%A7%D8%B8-%D8%B9%D9%84%D9%89-%D8%A7%D9%84%D8%AA%D8%B5%D9%85%D9%8A%D9%85-%D8%A8%D8%A7%D9%84%D9%83%D8%A7%D9%85%D9%84",
        "title": "إصلاح قالب Blogger مخصص مع الحفاظ على التصميم بالكامل",
        "published": datetime(2026, 6, 23, 11, 45, 23, tzinfo=UTC),
        "author": "زياد عيسى ا.",
    },
    {
        "link": "https://mostaql.com/project/1252668-%D9%85%D8%B4%D8%B1%D9%88%D8%B9-%D8%AD%D8%AC%D8%B2-%D8%AE%D8%AF%D9%85%D8%A7%D8%AA-%D9%86%D8%B8%D8%A7%D9%81%D8%A9-%D8%A7%D9%84%D9%85%D9%86%D8%A7%D8%B2%D9%84",
        "title": "مشروع حجز خدمات نظافة المنازل",
        "published": datetime(2026, 6, 23, 11, 35, 55, tzinfo=UTC),
        "author": "حسن ا.",
    },
    {
        "link": "https://mostaql.com/project/1252782-%D9%85%D8%B3%D8%AA%D8%B4%D8%A7%D8%B1-%D8%AA%D9%82%D9%86%D9%8A-%D8%B0%D9%88-%D8%AE%D8%A8%D8%B1%D8%A9-%D8%B9%D8%A7%D9%84%D9%8A%D8%A9-%D9%84%D9%85%D8%AA%D8%A7%D8%A8%D8%B9%D8%A9-%D9%85%D8%A8%D8%B1%D9%85%D8%AC%D9%8A%D9%86-%D9%84%D9%85%D8%B4%D8%B1%D9%88%D8%B9%D9%8A%D9%86-%D8%A5%D9%84%D9%83%D8%AA%D8%B1%D9%88%D9%86%D9%8A%D9%8A%D9%86",
        "title": "مستشار تقني ذو خبرة عالية لمتابعة مبرمجين لمشروعين إلكترونيين",
        "published": datetime(2026, 6, 23, 10, 36, 34, tzinfo=UTC),
        "author": "الشمس و.",
    },
    {
        "link": "https://mostaql.com/project/1252614-%D8%AA%D8%B5%D9%85%D9%8A%D9%85-%D9%88%D8%AA%D8%B7%D9%88%D9%8A%D8%B1-%D9%85%D9%88%D9%82%D8%B9-%D8%AA%D8%B9%D8%B1%D9%8A%D9%81%D9%8A-%D8%A5%D8%AD%D8%AA%D8%B1%D8%A7%D9%81%D9%8A-%D9%84%D8%AA%D8%B7%D8%A8%D9%8A%D9%82-sim-services",
        "title": "تصميم وتطوير موقع تعريفي إحترافي لتطبيق SIM Services",
        "published": datetime(2026, 6, 23, 10, 33, 28, tzinfo=UTC),
        "author": "Abdelkarim D.",
    },
    {
        "link": "https://mostaql.com/project/1252770-%D9%85%D8%B7%D9%88%D8%B1-%D9%85%D8%AA%D8%AE%D8%B5%D8%B5-%D9%81%D9%8A-odoo-%D9%84%D9%84%D9%85%D8%B3%D8%A7%D8%B9%D8%AF%D8%A9-%D9%81%D9%8A-%D8%A8%D9%86%D8%A7%D8%A1-%D9%85%D9%88%D9%82%D8%B9-%D8%A5%D9%84%D9%83%D8%AA%D8%B1%D9%88%D9%86%D9%8A-%D8%B9%D9%86-%D8%B7%D8%B1%D9%8A%D9%82-odoo",
        "title": "مطور متخصص في Odoo للمساعدة في بناء موقع إلكتروني عن طريق Odoo",
        "published": datetime(2026, 6, 23, 10, 4, 42, tzinfo=UTC),
        "author": "هيفن ا.",
    },
    {
        "link": "https://mostaql.com/project/1252771-%D8%AA%D8%B5%D9%85%D9%8A%D9%85-%D9%85%D9%84%D9%81-%D8%A5%D9%83%D8%B3%D9%84-%D8%B4%D9%8A%D8%AA",
        "title": "تصميم ملف إكسل شيت",
        "published": datetime(2026, 6, 23, 10, 3, 49, tzinfo=UTC),
        "author": "عبدالله ح.",
    },
    {
        "link": "https://mostaql.com/project/1252763-%D8%AA%D8%B4%D8%BA%D9%8A%D9%84-%D8%AA%D8%B7%D8%A8%D9%8A%D9%82-ios-%D9%82%D8%A7%D8%A6%D9%85-%D8%A8%D9%80-swiftui-%D9%88%D8%B1%D8%A8%D8%B7%D9%87-%D8%A8%D9%80-firebase-%D9%85%D8%B9-%D8%A5%D8%B5%D9%84%D8%A7%D8%AD-%D8%A7%D9%84%D9%85%D8%B4%D8%A7%D9%83%D9%84-%D8%A7%D9%84%D8%A3%D8%B3%D8%A7%D8%B3%D9%8A%D8%A9-%D9%88%D8%AA%D9%82%D8%B1%D9%8A%D8%B1-%D9%81%D9%86%D9%8A",
        "title": "تشغيل تطبيق iOS قائم بـ SwiftUI وربطه بـ Firebase مع إصلاح المشاكل الأساسية وتقرير فني",
        "published": datetime(2026, 6, 23, 9, 41, 56, tzinfo=UTC),
        "author": "بدر ا.",
    },
    {
        "link": "https://mostaql.com/project/1252755-%D8%AA%D8%AD%D9%88%D9%8A%D9%84-%D9%85%D9%88%D9%82%D8%B9-%D8%AC%D8%A7%D9%87%D8%B2-%D9%84-wordpress",
        "title": "تحويل موقع جاهز ل Wordpress",
        "published": datetime(2026, 6, 23, 9, 16, 31, tzinfo=UTC),
        "author": "Youssef H.",
    },
    {
        "link": "https://mostaql.com/project/1252745-%D8%AA%D9%86%D9%81%D9%8A%D8%B0-%D9%85%D9%88%D9%82%D8%B9-%D8%A8%D8%B3%D9%8A%D8%B7-%D8%B9%D9%86-%D8%B7%D8%B1%D9%8A%D9%82-%D9%83%D9%88%D8%AF-%D9%85%D9%88%D9%84%D8%AF-%D8%A8%D8%A7%D9%84%D8%B0%D9%83%D8%A7%D8%A1-%D8%A7%D9%84%D8%A7%D8%B5%D8%B7%D9%86%D8%A7%D8%B9%D9%8A",
        "title": "تنفيذ موقع بسيط عن طريق كود مولد بالذكاء الاصطناعي",
        "published": datetime(2026, 6, 23, 8, 24, 2, tzinfo=UTC),
        "author": "Shihab A.",
    },
    {
        "link": "https://mostaql.com/project/1252731-%D8%A5%D8%B5%D9%84%D8%A7%D8%AD-%D9%88%D8%B1%D8%A8%D8%B7-%D8%AF%D9%88%D9%85%D9%8A%D9%86-%D8%A7%D9%84%D9%85%D9%88%D9%82%D8%B9-%D9%85%D8%B9-%D8%AE%D8%AF%D9%85%D8%A7%D8%AA-microsoft-365-%D9%88%D8%A7%D9%84%D8%A8%D8%B1%D9%8A%D8%AF-%D8%A7%D9%84%D8%A5%D9%84%D9%83%D8%AA%D8%B1%D9%88%D9%86%D9%8A",
        "title": "إصلاح وربط دومين الموقع مع خدمات Microsoft 365 والبريد الإلكتروني",
        "published": datetime(2026, 6, 23, 7, 9, 39, tzinfo=UTC),
        "author": "Adnan B.",
    },
    {
        "link": "https://mostaql.com/project/1252722-%D9%85%D8%B7%D9%88%D8%B1-%D9%85%D8%AD%D8%AA%D8%B1%D9%81-%D9%84%D8%AA%D9%86%D9%81%D9%8A%D8%B0-%D8%A7%D9%84%D8%B1%D8%A8%D8%B7-%D8%A7%D9%84%D8%AA%D9%82%D9%86%D9%8A-%D8%A8%D9%8A%D9%86-%D9%86%D8%B8%D8%A7%D9%85-foodics-%D9%88%D8%A5%D9%86%D8%B4%D8%A7%D8%A1-%D9%84%D9%88%D8%AD%D8%A9-%D8%AA%D8%AD%D9%84%D9%8A%D9%84%D8%A7%D8%AA-%D8%A5%D8%AD%D8%AA%D8%B1%D8%A7%D9%81%D9%8A%D8%A9",
        "title": "مطور محترف لتنفيذ الربط التقني بين نظام Foodics وإنشاء لوحة تحليلات إحترافية",
        "published": datetime(2026, 6, 23, 7, 1, 55, tzinfo=UTC),
        "author": "عمر سعيد ا.",
    },
    {
        "link": "https://mostaql.com/project/1252642-%D8%B1%D9%81%D8%B9-%D8%AA%D8%B7%D8%A8%D9%8A%D9%82-flutter-%D8%B9%D9%84%D9%89-%D8%AD%D8%B3%D8%A7%D8%A8-%D9%85%D8%B7%D9%88%D8%B1-%D9%82%D8%AF%D9%8A%D9%85-%D8%B9%D9%84%D9%89-%D8%AC%D9%88%D8%AC%D9%84-%D8%A8%D9%84%D8%A7%D9%8A",
        "title": "رفع تطبيق Flutter على حساب مطور قديم على جوجل بلاي",
        "published": datetime(2026, 6, 23, 6, 47, 50, tzinfo=UTC),
        "author": "Mushari A.",
    },
    {
        "link": "https://mostaql.com/project/1252674-%D9%85%D8%B7%D9%88%D8%B1-%D9%88%D9%85%D8%A8%D8%B1%D9%85%D8%AC-shopify-%D9%85%D8%AD%D8%AA%D8%B1%D9%81-%D8%B9%D8%A7%D9%84%D9%8A-%D8%A7%D9%84%D9%83%D9%81%D8%A7%D8%A1%D8%A9-%D9%84%D8%A8%D9%86%D8%A7%D8%A1-%D9%85%D8%AA%D8%A7%D8%AC%D8%B1-%D8%A5%D9%84%D9%83%D8%AA%D8%B1%D9%88%D9%86%D9%8A%D8%A9-%D9%81%D8%A7%D8%AE%D8%B1%D8%A9",
        "title": "مطور ومبرمج Shopify محترف عالي الكفاءة لبناء متاجر إلكترونية فاخرة",
        "published": datetime(2026, 6, 23, 6, 42, 10, tzinfo=UTC),
        "author": "Mukhmal A.",
    },
    {
        "link": "https://mostaql.com/project/1252692-%D8%A8%D8%B1%D9%85%D8%AC%D8%A9-%D8%A8%D9%88%D8%AA-%D8%AA%D9%84%D9%8A%D8%AC%D8%B1%D8%A7%D9%85-%D9%84%D9%84%D8%A3%D8%B3%D9%87%D9%85-%D8%A7%D9%84%D8%A3%D9%85%D8%B1%D9%8A%D9%83%D9%8A%D8%A9",
        "title": "برمجة بوت تليجرام للأسهم الأمريكية",
        "published": datetime(2026, 6, 23, 6, 39, 35, tzinfo=UTC),
        "author": "مسلم ب.",
    },
    {
        "link": "https://mostaql.com/project/1252451-%D8%AA%D8%B7%D9%88%D9%8A%D8%B1-%D9%85%D9%86%D8%B5%D8%A9-%D9%85%D8%B2%D8%A7%D8%AF%D8%A7%D8%AA-%D8%A5%D9%84%D9%83%D8%AA%D8%B1%D9%88%D9%86%D9%8A%D8%A9-%D9%85%D8%AA%D9%83%D8%A7%D9%85%D9%84%D8%A9-%D8%AA%D8%B7%D8%A8%D9%8A%D9%82-%D8%AC%D9%88%D8%A7%D9%84-%D9%84%D9%88%D8%AD%D8%A9-%D8%AA%D8%AD%D9%83%D9%85",
        "title": "تطوير منصة مزادات إلكترونية متكاملة (تطبيق جوال + لوحة تحكم)",
        "published": datetime(2026, 6, 23, 6, 34, 12, tzinfo=UTC),
        "author": "Dehmi H.",
    },
    {
        "link": "https://mostaql.com/project/1252124-%D8%AA%D8%B7%D9%88%D9%8A%D8%B1-%D9%86%D8%B8%D8%A7%D9%85-%D8%A5%D9%84%D9%83%D8%AA%D8%B1%D9%88%D9%86%D9%8A-%D9%85%D8%AA%D9%83%D8%A7%D9%85%D9%84-%D9%84%D8%A5%D8%AF%D8%A7%D8%B1%D8%A9-%D8%AC%D9%85%D8%B9%D9%8A%D8%A9-%D8%A3%D9%87%D9%84%D9%8A%D8%A9-%D9%85%D8%A8%D9%86%D9%8A-%D8%A8%D8%A7%D8%B3%D8%AA%D8%AE%D8%AF%D8%A7%D9%85-laravel-mysql",
        "title": "تطوير نظام إلكتروني متكامل لإدارة جمعية أهلية مبني باستخدام Laravel MySQL",
        "published": datetime(2026, 6, 23, 0, 15, 51, tzinfo=UTC),
        "author": "محمد آ.",
    },
    {
        "link": "https://mostaql.com/project/1252656-%D8%A5%D9%86%D8%B4%D8%A7%D8%A1-%D8%B5%D9%81%D8%AD%D8%A9-%D9%87%D8%A8%D9%88%D8%B7-landing-page-%D9%84%D8%A8%D9%88%D8%B1%D8%AA%D9%81%D9%88%D9%84%D9%8A%D9%88-%D8%B7%D8%A8%D9%8A%D8%A8-%D8%A3%D8%B3%D9%86%D8%A7%D9%86",
        "title": "إنشاء صفحة هبوط (Landing Page) لبورتفوليو طبيب أسنان",
        "published": datetime(2026, 6, 22, 21, 31, 59, tzinfo=UTC),
        "author": "Mohamed A.",
    },
    {
        "link": "https://mostaql.com/project/1252654-%D8%A5%D9%86%D8%B4%D8%A7%D8%A1-%D9%85%D9%88%D9%82%D8%B9-%D8%A5%D9%84%D9%83%D8%AA%D8%B1%D9%88%D9%86%D9%8A-%D9%85%D8%B7%D8%A7%D8%A8%D9%82-%D9%84%D9%84%D8%AA%D8%B5%D9%85%D9%8A%D9%85-%D8%A7%D9%84%D9%85%D8%B1%D9%81%D9%82",
        "title": "إنشاء موقع إلكتروني مطابق للتصميم المرفق",
        "published": datetime(2026, 6, 22, 21, 28, 13, tzinfo=UTC),
        "author": "سعد ا.",
    },
    {
        "link": "https://mostaql.com/project/1252627-%D8%A5%D9%86%D8%B4%D8%A7%D8%A1-%D9%85%D9%86%D8%B5%D8%A9-saas-%D9%84%D9%84%D9%85%D8%B1%D8%A7%D8%B3%D9%84%D8%A7%D8%AA-%D8%A7%D9%84%D8%A7%D8%AF%D8%A7%D8%B1%D9%8A%D8%A9",
        "title": "إنشاء منصة saas للمراسلات الادارية",
        "published": datetime(2026, 6, 22, 19, 51, 44, tzinfo=UTC),
        "author": "Jaber M.",
    },
    {
        "link": "https://mostaql.com/project/1252583-%D8%A8%D8%B1%D9%86%D8%A7%D9%85%D8%AC-%D9%84%D8%B9%D8%A8-%D9%88%D8%B1%D9%82%D8%A9",
        "title": "برنامج لعب ورقة",
        "published": datetime(2026, 6, 22, 17, 39, 5, tzinfo=UTC),
        "author": "Ahmed Q.",
    },
    {
        "link": "https://mostaql.com/project/1252568-%D8%A8%D9%86%D8%A7%D8%A1-%D9%85%D9%86%D8%B5%D8%A9-%D8%AF%D8%A7%D8%AA%D8%A7-b2b-%D8%B0%D9%83%D9%8A%D8%A9-%D9%84%D9%84%D8%B3%D9%88%D9%82-%D8%A7%D9%84%D8%B3%D8%B9%D9%88%D8%AF%D9%8A-mvp",
        "title": "بناء منصة داتا B2B ذكية للسوق السعودي (MVP)",
        "published": datetime(2026, 6, 22, 16, 51, 11, tzinfo=UTC),
        "author": "Mtawea H.",
    },
    {
        "link": "https://mostaql.com/project/1252542-%D8%AA%D8%B5%D9%85%D9%8A%D9%85-%D9%88%D8%AA%D8%B7%D9%88%D9%8A%D8%B1-portfolio-%D9%84%D9%85%D9%87%D9%86%D8%AF%D8%B3-%D8%A8%D8%B1%D9%85%D8%AC%D9%8A%D8%A7%D8%AA",
        "title": "تصميم وتطوير portfolio لمهندس برمجيات",
        "published": datetime(2026, 6, 22, 15, 32, 33, tzinfo=UTC),
        "author": "Ahmed A.",
    },
]
