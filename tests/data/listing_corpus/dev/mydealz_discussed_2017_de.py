"""Real page: mydealz's front sorted by discussion ("Diskutiert", www.mydealz.de/discussed, 27 May
2017), saved by KarlKulator/MDealz-API beside its parser (dealz_api/discussed.html). German. A
deal community's stream of 2017 markup: the main list (<div class="js-threadList">) holds
twenty <article class="thread"> cards, each the price, a "Zum Deal" button, the temperature,
the merchant's group link ("Gearbest Angebote"), the title link (<strong class=thread-title>),
the poster's avatar and name (a <button>, not a link), a <time datetime> holding a Unix time
shown as "kommentiert vor 9 s" (the newest comment's age, not the deal's), an excerpt ending
in "Weiterlesen" and the comment count. Entries: the twenty deals, titled by their title
links as shown (shop names in brackets and prices included: they are the posters' titles),
authored by the poster's name. No card shows when the deal was posted: `published` is None.
Not entries: the two carousels of 32 <article class="thread threadWidget-item"> boxes
("threadCarousel_…", the hottest deals, titles cut with "…") outside the list, the
header's menus, the tabs, the pager and the footer. `now`: the newest comment time on the page
is 1495884020 (27 May 2017, 11:20:20 UTC), shown as "vor 1 m".
"""

from datetime import UTC, datetime

url = "https://www.mydealz.de/discussed"
timezone = "Europe/Berlin"
now = datetime(2017, 5, 27, 11, 21, tzinfo=UTC)

