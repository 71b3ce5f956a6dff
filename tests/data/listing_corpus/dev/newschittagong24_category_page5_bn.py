"""Real page: page 5 of 1,422 of a Bangladeshi news site's main category (newschittagong24.com,
WordPress with the Sahifa theme, Bengali), saved on 10 March 2016 by TeamHG-Memex/autopager for
its pagination data. `lang="en-US"` on a Bengali page; the theme's ages are English. The list
is <div class=post-listing> of ten <article class=item-list>: an <h2> title link, "<p
class=post-meta><span>21 hours ago</span> <a>মতামত দিন</a>" (the age, then a comments link),
a thumbnail link, the beginning of the text and "বিস্তারিত »" (read more). Hours ago are
counted back from `now`; "1 day ago" is the day before (the local day). Not entries: the
slider above the list (the site's fifteen newest posts, as on every page), the sidebar's
Bengali, Hijri and Bengali-calendar days, "সর্বশেষ খবর" (latest news), the calendar, the
pager. No bylines. `now` is the sidebar's clock, "বৃহস্পতিবার ( সন্ধ্যা ৭:৪২ )" (Thursday
7:42 pm), 10 March 2016, in Dhaka.
"""

from datetime import UTC, date, datetime

url = "http://www.newschittagong24.com/?cat=1&paged=5"
timezone = "Asia/Dhaka"
now = datetime(2016, 3, 10, 13, 42, tzinfo=UTC)

entries = [
    {
        "link": "http://www.newschittagong24.com/?p=128160",
        "title": "বিমান বিধ্বস্ত: পাইলটসহ নিহত ৩",
        "published": datetime(2016, 3, 9, 16, 42, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.newschittagong24.com/?p=128152",
        "title": "শুক্রবার থেকে শুরু হচ্ছে মাসব্যাপী আন্তর্জাতিক শিল্প বানিজ্য মেলা",
        "published": datetime(2016, 3, 9, 15, 42, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.newschittagong24.com/?p=128149",
        "title": "যারা হরতাল ডেকেছে তাদেরও বিচার হবে",
        "published": datetime(2016, 3, 9, 15, 42, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.newschittagong24.com/?p=128141",
        "title": "অপহরণের ৩দিন পর এক শিশু উদ্ধার",
        "published": datetime(2016, 3, 9, 14, 42, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.newschittagong24.com/?p=128133",
        "title": "স্কুল ছাত্র হিমেল হত্যা: ৬ আসামীর ফাঁসির রায়",
        "published": datetime(2016, 3, 9, 14, 42, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.newschittagong24.com/?p=128131",
        "title": "জমির বিরোধে ভায়ের হাতে ভাই খুন",
        "published": datetime(2016, 3, 9, 14, 42, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.newschittagong24.com/?p=128127",
        "title": "এক কেজি আফিমসহ গ্রেফতার ৪",
        "published": date(2016, 3, 9),
        "author": None,
    },
    {
        "link": "http://www.newschittagong24.com/?p=128124",
        "title": "চন্দ্রঘোনায় ৮০ লাখ টাকার উন্নয়ন প্রকল্পের উদ্ধোধন",
        "published": date(2016, 3, 9),
        "author": None,
    },
    {
        "link": "http://www.newschittagong24.com/?p=128121",
        "title": "পানছড়িতে প্রতিবাদ-র\u200c্যালী ও মানববন্ধন",
        "published": date(2016, 3, 9),
        "author": None,
    },
    {
        "link": "http://www.newschittagong24.com/?p=128099",
        "title": "কক্সবাজারে কার্গো বিমান বিধস্ত, উদ্ধার ২, নিখোঁজ ২",
        "published": date(2016, 3, 9),
        "author": None,
    },
]
