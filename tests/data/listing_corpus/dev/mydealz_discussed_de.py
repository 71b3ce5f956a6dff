"""Real page: mydealz's front sorted by discussion ("Diskutiert", www.mydealz.de/discussed, 20 or
21 December 2019), saved by KarlKulator/MDealz-API as its parser's test input. German. A deal
community's stream (the Pepper platform): the main list is twenty <article class="thread
thread--type-list"> cards, each a temperature ("1799°") and vote buttons, "vor 1 m" /
"kommentiert vor 1 m von Domsoy" (the age of the newest comment, not of the deal), the title
link (<strong class=thread-title>), the price, the struck-out price and the discount, the
merchant's link ("AlphaMovies Angebote"), an excerpt ending in "Weiterlesen", the poster's
avatar and profile link, the comment count and a "Zum Deal" button to the shop. Some cards add
"aktualisiert 20. Dez" (an update) or "Läuft bis 24.12.2019" (when the offer ends). Entries:
the twenty deals, titled by their title links as shown (shop names in brackets and prices
included: they are the posters' titles), authored by the poster's name. No card shows when the
deal was posted: `published` is None (the comment ages, the update days and the end days are
not publication dates). Not entries: the header's menus and category bar, the "Diskutiert" /
"Hot" / "Neu" tabs, the sidebar's widgets, the pager and the footer. `now`: the page gives no
date; the project committed it on 21 December 2019, and its newest update is "20. Dez".
"""

from datetime import UTC, datetime

