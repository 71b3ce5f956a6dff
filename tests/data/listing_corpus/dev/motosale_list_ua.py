"""Real page: page 1 of the motorcycle classifieds of MotoSale, "Моторынок Украины"
(www.motosale.com.ua, Russian, windows-1251, a table layout with <base href>) on 11 March
2015, saved by kongo/motosale_ua as spec/assets/list.html. A pager ("2 3 4 5 6 ... 340
Следующая >>") and sort links, then three cards under "Спец предложение" (paid special
offers, without a date: not entries), then ten cards of the same markup: a grey bar with the
seller's own heading as an <h2 class=short> link ("HUSQVARNA TE 510", "возможен обмен"),
the city and the price; under it a thumbnail link, the make and model in <strong> ("KTM -
EXC 530", not the heading), "Документы:", "Пробег: 5500 км, г.в.2008" and a
"Подробнее" link; then "Дата публикации: 11.03.2015" and "UIN:379168". Links: the <h2>
link (the thumbnail and "Подробнее" go to the same address). Titles: the <h2> link's
text. Published: the "Дата публикации" day (day first), a `date`. No bylines (author None).
Not entries: the special offers, the menus, the search form, the pagers, the side columns.
`now` is the evening of the save (the commit that added it, 23:34 in Kyiv).
"""

from datetime import UTC, date, datetime

url = "http://www.motosale.com.ua/index.php?search=moto&type_obj=1&offset=0"
timezone = "Europe/Kyiv"
now = datetime(2015, 3, 11, 21, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.motosale.com.ua/ktm/EXC_530_379168.html",
        "title": "HUSQVARNA TE 510",
        "published": date(2015, 3, 11),
        "author": None,
    },
    {
        "link": "http://www.motosale.com.ua/hyosung/Aquila_650_379167.html",
        "title": "Hyosung Aquila GV650",
        "published": date(2015, 3, 11),
        "author": None,
    },
    {
        "link": "http://www.motosale.com.ua/suzuki/Intruder_800_379166.html",
        "title": "возможен обмен",
        "published": date(2015, 3, 11),
        "author": None,
    },
    {
        "link": "http://www.motosale.com.ua/honda/CBR_600_F_379164.html",
        "title": "срочно CBR 600 F 4",
        "published": date(2015, 3, 11),
        "author": None,
    },
    {
        "link": "http://www.motosale.com.ua/honda/_TACT_AF_51_379163.html",
        "title": "скутер HONDA TACT AF 51",
        "published": date(2015, 3, 11),
        "author": None,
    },
    {
        "link": "http://www.motosale.com.ua/kawasaki/KL_KX_250_F_379161.html",
        "title": "Заводський тюнінг",
        "published": date(2015, 3, 11),
        "author": None,
    },
    {
        "link": "http://www.motosale.com.ua/suzuki/LS_650_379159.html",
        "title": "Чоппер Suzuki Savage LS650",
        "published": date(2015, 3, 11),
        "author": None,
    },
    {
        "link": "http://www.motosale.com.ua/husqvarna/WR_125_379158.html",
        "title": "Husqvarna WR125",
        "published": date(2015, 3, 11),
        "author": None,
    },
    {
        "link": "http://www.motosale.com.ua/suzuki/Desperado_379157.html",
        "title": "Suzuki Desperado",
        "published": date(2015, 3, 11),
        "author": None,
    },
    {
        "link": "http://www.motosale.com.ua/kawasaki/KLX_250_379156.html",
        "title": "СРОЧНО ПРОДАМ",
        "published": date(2015, 3, 11),
        "author": None,
    },
]
