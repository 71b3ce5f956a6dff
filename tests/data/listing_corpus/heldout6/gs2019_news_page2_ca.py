"""Real page: page 2 of 4 of the News category of the Anglican Church of Canada's General Synod
2019 site (gs2019.anglican.ca/category/news/page/2/, July 2019), a Simply Static export of its
WordPress site (Elementor's archive cards) in generalsynod/gs2019.anglican.ca (committed 17
October 2024). `lang="en-US"`. The header and menu, "Category: News", then a grid of nine
<article class="elementor-post … hentry">: a picture link, a "Anglican Journal" badge (the
publication), the <h3 class=elementor-post__title> link, the excerpt, and "July 15, 2019" in
<span class=elementor-post-date>. Every card links to its story on another site
(www.anglicanjournal.com), picture and headline alike. Entries: the nine, in page order. Dates:
the day. No bylines (the badge names the publication). Not entries: the pager (1, 2, 3, 4), the
footer. `now`: the export's commit, 17 October 2024, 16:30 -04:00.
"""

from datetime import UTC, date, datetime

url = "https://gs2019.anglican.ca/category/news/page/2/"
timezone = "America/Toronto"
now = datetime(2024, 10, 17, 20, 30, tzinfo=UTC)

entries = [
    {
        "link": "https://www.anglicanjournal.com/general-synod-passes-justice-resolutions-receives-apology-at-july-13-session/",
        "title": "General Synod passes justice resolutions, receives apology at July 13 session",
        "published": date(2019, 7, 15),
        "author": None,
    },
    {
        "link": "https://www.anglicanjournal.com/reconciliation-an-ongoing-process-general-synod-hears/",
        "title": "Reconciliation an ‘ongoing process,’ General Synod hears",
        "published": date(2019, 7, 15),
        "author": None,
    },
    {
        "link": "https://www.anglicanjournal.com/a-general-synod-gospel-jamboree-what-to-expect/",
        "title": "A General Synod gospel jamboree: What to expect",
        "published": date(2019, 7, 14),
        "author": None,
    },
    {
        "link": "https://www.anglicanjournal.com/linda-nicholls-elected-primate/",
        "title": "Linda Nicholls elected primate",
        "published": date(2019, 7, 13),
        "author": None,
    },
    {
        "link": "https://www.anglicanjournal.com/in-depth-indigenous-self-determination-passes/",
        "title": "In depth: Indigenous self-determination measures pass in nearly unanimous vote",
        "published": date(2019, 7, 13),
        "author": None,
    },
    {
        "link": "https://www.anglicanjournal.com/marriage-canon-amendment-fails-to-pass/",
        "title": "Marriage canon amendment fails to pass at General Synod",
        "published": date(2019, 7, 13),
        "author": None,
    },
    {
        "link": "https://www.anglicanjournal.com/egan-moses-elected-new-prolocutor-and-deputy/",
        "title": "Egan, Moses elected new prolocutor and deputy prolocutor",
        "published": date(2019, 7, 12),
        "author": None,
    },
    {
        "link": "https://www.anglicanjournal.com/respectful-talking-listening-ahead-of-vote/",
        "title": "General Synod practices respectful talking, listening ahead of same-sex marriage vote",
        "published": date(2019, 7, 12),
        "author": None,
    },
    {
        "link": "https://www.anglicanjournal.com/primate-apologizes-for-spiritual-harm-inflicted-on-indigenous-peoples/",
        "title": "‘We were so full of our own self-importance’: Primate apologizes for spiritual harm inflicted on Indigenous peoples",
        "published": date(2019, 7, 12),
        "author": None,
    },
]
