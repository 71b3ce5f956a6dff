"""Real page: Habr's stream of all publications ("Все публикации подряд", habr.com/ru/all/, April
2021), saved by pudovd/netology-numpy-19 for a web-scraping exercise whose test counts its
<article>s. Russian. The list (<div class=posts_list><ul class=content-list>): twenty <li
class=content-list__item_post>, each an <article class="post post_preview">: a header of the
author's link (an avatar <img>, or on authors without one an inline <svg> placeholder, then
<span class=user-info__nickname>) and "сегодня в 21:25" ("today at 21:25") in <span
class=post__time>, the title link (<h2 class=post__title><a class=post__title_link>), hub
links, a cover and the excerpt, "Читать далее" ("read on"), and a footer of votes, bookmarks,
views and comments. After the first post the list holds a news box (<li class=content-
list__item_news-block>: "Новости", five headlines with times only), and further down
advertising slots and promotion boxes of courses ("26 апреля 2021"), vacancies and freelance
tasks. Entries: the twenty posts, titled by their title links, dated by their times on the day
the page was saved, read in Moscow time, authored by the nickname. Not entries: the news box,
the advertising and promotions, the hub links, the header and its menus, the sidebar
(advertising, "Лучшие компании", the most read "Читают сейчас", "Минуточку внимания"), the
pager and the footer. `now` is an estimate: the page says only "today"; it promotes courses
starting "26 апреля 2021" and a webinar on "29 апреля", and its last time is 21:34; the day
taken is 26 April 2021, and every date here is that day at the time shown.
"""

from datetime import UTC, datetime

url = "https://habr.com/ru/all/"
timezone = "Europe/Moscow"
now = datetime(2021, 4, 26, 19, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://habr.com/ru/post/553856/",
        "title": "Кибероружие. Реально ли?",
        "published": datetime(2021, 4, 26, 18, 25, tzinfo=UTC),
        "author": "TC40",
    },
    {
        "link": "https://habr.com/ru/company/ua-hosting/blog/553838/",
        "title": "TSMC — яркий пример успеха в мире ИТ, проект Госдепа, продукт неотвратимой глобализации?",
        "published": datetime(2021, 4, 26, 17, 39, tzinfo=UTC),
        "author": "Mykolauskas",
    },
    {
        "link": "https://habr.com/ru/post/553848/",
        "title": "Создание графики для nes/dendy",
        "published": datetime(2021, 4, 26, 17, 10, tzinfo=UTC),
        "author": "himysay",
    },
    {
        "link": "https://habr.com/ru/company/selectel/blog/553366/",
        "title": "Adafruit QT Py RP2040: крохотный одноплатник для самых разных проектов",
        "published": datetime(2021, 4, 26, 17, 7, tzinfo=UTC),
        "author": "tgeshka",
    },
    {
        "link": "https://habr.com/ru/company/wd/blog/553840/",
        "title": "Обратная сторона копирайта",
        "published": datetime(2021, 4, 26, 17, 3, tzinfo=UTC),
        "author": "WesternDigital",
    },
    {
        "link": "https://habr.com/ru/post/553846/",
        "title": "Мошенники в яндекс-инвестициях",
        "published": datetime(2021, 4, 26, 17, 3, tzinfo=UTC),
        "author": "3s3s",
    },
    {
        "link": "https://habr.com/ru/post/553818/",
        "title": "Навигация в многомодульном приложении на Jetpack без магии и DI",
        "published": datetime(2021, 4, 26, 16, 56, tzinfo=UTC),
        "author": "MrSwimmer",
    },
    {
        "link": "https://habr.com/ru/post/553784/",
        "title": "Эхо-бот для Telegram на Kotlin",
        "published": datetime(2021, 4, 26, 16, 53, tzinfo=UTC),
        "author": "InsanusMokrassar",
    },
    {
        "link": "https://habr.com/ru/post/553842/",
        "title": "Делаем бесконечную карту памяти для PS1",
        "published": datetime(2021, 4, 26, 16, 32, tzinfo=UTC),
        "author": "HardWrMan",
    },
    {
        "link": "https://habr.com/ru/company/skillfactory/blog/553226/",
        "title": "Советы по запуску кластера Kubernetes на Raspberry Pi",
        "published": datetime(2021, 4, 26, 16, 27, tzinfo=UTC),
        "author": "Blazkowicz",
    },
    {
        "link": "https://habr.com/ru/company/rostelecom/blog/553718/",
        "title": "«Продукт в стакане» или как сделать концепт за ночь и не сойти с ума",
        "published": datetime(2021, 4, 26, 16, 11, tzinfo=UTC),
        "author": "RTteam",
    },
    {
        "link": "https://habr.com/ru/company/selectel/blog/553538/",
        "title": "Samsung превратит устаревшие смартфоны пользователей в устройства для управления умным домом",
        "published": datetime(2021, 4, 26, 15, 10, tzinfo=UTC),
        "author": "Greiv656",
    },
    {
        "link": "https://habr.com/ru/company/rshb/blog/553834/",
        "title": "Farm robotics: ферма почти как в играх, только лучше",
        "published": datetime(2021, 4, 26, 14, 53, tzinfo=UTC),
        "author": "danaumov",
    },
    {
        "link": "https://habr.com/ru/post/553824/",
        "title": "Композиция вместо наследования в языке программирования Delight",
        "published": datetime(2021, 4, 26, 14, 5, tzinfo=UTC),
        "author": "Corwal",
    },
    {
        "link": "https://habr.com/ru/company/madrobots/blog/553648/",
        "title": "Семь умных спортивных гаджетов: как правильно вести активную жизнь в 2021",
        "published": datetime(2021, 4, 26, 13, 58, tzinfo=UTC),
        "author": "derprimus",
    },
    {
        "link": "https://habr.com/ru/post/553820/",
        "title": "Так как же не страдать от функциональных тестов?",
        "published": datetime(2021, 4, 26, 13, 56, tzinfo=UTC),
        "author": "aspirin4k",
    },
    {
        "link": "https://habr.com/ru/company/kts/blog/553806/",
        "title": "Как мы сетапили монорепозиторий с SSR и SPA для Otus.ru",
        "published": datetime(2021, 4, 26, 13, 22, tzinfo=UTC),
        "author": "fbilichenko",
    },
    {
        "link": "https://habr.com/ru/company/skillfactory/blog/553224/",
        "title": "Бесшовная интеграция Microsoft Excel и Word с помощью Python",
        "published": datetime(2021, 4, 26, 13, 2, tzinfo=UTC),
        "author": "Blazkowicz",
    },
    {
        "link": "https://habr.com/ru/company/ruvds/blog/553582/",
        "title": "Теория цвета как основа для дизайна и иллюстрации",
        "published": datetime(2021, 4, 26, 13, 1, tzinfo=UTC),
        "author": "Bright_Translate",
    },
    {
        "link": "https://habr.com/ru/company/macloud/blog/553580/",
        "title": "Манифест: почему я не делаю свой пет-проджект постоянной работой",
        "published": datetime(2021, 4, 26, 13, 1, tzinfo=UTC),
        "author": "owlofmacloud",
    },
]
