"""Real page: page 6 of 7 of a Russian polymer-clay crafts blog (Joomla 3 category blog,
T3 template, 2014 posts), saved by TeamHG-Memex/autopager for its pagination data. Two
<article class="post … hentry"> in <div class="item column-1 span12">: an <h2
class=entry-title> link (relative to the <base>), "<time class=create-date datetime="2014-11-05
14:33:01"> Создано 05.11.2014 17:33 </time>" ("Created", day.month.year; the text is Moscow
time, the attribute the same instant in UTC without an offset, as Joomla stores it), the
post's intro, "Подробнее..." (more) to the same post. No bylines (authors None). Not
entries: the menus of lesson categories (repeated as <h3>s in the side column), the pager
("Страница 6 из 7", "В начало", "Назад", "Вперёд", "В конец"), the newsletter and comment
widgets. The page has no canonical address; its address is autopager's record. `now` is the
save (March 2016).
"""

from datetime import UTC, datetime

url = "http://www.annaoriona.ru/?start=10"
timezone = "Europe/Moscow"
now = datetime(2016, 3, 14, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.annaoriona.ru/blog/21-obzory/130-variant-khraneniya-plastiki",
        "title": "Вариант хранения пластики!",
        "published": datetime(2014, 12, 1, 13, 15, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.annaoriona.ru/blog/20-master-klassy/120-milaya-sovushka-iz-polimernoj-gliny",
        "title": "Милая совушка из полимерной глины",
        "published": datetime(2014, 11, 5, 14, 33, tzinfo=UTC),
        "author": None,
    },
]
