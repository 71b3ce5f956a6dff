"""Real page: the "مواقع" (websites) category of an Arabic blog (monooa.github.io/ar/category/sites/,
April 2025), a static export of a WordPress site (Kadence theme, "AMP for WP") that its owner
publishes from monooa/ar. `lang="ar" dir="rtl"`. The header, a heading "مواقع الأرشيف", then ten
<article class="entry content-bg loop-entry … hentry category-sites">: a thumbnail link, the
category pill, the title link in <h2 class=entry-title>, a meta line "بواسطة admin" (the label
in a <span class=meta-label>, the name in an author vcard linked to the blog's home) and two
<time>s showing "31 مارس، 2025" (Arabic month, Arabic comma) — the published one
`datetime="2025-03-31T14:13:14+03:00"`, then the updated one —, the teaser, "إقرأ المزيد".
Dates: the published `datetime`. Authors: the byline's name. Not entries: the pager, the
footer. `now`: the owner's commit of the export on 1 April 2025, 21:52 +02:00.
"""

from datetime import UTC, datetime

url = "https://monooa.github.io/ar/category/sites/"
timezone = "Asia/Riyadh"
now = datetime(2025, 4, 1, 19, 50, tzinfo=UTC)

entries = [
    {
        "link": "https://monooa.github.io/ar/secrets-of-using-facebook-groups-for-communication-and-marketing/",
        "title": "أسرار استخدام مجموعات فيسبوك (Groups) للتواصل والتسويق",
        "published": datetime(2025, 3, 31, 11, 13, 14, tzinfo=UTC),
        "author": "admin",
    },
    {
        "link": "https://monooa.github.io/ar/how-to-create-and-manage-a-successful-facebook-business-page/",
        "title": "كيف تنشئ وتدير صفحة أعمال ناجحة على فيسبوك؟",
        "published": datetime(2025, 3, 31, 11, 9, 58, tzinfo=UTC),
        "author": "admin",
    },
    {
        "link": "https://monooa.github.io/ar/using-facebook-marketplace-to-buy-and-sell/",
        "title": "دليل استخدام Facebook Marketplace للبيع والشراء",
        "published": datetime(2025, 3, 31, 11, 4, 13, tzinfo=UTC),
        "author": "admin",
    },
    {
        "link": "https://monooa.github.io/ar/your-comprehensive-guide-to-professional-live-broadcasting/",
        "title": "دليلك الشامل للبث المباشر الاحترافي على فيسبوك: خطوة بخطوة نحو التميز",
        "published": datetime(2025, 3, 31, 10, 58, 45, tzinfo=UTC),
        "author": "admin",
    },
    {
        "link": "https://monooa.github.io/ar/how-to-use-facebook-stories-to-increase-engagement/",
        "title": "كيفية استخدام قصص فيسبوك (Stories) لزيادة التفاعل",
        "published": datetime(2025, 3, 31, 10, 53, 30, tzinfo=UTC),
        "author": "admin",
    },
    {
        "link": "https://monooa.github.io/ar/understanding-the-facebook-algorithm-how-to-increase-reach/",
        "title": "فهم خوارزمية فيسبوك: كيف تزيد وصول منشوراتك؟",
        "published": datetime(2025, 3, 31, 10, 49, 30, tzinfo=UTC),
        "author": "admin",
    },
    {
        "link": "https://monooa.github.io/ar/facebook-ads-beginners-guide-from-creation-to-analysis/",
        "title": "دليل إعلانات فيسبوك للمبتدئين: من الإنشاء إلى التحليل",
        "published": datetime(2025, 3, 31, 10, 47, 19, tzinfo=UTC),
        "author": "admin",
    },
    {
        "link": "https://monooa.github.io/ar/targeting-the-right-audience-in-facebook-advertising-campaigns/",
        "title": "استهداف الجمهور المناسب في حملات فيسبوك الإعلانية",
        "published": datetime(2025, 3, 30, 21, 47, 31, tzinfo=UTC),
        "author": "admin",
    },
    {
        "link": "https://monooa.github.io/ar/how-to-analyze-your-facebook-pages-performance-using-insights/",
        "title": "كيفية تحليل أداء صفحتك على فيسبوك باستخدام Insights",
        "published": datetime(2025, 3, 30, 21, 43, 2, tzinfo=UTC),
        "author": "admin",
    },
    {
        "link": "https://monooa.github.io/ar/use-facebook-messenger-to-connect-with-friends-and-customers/",
        "title": "استخدام Facebook Messenger للتواصل مع الأصدقاء والعملاء",
        "published": datetime(2025, 3, 30, 21, 38, 25, tzinfo=UTC),
        "author": "admin",
    },
]
