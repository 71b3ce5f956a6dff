"""Real page: page 3 of an Indonesian motorcycle bloggers' community blog (indomotoblog.net,
WordPress, 2009–2010 posts), saved in March 2016 by TeamHG-Memex/autopager for its pagination
data. No `lang`; Indonesian posts, English dates. The whole content column sits inside the
header's logo link (`<a href="http://indomotoblog.net"><div id="content">`, never closed
before it), so every post is inside a link to the home page. Ten <div class=post>: an
<h2 class=post-titulo> title link, "<p class=postmeta>January 16, 2010 at 9:00 pm · Filed
under <a>Indomotoblog</a>" (the theme's date and 12-hour time, then the category), the post's
beginning (days such as "16/01/10" in its text are not the date) with pictures, "Read the
rest of this entry »", "Comments off". Times are Jakarta's. No bylines. Not entries: the two
sidebars' blogroll of member blogs' RSS widgets (four recent posts each, dozens of widgets),
the menus, the pager. `now` is the save (March 2016).
"""

from datetime import UTC, datetime

url = "http://indomotoblog.net/page/3/"
timezone = "Asia/Jakarta"
now = datetime(2016, 3, 14, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://indomotoblog.net/2010/02/undangan-1st-anniversary-koboi/",
        "title": "Undangan 1st Anniversary KoBOI",
        "published": datetime(2010, 2, 7, 19, 8, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://indomotoblog.net/2010/01/indomotobloggers-di-peresemian-showroom-baru-ducati-indonesia/",
        "title": "Indomotobloggers di Peresemian Showroom Baru Ducati Indonesia",
        "published": datetime(2010, 1, 31, 5, 53, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://indomotoblog.net/2010/01/atpm-piaggio-dan-indomotobloggers/",
        "title": "ATPM Piaggio dan Indomotobloggers",
        "published": datetime(2010, 1, 16, 14, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://indomotoblog.net/2010/01/cipete-100110-koboi-pabrikan-komunitas-journalist-duduk-bersama/",
        "title": "Cipete 10/01/10 . . . KoBOI, Pabrikan, Komunitas, Journalist duduk bersama",
        "published": datetime(2010, 1, 10, 15, 34, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://indomotoblog.net/2009/12/facebook-group-untuk-motorcycle-blog-lover/",
        "title": "Facebook Group Untuk Motorcycle Blog Lover",
        "published": datetime(2009, 12, 1, 21, 21, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://indomotoblog.net/2009/11/meet-and-greet-blogger-indomotoblog-dengan-jorge-lorenzo/",
        "title": "Meet and Greet Blogger Indomotoblog dengan Jorge Lorenzo",
        "published": datetime(2009, 11, 30, 5, 11, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://indomotoblog.net/2009/11/blogger-indomotoblog-di-acara-yamaha/",
        "title": "Blogger Indomotoblog Di Acara Yamaha",
        "published": datetime(2009, 11, 16, 0, 2, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://indomotoblog.net/2009/10/blogger-indomotoblog-di-acara-ducati-indonesia/",
        "title": "Blogger Indomotoblog di acara Ducati Indonesia",
        "published": datetime(2009, 10, 21, 16, 6, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://indomotoblog.net/2009/09/1-tahun-indomotoblog-ayo-kita-maju-bersama/",
        "title": "1 Tahun indomotoblog . . . . ayo kita maju bersama !!",
        "published": datetime(2009, 9, 15, 7, 7, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://indomotoblog.net/2009/07/bikers-bloggerhood/",
        "title": "Bikers Bloggerhood",
        "published": datetime(2009, 7, 24, 16, 0, tzinfo=UTC),
        "author": None,
    },
]
