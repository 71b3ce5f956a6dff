"""Written page rendered by hand from Joomla's com_content category blog as the Cassiopeia
template prints it (joomla/joomla-cms: components/com_content/tmpl/category/blog.php @
04e584d0b20d10f7597eb561892983b61351d1ee, blog_item.php @ 024181637ab03130cd554d4535a7b8b82c69e2da,
layouts/joomla/content/info_block.php and info_block/publish_date.php @
08b36a36d192b95d446ab2b01137661970c4568b, info_block/author.php @
0447602c446f260818970892a78d8f287a0f0163, blog_style_default_item_title.php @
002eae6514a92322ed07888ee0128dca80f9d831; GPL-2.0-or-later) in Polish (lang=pl-pl): each
<div class=blog-item> has an intro-image link, an <h2 itemprop=name> link, a <dl
class=article-info> of "Szczegóły", "Napisane przez: <span itemprop=name>…</span>",
"Kategoria: Aktualności", "<time datetime=…>Opublikowano: 02 grudzień 2026</time>" (Joomla's
pl-PL month names are nominative, DATE_FORMAT_LC3 "d F Y") and "Odsłony: 214", the intro text,
and "Czytaj więcej …". One post is signed by the branch's board ("Zarząd Oddziału"), which
is the author shown. The right sidebar's "Najczęściej czytane" (mod_articles_popular) repeats
three posts and adds two older ones. Dates are days as shown.
"""

from datetime import UTC, date, datetime

url = "https://pttk-zagorze.example.pl/aktualnosci"
timezone = "Europe/Warsaw"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://pttk-zagorze.example.pl/aktualnosci/318-rajd-mikolajkowy-2026",
        "title": "Rajd Mikołajkowy 2026 – zapisy otwarte",
        "published": date(2026, 12, 2),
        "author": "Anna Kowalska",
    },
    {
        "link": "https://pttk-zagorze.example.pl/aktualnosci/316-szlak-ikon-wycieczka",
        "title": "Szlakiem ikon: relacja z listopadowej wycieczki",
        "published": date(2026, 11, 27),
        "author": "Piotr Nowak",
    },
    {
        "link": "https://pttk-zagorze.example.pl/aktualnosci/315-sprzet-zimowy-porady",
        "title": "Jaki sprzęt zabrać w Bieszczady zimą?",
        "published": date(2026, 11, 20),
        "author": "Tomasz Wiśniewski",
    },
    {
        "link": "https://pttk-zagorze.example.pl/aktualnosci/312-walne-zebranie-2026",
        "title": "Walne zebranie członków oddziału",
        "published": date(2026, 11, 14),
        "author": "Zarząd Oddziału",
    },
    {
        "link": "https://pttk-zagorze.example.pl/aktualnosci/309-odznaka-got-regulamin",
        "title": "Górska Odznaka Turystyczna – co się zmienia",
        "published": date(2026, 11, 6),
        "author": "Anna Kowalska",
    },
    {
        "link": "https://pttk-zagorze.example.pl/aktualnosci/305-sprzatanie-szlakow",
        "title": "Sprzątaliśmy szlaki w Beskidzie Niskim",
        "published": date(2026, 10, 30),
        "author": "Katarzyna Zielińska",
    },
    {
        "link": "https://pttk-zagorze.example.pl/aktualnosci/301-kurs-przewodnikow",
        "title": "Rusza kurs przewodników beskidzkich",
        "published": date(2026, 10, 22),
        "author": "Piotr Nowak",
    },
    {
        "link": "https://pttk-zagorze.example.pl/aktualnosci/298-jesien-w-bieszczadach",
        "title": "Jesień w Bieszczadach w obiektywie członków",
        "published": date(2026, 10, 15),
        "author": "Katarzyna Zielińska",
    },
]
