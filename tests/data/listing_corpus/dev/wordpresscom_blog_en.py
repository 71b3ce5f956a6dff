"""Real page: the WordPress.com blog's home page (en.blog.wordpress.com, 30 August 2017), saved by
adbar/htmldate for its tests. English. A lead post apart from the list (<div
id=post-focus-metadata>: <h2 class=post-title>, its excerpt, "August 30, 2017 / 0" — date and
comment count — and the author's avatar and name) above <div id=post-river>, ten cards (<div
class="post has-postthumbnail">: a background picture, <h2> link, excerpt, "July 24, 2017 / 4",
the author's avatar and name). The last card's date <span> holds only its clock icon: no date. The sidebar (search,
"More from WordPress.com"), the "All Posts from 2017" button, the Blogging University box and the
footer are not entries. Dates are days without a time; the site's time zone is not shown (UTC
here: a day compares as that day).
"""

from datetime import UTC, date, datetime

url = "https://en.blog.wordpress.com/"
timezone = "UTC"
now = datetime(2017, 8, 31, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://en.blog.wordpress.com/2017/08/30/simpler-on-the-go-publishing-background-media-uploading-for-android/",
        "title": "Simpler On-the-Go Publishing: Background Media Uploading for Android",
        "published": date(2017, 8, 30),
        "author": "Alex Forcier",
    },
    {
        "link": "https://en.blog.wordpress.com/2017/08/17/now-add-a-simple-payment-button-to-your-wordpress-com-premium-or-business-site/",
        "title": "Add A Simple Payment Button To Your WordPress.com Premium Or Business Site",
        "published": date(2017, 8, 17),
        "author": "John Maeda",
    },
    {
        "link": "https://en.blog.wordpress.com/2017/08/16/better-blogging-through-podcasts-announcing-radiopublic-embeds/",
        "title": "Better Blogging Through Podcasts: Announcing RadioPublic Embeds",
        "published": date(2017, 8, 16),
        "author": "Michelle Weber",
    },
    {
        "link": "https://en.blog.wordpress.com/2017/08/15/an-updated-login-coming-to-the-wordpress-mobile-apps/",
        "title": "An Updated Login Coming to the WordPress Mobile Apps",
        "published": date(2017, 8, 15),
        "author": "Eric",
    },
    {
        "link": "https://en.blog.wordpress.com/2017/08/07/wordpress-com-business-now-supports-plugins-and-third-party-themes/",
        "title": "WordPress.com Business Now Supports Plugins and Third-Party Themes",
        "published": date(2017, 8, 7),
        "author": "Mark Armstrong",
    },
    {
        "link": "https://en.blog.wordpress.com/2017/07/24/a-brand-new-editor-for-the-wordpress-mobile-apps/",
        "title": "A Brand New Editor for the WordPress Mobile Apps",
        "published": date(2017, 7, 24),
        "author": "Aaron Douglas",
    },
    {
        "link": "https://en.blog.wordpress.com/2017/07/13/you-can-now-schedule-your-social-media-posts-from-wordpress-com/",
        "title": "You Can Now Schedule Your Social Media Posts from WordPress.com",
        "published": date(2017, 7, 13),
        "author": "artpi",
    },
    {
        "link": "https://en.blog.wordpress.com/2017/07/12/wordpress-com-teams-up-with-rebrand-cities-to-bring-local-businesses-online/",
        "title": "WordPress.com Teams Up with Rebrand Cities to Bring Local Businesses Online",
        "published": date(2017, 7, 12),
        "author": "Mark Armstrong",
    },
    {
        "link": "https://en.blog.wordpress.com/2017/07/11/join-us-in-the-fight-for-net-neutrality/",
        "title": "Join Us in the Fight for Net Neutrality",
        "published": date(2017, 7, 11),
        "author": "Paul Sieminski",
    },
    {
        "link": "https://en.blog.wordpress.com/2017/07/10/wordpress-com-gets-a-perfect-score-from-the-eff-for-digital-privacy-rights/",
        "title": "WordPress.com Gets a Perfect Score from the EFF for Digital Privacy Rights",
        "published": date(2017, 7, 10),
        "author": "Jenny Zhu",
    },
    {
        "link": "https://en.blog.wordpress.com/2017/07/10/best-of-wordpress-com-summer-edition/",
        "title": "The Best of WordPress.com: Summer Edition",
        "published": None,
        "author": "Margarita Noriega",
    },
]
