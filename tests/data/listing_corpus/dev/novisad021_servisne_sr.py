"""Real page: the "Servisne informacije" (service notices) section of a Novi Sad news portal
(021.rs, June 2025), recorded in a VCR cassette by hackberrydev/servisne_info's scraper tests.
`lang="sr-Latn"`: Serbian in Latin letters. The portal's menus (sections, radio streams, job
ads, the newest / most read links), then <main> with one <div class="box type3 category">:
<h1>"Novi Sad - Servisne informacije" and twenty <article>s, each a picture link, an <h3
class=articleTitle> link, a meta line — <span class=date>"09.06.2025."</span> "•" <span
class=time> and "•" the town's category link ("Novi Sad") — and a lead. The time span holds the
time of day on the day's newest items ("16:50"; "04:59 > 14:15" when updated: published, then
updated), and the day again on older ones ("08.06.2025. • 08.06.2025."). Dates: day and time in
Belgrade time where a time shows (the first of the two); the day otherwise. No bylines (author
None). Not entries: the menus, the sidebar's boxes of the newest, most popular, most commented
and most read stories, the pager ("1 2 3 »"), the footer. `now` is the recording (10 June 2025,
05:04 UTC).
"""

from datetime import UTC, date, datetime

url = "https://www.021.rs/Novi-Sad/Servisne-informacije/6"
timezone = "Europe/Belgrade"
now = datetime(2025, 6, 10, 5, 5, tzinfo=UTC)

entries = [
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/412138/Raspored-sahrana-za-utorak-10-jun.html",
        "title": "Raspored sahrana za utorak, 10. jun",
        "published": datetime(2025, 6, 9, 14, 50, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/412079/Vetar-izgurao-kontejnere-na-put-Sta-se-desava-u-saobracaju-u-Novom-Sadu-i-okolini.html",
        "title": "Vetar izgurao kontejnere na put: Šta se dešava u saobraćaju u Novom Sadu i okolini",
        "published": datetime(2025, 6, 9, 2, 59, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/412124/Od-utorka-izmena-saobracaja-od-petlje-Kovilj-do-petlje-Beska.html",
        "title": "Od utorka izmena saobraćaja od petlje Kovilj do petlje Beška",
        "published": datetime(2025, 6, 9, 11, 20, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/412101/Pojedine-ulice-u-Novom-Sadu-i-Sremskoj-Kamenici-bez-vode-zbog-havarija.html",
        "title": "Pojedine ulice u Novom Sadu i Sremskoj Kamenici bez vode zbog havarija",
        "published": datetime(2025, 6, 9, 7, 27, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/412024/Raspored-sahrana-za-ponedeljak-9-jun.html",
        "title": "Raspored sahrana za ponedeljak, 9. jun",
        "published": date(2025, 6, 8),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/411959/Da-znate-na-vreme-Kac-Budisava-i-Kovilj-od-7-do-11-jula-bez-gasa.html",
        "title": "Da znate na vreme: Kać, Budisava i Kovilj od 7. do 11. jula bez gasa",
        "published": date(2025, 6, 8),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/411895/U-nedelju-izmenjen-rezim-saobracaja-zbog-biciklisticke-trke.html",
        "title": "U nedelju izmenjen režim saobraćaja zbog biciklističke trke",
        "published": date(2025, 6, 7),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/411848/Raspored-sahrana-za-subotu-7-jun.html",
        "title": "Raspored sahrana za subotu, 7. jun",
        "published": date(2025, 6, 6),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/411809/U-ponedeljak-pocinje-sanacija-garaze-kod-SNP-a-Privremeno-se-izmesta-ulaz.html",
        "title": "U ponedeljak počinje sanacija garaže kod SNP-a: Privremeno se izmešta ulaz",
        "published": date(2025, 6, 6),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/411805/GSP-U-subotu-pojacani-polasci-zbog-Zadusnica.html",
        "title": "GSP: U subotu pojačani polasci zbog Zadušnica",
        "published": date(2025, 6, 6),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/411783/Radar-kod-Seratona-Sta-se-desava-u-saobracaju-u-Novom-Sadu-i-okolini.html",
        "title": "Radar kod Šeratona : Šta se dešava u saobraćaju u Novom Sadu i okolini",
        "published": date(2025, 6, 6),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/411800/Bez-vode-Ulica-Zarka-Zrenjanina.html",
        "title": "Bez vode Ulica Žarka Zrenjanina",
        "published": date(2025, 6, 6),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/411740/Raspored-sahrana-za-petak-6-jun.html",
        "title": "Raspored sahrana za petak, 6. jun",
        "published": date(2025, 6, 5),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/411352/Guzva-na-Varadinskom-mostu-i-Gradicu-Sta-se-desava-u-saobracaju-u-Novom-Sadu-i-okolini.html",
        "title": "Gužva na Varadinskom mostu i Gradiću: Šta se dešava u saobraćaju u Novom Sadu i okolini",
        "published": date(2025, 6, 5),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/411727/Od-petka-zabrana-saobracaja-u-delu-Avijaticarskog-naselja-Radovi-do-sredine-avgusta.html",
        "title": "Od petka zabrana saobraćaja u delu Avijatičarskog naselja: Radovi do sredine avgusta",
        "published": date(2025, 6, 5),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/411723/Autobusi-GSP-a-na-linijama-41-42-i-43-u-petak-menjaju-trasu-zbog-radova-u-Rumenki.html",
        "title": "Autobusi GSP-a na linijama 41, 42 i 43 u petak menjaju trasu zbog radova u Rumenki",
        "published": date(2025, 6, 5),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/411713/Danas-i-sutra-izmenjen-rezim-saobracaja-od-Maradika-do-Beske.html",
        "title": "Danas i sutra izmenjen režim saobraćaja od Maradika do Beške",
        "published": date(2025, 6, 5),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/411709/U-nedelju-obustava-saobracaja-u-delu-Srema-zbog-biciklisticke-trke.html",
        "title": "U nedelju obustava saobraćaja u delu Srema zbog biciklističke trke",
        "published": date(2025, 6, 5),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/411708/Deo-Sremskih-Karlovaca-bez-vode-zbog-havarije.html",
        "title": "Deo Sremskih Karlovaca bez vode zbog havarije",
        "published": date(2025, 6, 5),
        "author": None,
    },
    {
        "link": "https://www.021.rs/story/Novi-Sad/Servisne-informacije/411599/Pojedina-naselja-sa-sremske-strane-danas-bez-gasa-zbog-radova.html",
        "title": "Pojedina naselja sa sremske strane danas bez gasa zbog radova",
        "published": date(2025, 6, 5),
        "author": None,
    },
]
