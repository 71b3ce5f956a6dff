"""Real page: the "Nieuws" (news) category of Dutch writer Joris Luyendijk's site
(jorisluyendijk.nl/category/nieuws/, posts of 2014 to 2022), a static mirror of its WordPress
site in roelofelgentos/jorisluyendijk (first committed 30 October 2024), the mirror's links
renamed ("?p=4235" saved as index_p_4235.html). `lang="nl-NL"`. The header, "16 archives found
in "Nieuws"", a breadcrumb, then <ul class=to-search-items> of ten <li class="to-search-item
to-search-archive">: an icon link, the <h3> link, a <div class=post-information> of "By <a>Rianne
Blaakmeer</a>" (<span class="meta-author vcard author">), category links, "3 jaar ago" (<span
class="meta-date date updated">: an age in years, half Dutch, from whenever the page was saved)
and a like count, then the teaser and "[...]". Entries: the ten, in page order. Dates: not
scored (an age in whole years settles no day). Authors: the linked name. Not entries: the pager
(1, 2, ›), the footer. `now`: the mirror's first commit, 30 October 2024, 09:08 +01:00.
"""

from datetime import UTC, date, datetime  # noqa: F401

url = "http://www.jorisluyendijk.nl/category/nieuws/"
timezone = "Europe/Amsterdam"
now = datetime(2024, 10, 30, 8, 8, tzinfo=UTC)

entries = [
    {
        "link": "http://www.jorisluyendijk.nl/index_p_4235.html",
        "title": "‘De zeven vinkjes’ is nu ook beschikbaar als luisterboek.",
        "author": "Rianne Blaakmeer",
    },
    {
        "link": "http://www.jorisluyendijk.nl/index_p_4147.html",
        "title": "Nieuw boek: ‘De zeven vinkjes. Hoe mannen zoals ik de baas spelen’",
        "author": "atlascontact",
    },
    {
        "link": "http://www.jorisluyendijk.nl/index_p_4106.html",
        "title": "Waarom ik hoop houd",
        "author": "atlascontact",
    },
    {
        "link": "http://www.jorisluyendijk.nl/index_p_4008.html",
        "title": "Lockhorn, Luyendijk en Wittenberg op longlist Brusseprijs",
        "author": "atlascontact",
    },
    {
        "link": "http://www.jorisluyendijk.nl/index_p_3977.html",
        "title": "Joris Luyendijk spreekt de Amersfoortse Bergrede uit",
        "author": "atlascontact",
    },
    {
        "link": "http://www.jorisluyendijk.nl/index_p_3963.html",
        "title": "‘Dit kan niet waar zijn’ wint NS Publieksprijs!",
        "author": "atlascontact",
    },
    {
        "link": "http://www.jorisluyendijk.nl/index_p_3883.html",
        "title": "NOS Achtuurjournaal: hoofdrol voor Luyendijk in bewustwording over banken",
        "author": "atlascontact",
    },
    {
        "link": "http://www.jorisluyendijk.nl/index_p_3880.html",
        "title": "NRC Opinie & Debat: ‘Bankiers leven in een amoreel universum’",
        "author": "atlascontact",
    },
    {
        "link": "http://www.jorisluyendijk.nl/index_p_3865.html",
        "title": "Interview bij IKON ‘De Nieuwe Wereld’",
        "author": "atlascontact",
    },
    {
        "link": "http://www.jorisluyendijk.nl/index_p_3845.html",
        "title": "Terugluisteren: Nooit Meer Slapen (radio 1)",
        "author": "atlascontact",
    },
]
