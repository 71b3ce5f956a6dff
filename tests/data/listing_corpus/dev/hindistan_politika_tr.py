"""Real page: the "Politika" category of Hindistan+ (hindistan.in), a Turkish news site about
India (WordPress, the Fox theme's "56" markup), from the static export its owner keeps in
eleseles/hindistan (June 2026). Eleven <article class="post56 …"> cards in a list: a thumbnail
link, a category kicker ("Politika"), an <h2 class="title56"> title link, an excerpt, and a
date "Haziran 29, 2026" (Turkish month, month first) in a <div class="meta56__date"> whose
tooltip gives the time ("29 Haz, 2026 10:00:00", Istanbul time): the dates are the tooltips'
minutes. No bylines (authors None). Not entries: the main menu's dropdown of six recent posts
(<h4> titles, two of them a theme demo's "I’m a high school graduate", "Last Trip to Pakistan"),
repeated in the off-canvas menu, the category kickers, the pager, the footer's categories and
links. The page's canonical link names a post (left as it is; `url` is the category's address).
`now`: the commit that last changed the page.
"""

from datetime import UTC, datetime

url = "https://hindistan.in/category/politika/"
timezone = "Europe/Istanbul"
now = datetime(2026, 6, 30, 10, 44, tzinfo=UTC)


entries = [
    {
        "link": "https://hindistan.in/japonya-basbakani-sanae-takaichi-1-temmuzda-hindistani-ziyaret-edecek/",
        "title": "Japonya Başbakanı Sanae Takaichi 1 Temmuz’da Hindistan’ı Ziyaret Edecek",
        "published": datetime(2026, 6, 29, 7, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hindistan.in/irandan-basbakan-modiye-resmi-davet-cenaze-toreni-temmuzda/",
        "title": "İran’dan Başbakan Modi’ye Resmi Davet: Cenaze Töreni Temmuz’da",
        "published": datetime(2026, 6, 26, 11, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hindistan.in/bakan-jaishankardan-jeju-baris-forumunda-kuresel-is-birligi-cagrisi/",
        "title": "Bakan Jaishankar’dan Jeju Barış Forumu’nda Küresel İş Birliği Çağrısı",
        "published": datetime(2026, 6, 25, 7, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hindistan.in/brics-enerji-bakanlari-toplantisi-gurugramda-basladi/",
        "title": "BRICS Enerji Bakanları Toplantısı Gurugram’da Başladı",
        "published": datetime(2026, 6, 25, 6, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hindistan.in/hindistanda-demokrasi-gunu-samvidhaan-hatya-diwas-resmen-anildi/",
        "title": "Hindistan’da Demokrasi Günü: “Samvidhaan Hatya Diwas” Resmen Anıldı",
        "published": datetime(2026, 6, 25, 5, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hindistan.in/diplomaside-iyimser-hava-hindistan-abd-serbest-ticaret-anlasmasinin-ilk-dilimi-temmuz-ortasinda-tamamlaniyor/",
        "title": "Diplomaside İyimser Hava: Hindistan-ABD Serbest Ticaret Anlaşmasının İlk Dilimi Temmuz Ortasında Tamamlanıyor",
        "published": datetime(2026, 6, 24, 11, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hindistan.in/kuzeydogu-hindistanda-yeni-donem-act-east-politikasindan-act-fast-yaklasimina-gecis/",
        "title": "Kuzeydoğu Hindistan’da Yeni Dönem: “Act East” Politikasından “Act Fast” Yaklaşımına Geçiş",
        "published": datetime(2026, 6, 23, 10, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hindistan.in/hindistan-brics-donem-baskani-olarak-nsa-toplantisina-ev-sahipligi-yapti/",
        "title": "Hindistan, BRICS Dönem Başkanı Olarak NSA Toplantısına Ev Sahipliği Yaptı",
        "published": datetime(2026, 6, 23, 7, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hindistan.in/kesmirde-sinir-otesi-tehdit-nia-silahlarin-drone-ile-tasindigini-tespit-etti/",
        "title": "Keşmir’de Sınır Ötesi Tehdit: NIA Silahların Drone ile Taşındığını Tespit Etti",
        "published": datetime(2026, 6, 22, 7, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hindistan.in/hindistan-ve-fransa-arasinda-ozel-kuresel-stratejik-ortaklik-teknoloji-ve-inovasyon-zirvesi/",
        "title": "Hindistan ve Fransa Arasında Özel Küresel Stratejik Ortaklık: Teknoloji ve İnovasyon Zirvesi",
        "published": datetime(2026, 6, 15, 6, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://hindistan.in/g7-zirvesi-basladi-basbakan-modi-fransada-sahneye-cikiyor/",
        "title": "G7 Zirvesi Başladı: Başbakan Modi Fransa’da Sahneye Çıkıyor",
        "published": datetime(2026, 6, 15, 5, 0, tzinfo=UTC),
        "author": None,
    },
]