entries = [
    {
        "link": "https://www.mydealz.de/deals/gearbest-original-xiaomi-redmi-4x-global-version-sd435-332gb-mit-band-20-schwarzgold-1004539",
        "title": "[Gearbest] Original Xiaomi Redmi 4X global Version SD435 3/32GB mit Band 20 SCHWARZ/GOLD",
        "published": None,
        "author": "Schauminator",
    },
    {
        "link": "https://www.mydealz.de/deals/gore-bike-wear-tragerhose-power-30-kurz-schwarzrot-in-grosse-m-fur-5605eur-amazonit-1004481",
        "title": "Gore Bike Wear Trägerhose Power 3.0 - kurz Schwarz/Rot in Größe M - für 56,05€ @Amazon.it",
        "published": None,
        "author": "predatorJr",
    },
    {
        "link": "https://www.mydealz.de/deals/degustabox-plus-zusatzliches-oreo-produkt-fur-nur-699eur-inkl-versandkosten-1004569",
        "title": "Degustabox plus zusätzliches Oreo-Produkt für nur 6,99€ inkl. Versandkosten",
        "published": None,
        "author": "Sokke",
    },
    {
        "link": "https://www.mydealz.de/deals/profi-monitor-lg-31mu97-31-zoll-digital-cinema-4096-x-2160-4k-auflosung-10-bit-ips-pivot-amazonit-1004524",
        "title": "Profi Monitor LG 31mu97 31 Zoll , Digital Cinema 4096 x 2160 4K Auflösung ,10 BIT, IPS, Pivot @amazon.it",
        "published": None,
        "author": "Shimmy",
    },
    {
        "link": "https://www.mydealz.de/deals/kostenlos-zu-belantis-mit-der-ganzen-familie-zum-radio-psr-kindertag-am-28052017-1002581",
        "title": "Kostenlos zu Belantis mit der ganzen Familie, zum Radio PSR Kindertag am 28.05.2017",
        "published": None,
        "author": "DorMaik",
    },
    {
        "link": "https://www.mydealz.de/deals/vorbestellbar-neues-model-orginal-xiaomi-air-13-notebook-ultimate-edition-silver-133-inch-ips-display-intel-core-i7-6500u-8-gb-ram-256-gb-ssd-1004544",
        "title": "Vorbestellbar neues Model - Orginal Xiaomi Air 13 Notebook Ultimate Edition - SILVER 13.3 inch IPS Display Intel Core i7-6500U 8 GB RAM 256 GB SSD",
        "published": None,
        "author": "snaepattack",
    },
    {
        "link": "https://www.mydealz.de/deals/media-markt-sodastream-crystal-20-titan-131651149-weitere-glaskaraffe-4-shoop-5eur-mm-coupon-vgp-124eur-1004513",
        "title": "Media Markt: Sodastream Crystal 2.0 Titan 131651149 + weitere Glaskaraffe (+4% Shoop & 5€ MM Coupon) VGP 124€",
        "published": None,
        "author": "FRChris",
    },
    {
        "link": "https://www.mydealz.de/deals/gigabyte-gtx-1060-6gb-gddr5-inkl-spiel-1004566",
        "title": "Gigabyte Gtx 1060 6Gb Gddr5 inkl Spiel",
        "published": None,
        "author": "johannesbruegel",
    },
    {
        "link": "https://www.mydealz.de/deals/sammeldeal-lokal-heilbronn-verkaufsoffener-sonntag-bei-mediamarkt-europaplatz-1004555",
        "title": "[Sammeldeal] [Lokal Heilbronn] Verkaufsoffener Sonntag bei MediaMarkt (Europaplatz)",
        "published": None,
        "author": "deal_la",
    },
    {
        "link": "https://www.mydealz.de/deals/33-bis-40-xl-rosen-bei-blume-ideal-fur-2394eur-inkl-vsk-1004113",
        "title": "33 bis 40 XL Rosen bei Blume-Ideal für 23,94€ inkl VSK",
        "published": None,
        "author": "El_Lorenzo",
    },
    {
        "link": "https://www.mydealz.de/deals/reebate-immer-aktuelle-cashback-deal-ubersicht-fur-real-netto-marken-discount-edeka-dm-drogerie-markt-fur-android-ios-495093",
        "title": "[reebate] Immer aktuelle Cashback-Deal-Übersicht für real,- , Netto Marken-Discount, EDEKA & dm-drogerie markt (für Android & iOS)",
        "published": None,
        "author": "NiSa_1990",
    },
    {
        "link": "https://www.mydealz.de/deals/dyson-allergiker-dusen-set-1000119",
        "title": "Dyson Allergiker Düsen Set",
        "published": None,
        "author": "Danilo709",
    },
    {
        "link": "https://www.mydealz.de/deals/dank-fur-g20-am-09072017-freier-eintritt-in-allen-grossen-hamburger-museen-1004547",
        "title": "Dank für G20: Am 09.07.2017 freier Eintritt in allen großen Hamburger Museen",
        "published": None,
        "author": "TheCount",
    },
    {
        "link": "https://www.mydealz.de/deals/gratis-der-kleine-prinz-als-ebook-1004578",
        "title": 'Gratis "Der kleine Prinz" als eBook',
        "published": None,
        "author": "AngelikaL",
    },
    {
        "link": "https://www.mydealz.de/deals/overwatch-gratis-wochenende-pc-xbox-one-ps4-1000884",
        "title": "Overwatch Gratis Wochenende (PC & Xbox One & PS4)",
        "published": None,
        "author": "Funmilka",
    },
    {
        "link": "https://www.mydealz.de/deals/gearbest-xiaomi-amazfit-smartwatch-gps-ip67-bt-40-pulsmesser-bis-zu-5-tage-laufzeit-fur-9576eur-1004582",
        "title": "[Gearbest] Xiaomi Amazfit Smartwatch (GPS, IP67, BT 4.0, Pulsmesser, bis zu 5 Tage Laufzeit) für 95,76€",
        "published": None,
        "author": "McTavish",
    },
    {
        "link": "https://www.mydealz.de/deals/fossil-aktentasche-atlas-portfolio-beige-camel-mbg9173250-1003239",
        "title": "Fossil Aktentasche Atlas Portfolio Beige (Camel) MBG9173250",
        "published": None,
        "author": "min.ions",
    },
    {
        "link": "https://www.mydealz.de/deals/amazon-video-wilfred-eine-episode-gratis-1004337",
        "title": "[Amazon Video] Wilfred - eine Episode Gratis",
        "published": None,
        "author": "shuttle222",
    },
    {
        "link": "https://www.mydealz.de/deals/case-logic-tbc404-kameratasche-amazon-plus-produkt-1004574",
        "title": "Case Logic TBC404 Kameratasche - Amazon Plus Produkt",
        "published": None,
        "author": "mcphilie",
    },
    {
        "link": "https://www.mydealz.de/deals/amazonde-seagate-25-2tb-festplatte-fur-79eur-seagate-laptop-sata-6gbs-retail-kit-stbd2000102-1004458",
        "title": 'Amazon.de: Seagate 2,5" 2TB Festplatte für 79€ (Seagate Laptop, SATA; 6GB/s; Retail Kit (STBD2000102) )',
        "published": None,
        "author": "predatorJr",
    },
]
