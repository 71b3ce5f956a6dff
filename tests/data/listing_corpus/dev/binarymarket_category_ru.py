"""Real page: a Russian trading blog's category "Стратегии" page 1 (WordPress, Hueman theme),
saved in 2016 by TeamHG-Memex/autopager for its pagination data. Sixteen <article
itemtype=schema.org/BlogPosting> in a two-column grid: a thumbnail (no link), an <h2
class=post-title> link whose `title` repeats the text, then "<div class=date
itemprop=datePublished>2016-02-17</div>" (ISO day as text, no time: dates are the local day),
an excerpt. No bylines (authors None). Not entries: the sidebar's "Надежные брокеры",
"Недавние отзывы", "Бесплатные сигналы", "Свежие комментарии", "Популярные статьи", "Акции от
брокеров" widgets, the pager. `now` is the save (March 2016).
"""

from datetime import UTC, date, datetime

url = "http://binarymarket.ru/category/strategy"
timezone = "Europe/Moscow"
now = datetime(2016, 3, 10, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://binarymarket.ru/strategy/strategiya-denezhnyy-potok.html",
        "title": "Стратегия «Денежный поток»",
        "published": date(2016, 2, 17),
        "author": None,
    },
    {
        "link": "http://binarymarket.ru/strategy/indikatornaya-strategiya-tremor.html",
        "title": "Индикаторная стратегия «Tremor»",
        "published": date(2015, 12, 14),
        "author": None,
    },
    {
        "link": "http://binarymarket.ru/strategy/martingeyl-v-binarnykh-opcionah.html",
        "title": "Система мартингейла в бинарных опционах",
        "published": date(2015, 9, 19),
        "author": None,
    },
    {
        "link": "http://binarymarket.ru/strategy/binarnye-opciony-bez-indikatorov.html",
        "title": "Бинарные опционы без индикаторов: все за и против такого ведения торгов",
        "published": date(2015, 9, 11),
        "author": None,
    },
    {
        "link": "http://binarymarket.ru/strategy/non-farm-payroll.html",
        "title": "Стратегия торговли на Nonfarm payroll",
        "published": date(2015, 9, 9),
        "author": None,
    },
    {
        "link": "http://binarymarket.ru/strategy/binarnyme-opciony-na-5-minut.html",
        "title": "Торговля бинарными опционами на 5 минут",
        "published": date(2015, 9, 7),
        "author": None,
    },
    {
        "link": "http://binarymarket.ru/strategy/torgovlya-turbo-opcionami.html",
        "title": "Стратегии торговли турбо опционами: принцип подбора и использования",
        "published": date(2015, 9, 7),
        "author": None,
    },
    {
        "link": "http://binarymarket.ru/strategy/tri-ekrana-eldera.html",
        "title": "Торговая система Три экрана Элдера",
        "published": date(2015, 9, 2),
        "author": None,
    },
    {
        "link": "http://binarymarket.ru/strategy/bollinger.html",
        "title": "Стретегия на основе индикатора Боллинджера для бинарных опционов",
        "published": date(2015, 9, 2),
        "author": None,
    },
    {
        "link": "http://binarymarket.ru/strategy/svecha.html",
        "title": "Практичная свечная стратегия для бинарных опционов",
        "published": date(2015, 9, 2),
        "author": None,
    },
    {
        "link": "http://binarymarket.ru/strategy/strategiya-tri-signala.html",
        "title": "«Три сигнала» — стратегия торговли бинарными опционами",
        "published": date(2015, 9, 2),
        "author": None,
    },
    {
        "link": "http://binarymarket.ru/strategy/taktika-torgovli-binarnymy-opcionamy.html",
        "title": "Тактика торговли бинарными опционами",
        "published": date(2015, 9, 2),
        "author": None,
    },
    {
        "link": "http://binarymarket.ru/strategy/s-ispolzovaniem-mt4.html",
        "title": "Стратегии для бинарных опционов на MT4",
        "published": date(2015, 8, 31),
        "author": None,
    },
    {
        "link": "http://binarymarket.ru/strategy/strategiya-60-secund-podtvergdenniy-otskok.html",
        "title": "Стратегия для опционов 60 секунд — «Подтвержденный отскок»",
        "published": date(2015, 8, 31),
        "author": None,
    },
    {
        "link": "http://binarymarket.ru/strategy/strategii-torgovli-binarnymi-opcionami.html",
        "title": "Торговые стратегии для бинарных опционов",
        "published": date(2015, 8, 31),
        "author": None,
    },
    {
        "link": "http://binarymarket.ru/strategy/binarnye-opciony-60-secund.html",
        "title": "Стратегии бинарных опционов — «60 секунд»",
        "published": date(2015, 8, 31),
        "author": None,
    },
]
