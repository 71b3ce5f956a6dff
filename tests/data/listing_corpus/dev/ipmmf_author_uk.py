"""Real page: the author archive ("Автор: admin") of a Ukrainian research institute's WordPress
site (ІПММФ, Institute of Applied Mathematics and Mathematical Physics; the Textbook theme),
exported to static files in mytnyk/mytnyk.github.io (July 2026; links root-relative). Six
<article class="card"> cards: a category label ("Новини", "Новина", "Без категорії") linking to
the post, an <h2 class="entry-title"> title link, then "<time class="entry-date published"
datetime="2020-07-28T09:49:31+03:00">28.07.2020</time>" (day first) followed, on five cards, by
the modification time of the export ("10.07.2026", class "updated"), then a linked excerpt.
The machine dates give the minute and are the publication (exact datetimes). The cards show no
byline: the page itself is the author's (authors None). Not entries: the language switcher,
the search box and sidebar blocks, the footer widgets. `now`: the commit that last changed the
page.
"""

from datetime import UTC, datetime

url = "https://mytnyk.github.io/author/admin/"
timezone = "Europe/Kyiv"
now = datetime(2026, 7, 10, 11, 54, tzinfo=UTC)


entries = [
    {
        "link": "https://mytnyk.github.io/2020/07/28/konkurs-shhodo-obrannya-chleniv-naukovoyi-rady-nfdu/",
        "title": "Конкурс щодо обрання членів Наукової ради НФДУ",
        "published": datetime(2020, 7, 28, 6, 49, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://mytnyk.github.io/2019/12/26/korotkyj-zvit-za-2019-rik/",
        "title": "Звіт за 2019 рік",
        "published": datetime(2019, 12, 26, 17, 3, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://mytnyk.github.io/2019/10/25/zasidannya-programnogo-komitetu-yevropejska-doslidnytska-rada-majbutni-novitni-tehnologiyi-diyi-mariyi-sklodovskoyi-kyuri-ramkovoyi-programy-yes-goryzont-2020/",
        "title": "Засідання програмного комітету «Європейська дослідницька рада. Майбутні новітні технології. Дії Марії Склодовської-Кюрі» рамкової програми ЄС «Горизонт 2020».",
        "published": datetime(2019, 10, 25, 11, 4, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://mytnyk.github.io/2019/04/16/odnodennyj-ukrayino-polskyj-seminar-matematychni-modeli-transportnyh-protsesiv-v-zdorovyh-ta-hvoryh-biotkanynah-13-chervnya-2019-r/",
        "title": "Одноденний україно-польський семінар «Математичні моделі транспортних процесів в здорових та хворих біотканинах», 13 червня 2019 р.",
        "published": datetime(2019, 4, 16, 13, 17, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://mytnyk.github.io/2019/01/02/vitayemo-z-novorichnymy-svyatamy/",
        "title": "ІПММФ щиро вітає членів Інституту та всіх українців з Різдвяними святами та Новим 2019 роком!",
        "published": datetime(2019, 1, 2, 6, 59, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://mytnyk.github.io/2018/10/26/naukovyj-seminar/",
        "title": "Науковий семінар",
        "published": datetime(2018, 10, 26, 8, 39, tzinfo=UTC),
        "author": None,
    },
]
