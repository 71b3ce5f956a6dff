"""Real page: a Turkish teacher's WordPress blog index (selimozdem.com, December 2015), saved by
TeamHG-Memex/Formasaurus for its forms data (the search form). `lang="tr-TR"`. A custom theme:
the header, then <div id=left> with ten posts, each a <div class="content" id="post-3007"
class="post-3007 post … hentry …"> (the `class` written twice, so a parser keeps the first): a
thumbnail, the title link in <h2 class=content-title>, a teaser <p>, then a row of the view count
("309 Görüntüleme"), the comment link ("0 Yorum"), "Tarihinde yazıldı 09-11-2015" ("written on",
day first: "26-10-2015" settles it) and "Devamı" ("continue"). Dates: the day. No bylines (the
site has one author, named only in the header). Not entries: the right-hand column's newest
and most-viewed lists of the same posts, the pager, the footer. `now`: the project committed the
page on 4 December 2015.
"""

from datetime import UTC, date, datetime

url = "http://selimozdem.com/"
timezone = "Europe/Istanbul"
now = datetime(2015, 12, 4, 2, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://selimozdem.com/yazilim-kurulumu-ve-yonetimi-dersi-ogrenci-sunumlari.html/",
        "title": "Yazılım kurulumu ve yönetimi Dersi Öğrenci Sunumları",
        "published": date(2015, 11, 9),
        "author": None,
    },
    {
        "link": "http://selimozdem.com/elektronik-olcme-teknigi-ders-notlari.html/",
        "title": "Elektronik Ölçme Tekniği Ders notları",
        "published": date(2015, 11, 6),
        "author": None,
    },
    {
        "link": "http://selimozdem.com/transistor-nedir-nasil-calisir-what-is-transistor.html/",
        "title": "Transistör Nedir? Nasıl Çalışır? What is Transistor?",
        "published": date(2015, 10, 26),
        "author": None,
    },
    {
        "link": "http://selimozdem.com/elektronik-olcme-teknigi-transistor-nasil-olculur.html/",
        "title": "Elektronik Ölçme Tekniği – Transistör Nasıl Ölçülür",
        "published": date(2015, 10, 26),
        "author": None,
    },
    {
        "link": "http://selimozdem.com/08505322773-bu-numara-sizi-aramissa-dikkat.html/",
        "title": "08505322773 – Bu numara sizi aramışsa dikkat!",
        "published": date(2015, 10, 23),
        "author": None,
    },
    {
        "link": "http://selimozdem.com/hard-reset-samsung-c3530-resetleme.html/",
        "title": "Hard Reset SAMSUNG C3530 Resetleme işlemi",
        "published": date(2015, 10, 13),
        "author": None,
    },
    {
        "link": "http://selimozdem.com/ag-temelleri-dersi-ders-notlari.html/",
        "title": "Ağ Temelleri Dersi Ders Notları",
        "published": date(2015, 10, 5),
        "author": None,
    },
    {
        "link": "http://selimozdem.com/yazilim-kurulumu-ve-yonetimi-dersi-notlari-ve-konu-anlatim-listeleri.html/",
        "title": "Yazılım Kurulumu ve Yönetimi Dersi Notları ve Konu Anlatım Listeleri",
        "published": date(2015, 10, 1),
        "author": None,
    },
    {
        "link": "http://selimozdem.com/your-security-settings-have-blocked-a-self-signed-application-from-running-hatasi.html/",
        "title": "“Your security settings have blocked a self-signed application from running” hatası",
        "published": date(2015, 9, 18),
        "author": None,
    },
    {
        "link": "http://selimozdem.com/final-sinavlari-icin-bilgilendirme.html/",
        "title": "Final Sınavları için bilgilendirme",
        "published": date(2015, 6, 1),
        "author": None,
    },
]