url = "https://www.mydealz.de/discussed"
timezone = "Europe/Berlin"
now = datetime(2019, 12, 21, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.mydealz.de/deals/xiaomi-mi-9-lite-fur-199-mediamarkt-1504104",
        "title": 'XIAOMI Mi 9 Lite 6/64GB (6.39" 2340x1080, Snapdragon 710, Dual-SIM, 4030mAh, Android 9.0) für 199€ [MediaMarkt]',
        "published": None,
        "author": "Goboo",
    },
    {
        "link": "https://www.mydealz.de/deals/es-war-einmal-der-mensch-komplettset-blu-ray-fur-2794-alphamovies-1503792",
        "title": "Es war einmal .... der Mensch - Komplettset (Blu-ray) für 27,94€ (Alphamovies)",
        "published": None,
        "author": "Funmilka",
    },
    {
        "link": "https://www.mydealz.de/deals/zeissglaser-bei-fielmann-einstarkenglaser-ab-6210-bis-zu-66-rabatt-1161473",
        "title": "Zeissgläser bei Fielmann - Einstärkengläser ab 62,10€ (bis zu 66% Rabatt)",
        "published": None,
        "author": "rightyright",
    },
    {
        "link": "https://www.mydealz.de/deals/bierbrauset-bei-aldi-sud-ab-2012-ahnlich-besserbrauer-1501844",
        "title": "Bierbrauset bei Aldi Süd ab 20.12. (ähnlich Besserbrauer)",
        "published": None,
        "author": "chg2k",
    },
    {
        "link": "https://www.mydealz.de/deals/amazoncom-samsung-odyssey-plus-vr-brille-1475476",
        "title": "Amazon.com Samsung odyssey plus Vr Brille",
        "published": None,
        "author": "BKs",
    },
    {
        "link": "https://www.mydealz.de/deals/sony-sel50f18f-fur-sony-e-mount-50-mm-f18-mediamarkt-1504139",
        "title": "SONY SEL50F18F für Sony E-Mount - 50 mm , f/1.8 [Mediamarkt]",
        "published": None,
        "author": "Alexcio",
    },
    {
        "link": "https://www.mydealz.de/deals/thinkpad-e495-und-e595-amd-ryzen-5-3500u-8gb-ram-256gb-ssd-windows-abwahlbar-1503971",
        "title": "ThinkPad E495 und E595 / AMD Ryzen 5 3500U / 8GB RAM / 256GB SSD / Windows abwählbar",
        "published": None,
        "author": "skipfish",
    },
    {
        "link": "https://www.mydealz.de/deals/amazonsuper-mario-party-joy-con-set-fur-9173-1504144",
        "title": "[Amazon]Super Mario Party Joy Con Set für 91,73€",
        "published": None,
        "author": "Flo2016",
    },
    {
        "link": "https://www.mydealz.de/deals/mca-furniture-chefsessel-karlo-bei-selgros-1503853",
        "title": "Bürostuhl/ Chefsessel Karlo (MCA Furniture) bei Selgros",
        "published": None,
        "author": "kopfkino77",
    },
    {
        "link": "https://www.mydealz.de/deals/sofa-infinity-3-sitzer-webstoff-230-cm-massivholzgestell-kaltschaum-polsterung-wellenunterfederung-versandkostenfrei-home24-1504137",
        "title": 'Sofa "Infinity" (3-Sitzer, Webstoff, 230 cm, Massivholzgestell, Kaltschaum-Polsterung, Wellenunterfederung) *versandkostenfrei* [home24]',
        "published": None,
        "author": "art1909",
    },
    {
        "link": "https://www.mydealz.de/deals/seidensticker-herrenhemd-versch-farben-1503933",
        "title": "Seidensticker Herrenhemd versch. Farben/ +5.95€ VSK",
        "published": None,
        "author": "BL00DY_SW3P",
    },
    {
        "link": "https://www.mydealz.de/deals/aral-supercard-einkaufen-und-tanken-fur-30-kaufen-5-supercard-einkaufen-und-tanken-geschenkt-jeweils-36-monate-gultig-1477242",
        "title": 'Aral SuperCard mit 30€ Wert für 30€ kaufen + 5€ SuperCard "Einkaufen und Tanken" geschenkt bekommen | Jetzt auch 40€+6€ JP Performance',
        "published": None,
        "author": "El_Lorenzo",
    },
    {
        "link": "https://www.mydealz.de/deals/sphero-bb-8-special-edition-bundle-ab-54-lokal-oder-5895-mit-gs-oder-6399-inkl-versand-1504080",
        "title": "Sphero BB-8 Special Edition Bundle ab 54€ (lokal) oder 58,95€ mit GS oder 63,99€ inkl Versand",
        "published": None,
        "author": "Sekur",
    },
    {
        "link": "https://www.mydealz.de/deals/kristall-thermen-weihnachtsaktion-15-fur-10-1503839",
        "title": "Kristall Thermen Weihnachtsaktion 15 für 10",
        "published": None,
        "author": "Hlolmar_.",
    },
    {
        "link": "https://www.mydealz.de/deals/brother-dcp-l3550cdw-laserdrucker-farbe-1504136",
        "title": "[50€ Cashback möglich] Brother DCP-L3550CDW Laserdrucker Farbe",
        "published": None,
        "author": "vladimir_pudding",
    },
    {
        "link": "https://www.mydealz.de/deals/mcdonalds-20-chicken-mcnuggets-via-app-coupon-fur-499-1499531",
        "title": "McDonalds 20 Chicken McNuggets via App Coupon für 4,99€",
        "published": None,
        "author": "DB585",
    },
    {
        "link": "https://www.mydealz.de/deals/dyson-supersonic-haartrockner-1504130",
        "title": "Dyson Supersonic Haartrockner",
        "published": None,
        "author": "Ninibride18",
    },
    {
        "link": "https://www.mydealz.de/deals/motorola-one-action-63-219-2520x1080-4128gb-exynos-9609-dual-sim-3500mah-android-9one-1504105",
        "title": 'MOTOROLA One Action (6.3" 21:9, 2520x1080, 4/128GB, Exynos 9609, Dual SIM, 3500mAh, Android 9/One) für 169€ [MediaMarkt]',
        "published": None,
        "author": "Goboo",
    },
    {
        "link": "https://www.mydealz.de/deals/175-euro-bonus-fur-das-erste-girodigital-plus-konto-bei-degussa-1481022",
        "title": "175 Euro Bonus für das erste GiroDigital Plus Konto bei Degussa",
        "published": None,
        "author": "Shebang",
    },
    {
        "link": "https://www.mydealz.de/deals/sandisk-ultra-128gb-microsdxc-speicherkarte-bis-zu-80-mbsek-class-10-fur-12-media-markt-1504112",
        "title": "SanDisk Ultra 128GB microSDXC Speicherkarte (bis zu 80 MB/Sek, Class 10, A1) für 12€ versandkostenfrei (Media Markt)",
        "published": None,
        "author": "Funmilka",
    },
]
