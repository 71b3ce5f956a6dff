"""Real page: a Russian-language podcast's category page "гости" (guests) (GolangShow, a podcast
about Go; Hugo build of 11 June 2018), kept in the site's repository GolangShow/golangshow.com,
whose `public/` folder is the deployed build. A sidebar of navigation, friends' links and
social icons beside one <ul class="posts"> of 43 episodes: each <li> an episode title link
("Выпуск 121. В гостях Алексей Акулович и Григорий Елеськин", some just "Выпуск 120"), "·",
category label links ("гости", "новости", …), "·" and <time>Jun 17, 2018</time> (an English
month on a page declared ru, a day only, no `datetime`). No bylines (authors None). Not entries:
the label links, the sidebar. `now` is the build's commit.
"""

from datetime import UTC, date, datetime

url = "http://golangshow.com/categories/%D0%B3%D0%BE%D1%81%D1%82%D0%B8/"
timezone = "Europe/Moscow"
now = datetime(2018, 6, 11, 12, 31, tzinfo=UTC)

entries = [
    {
        "link": "http://golangshow.com/episode/2018/03-08-121/",
        "title": "Выпуск 121. В гостях Алексей Акулович и Григорий Елеськин",
        "published": date(2018, 3, 8),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2018/02-28-120/",
        "title": "Выпуск 120",
        "published": date(2018, 2, 28),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2018/02-27-119b/",
        "title": "Выпуск 119b. В гостях Искандер Шарипов (с нормальным звуком)",
        "published": date(2018, 2, 27),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2018/02-22-119/",
        "title": "Выпуск 119. В гостях Искандер Шарипов",
        "published": date(2018, 2, 22),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2017/08-09-107/",
        "title": "Выпуск 107. В гостях Кирилл Даншин",
        "published": date(2017, 8, 9),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2017/07-05-105/",
        "title": "Выпуск 105. GoWay и Modern Go",
        "published": date(2017, 7, 5),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2017/06-05-103/",
        "title": "Выпуск 103. Go-митап @ РИТ++ 2017",
        "published": date(2017, 6, 5),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2017/02-01-092/",
        "title": "Выпуск 092. Гости из JetBrains. Gogland",
        "published": date(2017, 2, 1),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2017/01-18-090/",
        "title": "Выпуск 090. В гостях Яна и Миша из Juno",
        "published": date(2017, 1, 18),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/11-25-085/",
        "title": "Выпуск 085. Как прошел DevFest в Новосибирске. Go в Кыргызстане",
        "published": date(2016, 11, 25),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/11-23-084/",
        "title": "Выпуск 084. В гостях Максим Филатов. Спецвыпуск про Kubernetes.",
        "published": date(2016, 11, 23),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/11-09-082/",
        "title": "Выпуск 082. В гостях Андрей Минкин. 7 лет Go, 10 HighLoad'у",
        "published": date(2016, 11, 9),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/10-16-078/",
        "title": "Выпуск 078. Спецвыпуск с dotGo 2016",
        "published": date(2016, 10, 16),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/10-14-077/",
        "title": "Выпуск 077. В гостях Андрей Погребной. Как мы ездили на dotGo",
        "published": date(2016, 10, 14),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/09-14-074/",
        "title": "Выпуск 074. Community, community, community.",
        "published": date(2016, 9, 14),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/08-04-068/",
        "title": "Выпуск 068. В гостях Максим Тищенко. Омск, GopherCon, RC 4-5",
        "published": date(2016, 8, 4),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/06-30-063/",
        "title": "Выпуск 063. В гостях Леонид Бугаев. Управление зависимостями, TOC, плохое поведение",
        "published": date(2016, 6, 30),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/06-16-061/",
        "title": "Выпуск 061. Гость Николай Сивко из OkMeter",
        "published": date(2016, 6, 16),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/06-09-060/",
        "title": "Выпуск 060. Гости из Meduza Project",
        "published": date(2016, 6, 9),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/06-02-059/",
        "title": "Выпуск 059. Гость Александр Клижентас из Gravitational. Go 1.7 beta 1",
        "published": date(2016, 6, 2),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/05-26-058/",
        "title": "Выпуск 058. В гостях Марко Кевац из Badoo. Ожидание Go 1.7. Профилирование. Базы данных.",
        "published": date(2016, 5, 26),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/05-05-055/",
        "title": "Выпуск 055. Haskell Show. В гостях Денис Шевченко из подкаста «Бананы и линзы». Про Haskell и математику в голове.",
        "published": date(2016, 5, 5),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/04-28-054/",
        "title": "Выпуск 054. В гостях Антон Тюрин из Яндекса. Перевод книги Донована и Кернигана. Оптимизация кода и производительность",
        "published": date(2016, 4, 28),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/04-21-053/",
        "title": "Выпуск 053. В гостях Дмитрий Шуралёв из Sourcegraph. Релиз Go 1.6.2. Опыт использования VS Code.",
        "published": date(2016, 4, 21),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/04-07-051/",
        "title": "Выпуск 051. Гость Алексей Хлюпин из The New York Times.",
        "published": date(2016, 4, 7),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/03-24-049/",
        "title": "Выпуск 049. Гость Денис Гладких из Splunk. Три года Docker, NATS, вендоринг и прочее.",
        "published": date(2016, 3, 24),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/02-18-044/",
        "title": "Выпуск 044. В гостях Даниил Подольский. Go 1.6 released!",
        "published": date(2016, 2, 18),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/02-04-041/",
        "title": "Выпуск 041. В гостях Андрей Смирнов из EMC",
        "published": date(2016, 2, 4),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/01-28-040/",
        "title": "Выпуск 040. Гость Андрей Минкин. Отчет о GopherGala и визуализация concurrency",
        "published": date(2016, 1, 28),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2016/01-14-038/",
        "title": "Выпуск 038. В гостях Александр Золотов и Сергей Игнатов. IDEA в оттенках серого",
        "published": date(2016, 1, 14),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2015/12-17-034/",
        "title": "Выпуск 034. В гостях Максим Чечель. Go в автобусе, в претензиях и в git notes",
        "published": date(2015, 12, 17),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2015/12-03-032/",
        "title": "Выпуск 032. В гостях Александр Валялкин. FastHTTP, Go Advent и видео с dotGo.",
        "published": date(2015, 12, 3),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2015/11-26-031/",
        "title": "Выпуск 031. В гостях Егор Лукаш. Веб-фреймворки, танцы, поговорки",
        "published": date(2015, 11, 26),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2015/11-13-027/",
        "title": "Выпуск 027. DotGo. В гостях Елена Граховац",
        "published": date(2015, 11, 13),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2015/11-05-026/",
        "title": "Выпуск 026. В гостях Нодир Туракулов из Google",
        "published": date(2015, 11, 5),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2015/10-15-023/",
        "title": "Выпуск 023. Влад 'Компилятор' Краснов из CloudFlare",
        "published": date(2015, 10, 15),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2015/09-16-018/",
        "title": "Выпуск 018. В гостях Светлана Божко и Антон Архипов. Java vs Go - гости из мира JVM",
        "published": date(2015, 9, 16),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2015/09-10-017/",
        "title": "Выпуск 017. В гостях Алексей Акулович из ВКонтакте",
        "published": date(2015, 9, 10),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2015/09-03-016/",
        "title": "Выпуск 016. В гостях Дмитрий Вьюков",
        "published": date(2015, 9, 3),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2015/08-27-014/",
        "title": "Выпуск 014. Александр Морозов из Docker",
        "published": date(2015, 8, 27),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2015/08-04-010/",
        "title": "Выпуск 010. Интервью с Евгением Якубовичем из CoreOS",
        "published": date(2015, 8, 4),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2015/07-30-009/",
        "title": "Выпуск 009. Марафон. В гостях Андрей Листочкин",
        "published": date(2015, 7, 30),
        "author": None,
    },
    {
        "link": "http://golangshow.com/episode/2015/07-29-008/",
        "title": "Выпуск 008. Бонусный. В гостях Дмитрий Честных из StableLib",
        "published": date(2015, 7, 29),
        "author": None,
    },
]
