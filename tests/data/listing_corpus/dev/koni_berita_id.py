"""Real page: the "Berita" (news) category of the sports committee of Karimun regency, Indonesia
(KONI Kabupaten Karimun; WordPress, Astra theme), a static export published at
doriman1897.github.io/koni-kabkarimun (October 2022), in Indonesian on a page declared en-US.
Seven <article> posts: a thumbnail, an <h2 class="entry-title"> title link, a meta line "Leave a
Comment / Berita / By admin" (comments link, category, the author's linked name), an excerpt and
"Read More »". No dates are shown. Two posts carry the same title ("Ziarah ke TMPNU Kalibata, …")
at two addresses (the second with "-2"): both are entries. Authors: "admin" on every card. Not
entries: the menus, the comment and category links, "Read More »", the footer. `now`: the
commit that added the page.
"""

from datetime import UTC, datetime

url = "https://doriman1897.github.io/koni-kabkarimun/category/berita/"
timezone = "Asia/Jakarta"
now = datetime(2022, 10, 31, 4, 14, tzinfo=UTC)


entries = [
    {
        "link": "https://doriman1897.github.io/koni-kabkarimun/gelar-kejuaraan-bridge-asia-2022-di-jakarta-pb-gabsi-dorong-sports-tourism/",
        "title": "Gelar Kejuaraan Bridge Asia 2022 di Jakarta, PB.GABSI Dorong Sports Tourism",
        "published": None,
        "author": "admin",
    },
    {
        "link": "https://doriman1897.github.io/koni-kabkarimun/ziarah-ke-tmpnu-kalibata-ketum-koni-pusat-bertekad-melanjutkan-perjuangan-para-pahlawan-2/",
        "title": "Ziarah ke TMPNU Kalibata, Ketum KONI Pusat Bertekad Melanjutkan Perjuangan Para Pahlawan",
        "published": None,
        "author": "admin",
    },
    {
        "link": "https://doriman1897.github.io/koni-kabkarimun/kunjungi-koni-jawa-barat-ketum-koni-pusat-berikan-apresiasi-tinggi-porprov-xiv-2022/",
        "title": "Kunjungi KONI Jawa Barat, Ketum KONI Pusat Berikan Apresiasi Tinggi Porprov XIV 2022",
        "published": None,
        "author": "admin",
    },
    {
        "link": "https://doriman1897.github.io/koni-kabkarimun/liga-santri-diharapkan-mampu-lahirkan-pemain-timnas-indonesia/",
        "title": "Liga Santri Diharapkan Mampu Lahirkan Pemain Timnas Indonesia",
        "published": None,
        "author": "admin",
    },
    {
        "link": "https://doriman1897.github.io/koni-kabkarimun/tekad-untuk-peningkatan-kualitas-pembinaan-olahraga-prestasi-pada-peringati-hut-koni-ke-84/",
        "title": "Tekad untuk Peningkatan Kualitas Pembinaan Olahraga Prestasi pada Peringati HUT KONI ke-84",
        "published": None,
        "author": "admin",
    },
    {
        "link": "https://doriman1897.github.io/koni-kabkarimun/ziarah-ke-tmpnu-kalibata-ketum-koni-pusat-bertekad-melanjutkan-perjuangan-para-pahlawan/",
        "title": "Ziarah ke TMPNU Kalibata, Ketum KONI Pusat Bertekad Melanjutkan Perjuangan Para Pahlawan",
        "published": None,
        "author": "admin",
    },
    {
        "link": "https://doriman1897.github.io/koni-kabkarimun/pb-psi-diapresiasi-karena-konsistensi-dan-terobosan-dalam-membina-cabor-squash-indonesia/",
        "title": "PB.PSI Diapresiasi karena Konsistensi dan Terobosan dalam Membina Cabor Squash Indonesia",
        "published": None,
        "author": "admin",
    },
]
