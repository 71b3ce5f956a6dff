"""Real page: the articles front of a Russian Civilization fans' site (civfanatics.ru/content/,
vBulletin 4 CMS, `lang="ru"`), saved in March 2016 by TeamHG-Memex/autopager for its pagination
data. Fifteen <div class=article_preview>: an <h3 class=article_preview> title link (its text
in a <span>), then <div class=cms_article_username> holding the author's pop-up menu (<a
class="username … popupctrl">pioner</a> over a hidden list of links: "Просмотр профиля",
"Сообщения форума", "Личное сообщение", "Записи в дневнике", "Просмотр статей") and
"Опубликовано 10.03.2016 13:45" (published, the entry's date), then the article's beginning,
a picture, "Число просмотров: 216" (views) and comment links on some. Times are the site's,
"Часовой пояс GMT +3" as the footer says. Not entries: the menus, the sidebar's blocks (recent
posts of the forum, categories), the pager, the footer. `now` is the save (March 2016).
"""

from datetime import UTC, datetime

url = "http://www.civfanatics.ru/content/"
timezone = "Etc/GMT-3"
now = datetime(2016, 3, 10, 18, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.civfanatics.ru/content/762-Может-замутим-какой-нить-турнирчик",
        "title": "Может замутим какой нить турнирчик?",
        "published": datetime(2016, 3, 10, 10, 45, tzinfo=UTC),
        "author": "pioner",
    },
    {
        "link": "http://www.civfanatics.ru/content/759-Сборник-модификаций-на-русском-языке-Tomahawk-s-Collection-for-Civilization-V",
        "title": "Сборник модификаций на русском языке для Цивилизации 5",
        "published": datetime(2016, 3, 2, 4, 30, tzinfo=UTC),
        "author": "Tomahawk",
    },
    {
        "link": "http://www.civfanatics.ru/content/756-Список-интересных-модов-для-игры-Civilization-V",
        "title": "Список интересных модов для игры Civilization V",
        "published": datetime(2016, 2, 19, 11, 8, tzinfo=UTC),
        "author": "Pencel",
    },
    {
        "link": "http://www.civfanatics.ru/content/755-Военные-действия-game-Civilization-V-Где-логика",
        "title": "Военные действия в игре Civilization V. Где логика?",
        "published": datetime(2016, 2, 16, 11, 13, tzinfo=UTC),
        "author": "Tomahawk",
    },
    {
        "link": "http://www.civfanatics.ru/content/754-1648-год-Загнивающая-Европка",
        "title": "1648 год. Загнивающая Европка",
        "published": datetime(2016, 2, 12, 6, 1, tzinfo=UTC),
        "author": "Aruj",
    },
    {
        "link": "http://www.civfanatics.ru/content/752-Перевод-модов-Resource-buildings-и-More-luxuries",
        "title": "Перевел моды Resource buildings и More luxuries",
        "published": datetime(2016, 1, 26, 18, 51, tzinfo=UTC),
        "author": "tobikun",
    },
    {
        "link": "http://www.civfanatics.ru/content/749-С-кем-поиграть-online-в-Civilization-V-Где-поиграть-Как-поиграть-Гайд-для-новичков!",
        "title": "С кем поиграть online в Civilization V? Где поиграть? Как поиграть? Гайд для новичков!",
        "published": datetime(2015, 12, 30, 20, 11, tzinfo=UTC),
        "author": "kfdq",
    },
    {
        "link": "http://www.civfanatics.ru/content/742-Youtube-канал-sempris2008-с-записями-игр-по-Civilization-V",
        "title": "Youtube-канал sempris2008 с записями игр по Civilization V",
        "published": datetime(2015, 11, 19, 11, 7, tzinfo=UTC),
        "author": "Sempris",
    },
    {
        "link": "http://www.civfanatics.ru/content/740-Вышла-книга-по-мотивам-игры-в-Civilization",
        "title": "Вышла книга по мотивам игры в Civilization",
        "published": datetime(2015, 11, 4, 11, 54, tzinfo=UTC),
        "author": "Gnomig",
    },
    {
        "link": "http://www.civfanatics.ru/content/738-очки-дешевые-науки-и-безопасность",
        "title": "...очки, дешевые науки и безопасность",
        "published": datetime(2015, 10, 21, 14, 31, tzinfo=UTC),
        "author": "BuDDaH",
    },
    {
        "link": "http://www.civfanatics.ru/content/737-Внимание-игроки-и-любители-Civilization-4!",
        "title": "Внимание, игроки и любители Civilization 4!",
        "published": datetime(2015, 9, 15, 17, 34, tzinfo=UTC),
        "author": "Ostap352",
    },
    {
        "link": "http://www.civfanatics.ru/content/733",
        "title": "Всё равно скатились: Реал и Цива5",
        "published": datetime(2015, 9, 6, 22, 35, tzinfo=UTC),
        "author": "Triver",
    },
    {
        "link": "http://www.civfanatics.ru/content/732-Посоветуйте-что-почитать",
        "title": "Посоветуйте, что почитать?",
        "published": datetime(2015, 8, 25, 11, 46, tzinfo=UTC),
        "author": "Сержи Кэлли",
    },
    {
        "link": "http://www.civfanatics.ru/content/731-Инфоцентр-Civilization-Beyond-Earth",
        "title": "Инфоцентр Civilization: Beyond Earth",
        "published": datetime(2015, 8, 14, 11, 27, tzinfo=UTC),
        "author": "m_kus",
    },
    {
        "link": "http://www.civfanatics.ru/content/728-эта-категория-людей-тихо-дохнет-от-голода-Суки-а-не-правители",
        "title": "... эта категория людей тихо дохнет от голода? Суки, а не правители",
        "published": datetime(2015, 8, 3, 6, 16, tzinfo=UTC),
        "author": "lada",
    },
]
