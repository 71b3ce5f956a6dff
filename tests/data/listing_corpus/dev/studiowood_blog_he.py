"""Real page: the blog category of an Israeli furniture maker's WordPress site
(studio-wood.co.il/category/בלוג/, January 2020), in a mirror its developers made with HTTrack
and keep in prayingmantislab/www.studio-wood.co.il ("Mirrored … Tue, 14 Jan 2020 10:46:53
GMT"). Hebrew, right to left (`lang="he-IL" dir="rtl"`); links rewritten by the mirror to
"../../<slug>/index.html". The header and its menus (the posts among the menu's items), a
heading, then <section class="blog-posts"> of thirty-six <div class="col-12 post-link wow
fadeInLeft"> (alternately fadeInRight), each one whole-card link: a thumbnail set as a
background image, an <h6 class=hfs25> with the title and, after it in the same link, the post's
first words cut with "...". No dates and no bylines on the cards. Not entries: the menus, the
product categories, the footer. `now`: the mirror's time.
"""

from datetime import UTC, datetime

url = "https://www.studio-wood.co.il/category/%d7%91%d7%9c%d7%95%d7%92/"
timezone = "Asia/Jerusalem"
now = datetime(2020, 1, 14, 10, 47, tzinfo=UTC)

entries = [
    {
        "link": "https://www.studio-wood.co.il/%d7%9c%d7%a7%d7%a0%d7%95%d7%aa-%d7%a8%d7%94%d7%99%d7%98%d7%99%d7%9d-%d7%9e%d7%a2%d7%95%d7%a6%d7%91%d7%99%d7%9d-%d7%91%d7%97%d7%92%d7%99%d7%9d/index.html",
        "title": "לקנות רהיטים מעוצבים בחגים",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a8%d7%94%d7%99%d7%98%d7%99%d7%9d-%d7%9e%d7%a2%d7%95%d7%a6%d7%91%d7%99%d7%9d-%d7%a9%d7%94%d7%9d-%d7%92%d7%9d-%d7%a9%d7%98%d7%97-%d7%90%d7%97%d7%a1%d7%95%d7%9f/index.html",
        "title": "רהיטים מעוצבים שהם גם שטח אחסון",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a8%d7%94%d7%99%d7%98%d7%99-%d7%a2%d7%a5-%d7%9e%d7%a2%d7%95%d7%a6%d7%91%d7%99%d7%9d%e2%80%8b/index.html",
        "title": "רהיטי עץ מעוצבים",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a8%d7%94%d7%99%d7%98%d7%99-%d7%9e%d7%a2%d7%95%d7%a6%d7%91%d7%99%d7%9d-%d7%9e%d7%a2%d7%a5-%d7%91%d7%94%d7%96%d7%9e%d7%a0%d7%94/index.html",
        "title": "רהיטים מעוצבים מעץ בהזמנה",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%91%d7%97%d7%99%d7%a8%d7%aa-%d7%a9%d7%95%d7%9c%d7%97%d7%9f-%d7%90%d7%95%d7%9b%d7%9c-%d7%9e%d7%a2%d7%95%d7%a6%d7%91-%d7%91%d7%97%d7%99%d7%a8%d7%aa-%d7%a1%d7%92%d7%a0%d7%95%d7%9f-%d7%94/index.html",
        "title": "בחירת שולחן אוכל מעוצב – בחירת סגנון העיצוב",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%91%d7%91%d7%97%d7%99%d7%a8%d7%aa-%d7%a9%d7%95%d7%9c%d7%97%d7%9f-%d7%90%d7%95%d7%9b%d7%9c-%d7%9e%d7%a2%d7%95%d7%a6%d7%91-%d7%91%d7%97%d7%99%d7%a8%d7%aa-%d7%97%d7%95%d7%9e%d7%a8/index.html",
        "title": "בחירת שולחן אוכל מעוצב – בחירת החומר",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a9%d7%9c%d7%91%d7%99%d7%9d-%d7%91%d7%91%d7%97%d7%99%d7%a8%d7%aa-%d7%a9%d7%95%d7%9c%d7%97%d7%9f-%d7%90%d7%95%d7%9b%d7%9c-%d7%9e%d7%a2%d7%95%d7%a6%d7%91/index.html",
        "title": "שלבים בבחירת שולחן אוכל מעוצב - שלב 1",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%9c%d7%a9%d7%9c%d7%91-%d7%a8%d7%99%d7%94%d7%95%d7%98-%d7%9b%d7%a4%d7%a8%d7%99-%d7%91%d7%91%d7%99%d7%aa/index.html",
        "title": "לשלב ריהוט כפרי בבית",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a0%d7%92%d7%a8%d7%99%d7%99%d7%94-%d7%90%d7%95-%d7%a1%d7%98%d7%95%d7%93%d7%99%d7%95-%d7%9c%d7%a2%d7%99%d7%a6%d7%95%d7%91-%d7%a8%d7%94%d7%99%d7%98%d7%99-%d7%a2%d7%a5-%d7%9e%d7%9c%d7%90/index.html",
        "title": "נגרייה או סטודיו לעיצוב רהיטי עץ מלא",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%97%d7%99%d7%a4%d7%95%d7%99-%d7%a7%d7%99%d7%a8-%d7%9e%d7%a2%d7%a5/index.html",
        "title": "חיפוי קיר מעץ",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%9e%d7%93%d7%a4%d7%99%d7%9d-%d7%9c%d7%9e%d7%98%d7%91%d7%97-%d7%90%d7%95-%d7%90%d7%a8%d7%95%d7%a0%d7%95%d7%aa/index.html",
        "title": "מדפים למטבח או ארונות",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a1%d7%a4%d7%a1%d7%9c-%d7%9c%d7%a4%d7%99%d7%a0%d7%aa-%d7%94%d7%90%d7%95%d7%9b%d7%9c-%d7%90%d7%95-%d7%9c%d7%97%d7%93%d7%a8-%d7%94%d7%a9%d7%99%d7%a0%d7%94/index.html",
        "title": "ספסל לפינת האוכל או לחדר השינה",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%90%d7%99%d7%9a-%d7%91%d7%95%d7%97%d7%a8%d7%99%d7%9d-%d7%a9%d7%99%d7%93%d7%94-%d7%9c%d7%a1%d7%9c%d7%95%d7%9f/index.html",
        "title": "איך בוחרים שידה לסלון",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a1%d7%a4%d7%a8%d7%99%d7%99%d7%94-%d7%9c%d7%a1%d7%9c%d7%95%d7%9f-%d7%9e%d7%94%d7%90%d7%a4%d7%a9%d7%a8%d7%95%d7%aa-%d7%94%d7%99%d7%a7%d7%a8%d7%94-%d7%9c%d7%96%d7%95%d7%9c%d7%94/index.html",
        "title": "ספרייה לסלון מהאפשרות היקרה לזולה",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a9%d7%99%d7%93%d7%94-%d7%9c%d7%a1%d7%9c%d7%95%d7%9f/index.html",
        "title": "שידה לסלון",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a9%d7%95%d7%9c%d7%97%d7%a0%d7%95%d7%aa-%d7%a1%d7%9c%d7%95%d7%9f-%d7%9e%d7%a2%d7%a5/index.html",
        "title": "שולחנות סלון מעץ",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a9%d7%95%d7%9c%d7%97%d7%a0%d7%95%d7%aa-%d7%90%d7%95%d7%9b%d7%9c-%d7%9e%d7%a2%d7%a5-%d7%9e%d7%9c%d7%90/index.html",
        "title": "שולחנות אוכל מעץ מלא",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%9e%d7%93%d7%a4%d7%99%d7%9d-%d7%9e%d7%a2%d7%95%d7%a6%d7%91%d7%99%d7%9d/index.html",
        "title": "מדפים מעוצבים",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a8%d7%94%d7%99%d7%98%d7%99-%d7%a2%d7%a5-%d7%9e%d7%a2%d7%95%d7%a6%d7%91%d7%99%d7%9d/index.html",
        "title": "רהיטי עץ מעוצבים",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a8%d7%99%d7%94%d7%95%d7%98-%d7%9b%d7%a4%d7%a8%d7%99/index.html",
        "title": "ריהוט כפרי",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%9c%d7%91%d7%97%d7%95%d7%a8-%d7%9e%d7%93%d7%a4%d7%99%d7%9d-%d7%9e%d7%a2%d7%a5/index.html",
        "title": "לבחור מדפים מעץ",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a1%d7%a4%d7%a8%d7%99%d7%99%d7%94-%d7%9c%d7%a1%d7%9c%d7%95%d7%9f/index.html",
        "title": "ספרייה לסלון",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a9%d7%95%d7%9c%d7%97%d7%a0%d7%95%d7%aa-%d7%a1%d7%9c%d7%95%d7%9f-%d7%9e%d7%a2%d7%95%d7%a6%d7%91%d7%99%d7%9d/index.html",
        "title": "שולחנות סלון מעוצבים",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a8%d7%94%d7%99%d7%98%d7%99%d7%9d-%d7%9e%d7%a2%d7%95%d7%a6%d7%91%d7%99%d7%9d-%d7%9e%d7%a2%d7%a5/index.html",
        "title": "רהיטים מעוצבים מעץ",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a9%d7%95%d7%9c%d7%97%d7%9f-%d7%a1%d7%9c%d7%95%d7%9f-%d7%9e%d7%a2%d7%a5/index.html",
        "title": "שולחן סלון מעץ",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a9%d7%95%d7%9c%d7%97%d7%a0%d7%95%d7%aa-%d7%90%d7%95%d7%9b%d7%9c-%d7%9e%d7%a2%d7%95%d7%a6%d7%91%d7%99%d7%9d/index.html",
        "title": "שולחנות אוכל מעוצבים",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a1%d7%a4%d7%a1%d7%9c-%d7%9c%d7%a4%d7%99%d7%a0%d7%aa-%d7%90%d7%95%d7%9b%d7%9c/index.html",
        "title": "ספסל לפינת אוכל",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%9e%d7%a4%d7%95%d7%a8%d7%9e%d7%99%d7%99%d7%a7%d7%94-%d7%95%d7%a2%d7%93-%d7%a4%d7%95%d7%a8%d7%a0%d7%99%d7%a8/index.html",
        "title": "מפורמייקה ועד פורניר",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%aa%d7%95%d7%9c%d7%a2%d7%99-%d7%a2%d7%a5-%d7%9e%d7%94-%d7%a2%d7%95%d7%a9%d7%99%d7%9d/index.html",
        "title": "תולעי עץ, מה עושים",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/xo-in-my-room/index.html",
        "title": "XO IN MY ROOM",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a1%d7%95%d7%92%d7%99-%d7%a2%d7%a6%d7%99%d7%9d/index.html",
        "title": "סוגי עצים",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a1%d7%95%d7%92%d7%99-%d7%9c%d7%9b%d7%95%d7%aa-%d7%95%d7%94%d7%a9%d7%99%d7%9e%d7%95%d7%a9%d7%99%d7%9d-%d7%94%d7%a9%d7%95%d7%a0%d7%99%d7%9d/index.html",
        "title": "סוגי לכות והשימושים השונים",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%90%d7%99%d7%9a-%d7%a0%d7%93%d7%a2-%d7%9c%d7%91%d7%97%d7%95%d7%a8-%d7%a8%d7%94%d7%99%d7%98-%d7%90%d7%99%d7%9b%d7%95%d7%aa%d7%99/index.html",
        "title": "איך נדע לבחור רהיט איכותי",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%9c%d7%92%d7%93%d7%9c-%d7%a8%d7%94%d7%99%d7%98%d7%99%d7%9d/index.html",
        "title": "לגדל רהיטים",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%aa%d7%99%d7%a7%d7%95%d7%9f-%d7%a1%d7%93%d7%a7%d7%99%d7%9d-%d7%95%d7%97%d7%a8%d7%99%d7%a6%d7%99%d7%9d-%d7%91%d7%a2%d7%a5/index.html",
        "title": "תיקון סדקים וחריצים בעץ",
        "published": None,
        "author": None,
    },
    {
        "link": "https://www.studio-wood.co.il/%d7%a8%d7%94%d7%99%d7%98%d7%99-%d7%a2%d7%a5-%d7%96%d7%95%d7%94%d7%a8%d7%99%d7%9d-%d7%91%d7%97%d7%95%d7%a9%d7%9a/index.html",
        "title": "רהיטי עץ זוהרים בחושך",
        "published": None,
        "author": None,
    },
]
