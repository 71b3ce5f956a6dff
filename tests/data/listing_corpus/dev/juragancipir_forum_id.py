"""Real page: an Indonesian bloggers' forum, board "Diskusi Blog" page 1 (juragancipir.com,
WordPress with bbPress, `lang="id-ID"`), saved in March 2016 by TeamHG-Memex/autopager for
its pagination data. A <ul class=bbp-topics> whose <li class=bbp-body> holds thirty <ul
class="… topic … hentry">: the title link <a class=bbp-topic-permalink>, "Dimulai oleh:"
(started by) with the starter's avatar and name links (the entry's author), the voices and
replies counts, and the freshness: a link to the last reply, "2 minggu, 4 hari-hari yang lalu"
(2 weeks, 4 days ago), with the last poster's avatar and name. Dates not scored: the only
time a topic shows is its last activity's, not its start. Not entries: the forum's header
row, the last posters, the sidebar, the pager. `now` is the save (March 2016).
"""

from datetime import UTC, datetime

url = "http://juragancipir.com/forums/forum/diskusi-blog/"
timezone = "Asia/Jakarta"
now = datetime(2016, 3, 10, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://juragancipir.com/forums/topic/cara-membuat-iklan-link-ads-by-juragancipir-com/",
        "title": "cara membuat iklan link ads by juragancipir.com",
        "author": "yudi",
    },
    {
        "link": "http://juragancipir.com/forums/topic/mohon-bantuannya-akses-website-diblokir-oleh-provider/",
        "title": "Mohon Bantuannya, Akses Website Diblokir Oleh Provider!",
        "author": "goldenboy",
    },
    {
        "link": "http://juragancipir.com/forums/topic/cara-memberitahukan-google/",
        "title": "Cara memberitahukan google",
        "author": "arifmanan11",
    },
    {
        "link": "http://juragancipir.com/forums/topic/tentang-gambar-di-postingan/",
        "title": "Tentang Gambar Di Postingan",
        "author": "arifmanan11",
    },
    {
        "link": "http://juragancipir.com/forums/topic/trafik-tidak-beraturan/",
        "title": "Trafik Tidak Beraturan",
        "author": "Dika Asera",
    },
    {
        "link": "http://juragancipir.com/forums/topic/url-perujuk-tidak-jelas/",
        "title": "URL perujuk tidak jelas…",
        "author": "Diyan Saputra",
    },
    {
        "link": "http://juragancipir.com/forums/topic/solusi-blog-yang-di-hapus-karena-alasan-phishing/",
        "title": 'Solusi blog yang di hapus karena alasan "PHISHING"',
        "author": "selgi",
    },
    {
        "link": "http://juragancipir.com/forums/topic/cara-menambah-widget-tak-terbatas-di-footerdibawah-footer/",
        "title": "Cara Menambah Widget tak terbatas di Footer/dibawah Footer",
        "author": "wmed",
    },
    {
        "link": "http://juragancipir.com/forums/topic/apa-dampak-menonaktifkan-klik-kanan-di-blog/",
        "title": "Apa dampak menonaktifkan klik kanan di blog?",
        "author": "dimastoriq",
    },
    {
        "link": "http://juragancipir.com/forums/topic/cara-buat-banner-responsive-gimana/",
        "title": "Cara buat banner responsive gimana?",
        "author": "Bloggedewek",
    },
    {
        "link": "http://juragancipir.com/forums/topic/cara-mengatasi-gambar-postingan-gepeng/",
        "title": "Cara Mengatasi Gambar Postingan Gepeng",
        "author": "A.Rozie A.",
    },
    {
        "link": "http://juragancipir.com/forums/topic/url-tanpa-tanggal/",
        "title": "URL tanpa Tanggal",
        "author": "Imam Munandar",
    },
    {
        "link": "http://juragancipir.com/forums/topic/template/",
        "title": "template",
        "author": "belajar",
    },
    {
        "link": "http://juragancipir.com/forums/topic/ask-cara-blokir-situs-spam/",
        "title": "(Ask), cara blokir situs spam",
        "author": "Alviyatun",
    },
    {
        "link": "http://juragancipir.com/forums/topic/tinggal-ngomong-aplikasi-blogger-yang-nulis/",
        "title": "Tinggal Ngomong, Aplikasi Blogger yang Nulis",
        "author": "Supriyantocs",
    },
    {
        "link": "http://juragancipir.com/forums/topic/agar-blog-traffic-luar-negeri/",
        "title": "Agar blog Traffic luar negeri",
        "author": "azinewfresh",
    },
    {
        "link": "http://juragancipir.com/forums/topic/cara-merubah-hosted-menjadi-non-hosted-di-adsense/",
        "title": "cara merubah hosted menjadi non-hosted di adsense",
        "author": "Limlim badriah",
    },
    {
        "link": "http://juragancipir.com/forums/topic/apakah-vps-perlu-domain/",
        "title": "Apakah VPS perlu domain?",
        "author": "Rudianto",
    },
    {
        "link": "http://juragancipir.com/forums/topic/beli-domain-di-metroworldhost/",
        "title": "beli domain di metroworldhost",
        "author": "Supriyantocs",
    },
    {
        "link": "http://juragancipir.com/forums/topic/dicari-penulis-artikel/",
        "title": "Dicari, Penulis Artikel",
        "author": "Husni Cahya Gumilar",
    },
    {
        "link": "http://juragancipir.com/forums/topic/trafik-mendadak-meningkat/",
        "title": "Trafik Mendadak Meningkat",
        "author": "iman1996",
    },
    {
        "link": "http://juragancipir.com/forums/topic/plugin-popualr-post/",
        "title": "Plugin Popualr Post",
        "author": "Marcell",
    },
    {
        "link": "http://juragancipir.com/forums/topic/asd-block/",
        "title": "Ads Block Aktif Terus",
        "author": "Imam Munandar",
    },
    {
        "link": "http://juragancipir.com/forums/topic/solusi-ampuh-bagi-blogger-pemula-yang-belum-lihai-menulis-artikel/",
        "title": "Solusi Ampuh Bagi Blogger Pemula yang belum Lihai Menulis Artikel",
        "author": "Syamsu",
    },
    {
        "link": "http://juragancipir.com/forums/topic/antara-histats-dan-statistik-blog/",
        "title": "Antara Histats dan Statistik Blog",
        "author": "arifmanan11",
    },
    {
        "link": "http://juragancipir.com/forums/topic/tentang-konten/",
        "title": "Tentang Konten",
        "author": "Al Husaini",
    },
    {
        "link": "http://juragancipir.com/forums/topic/dampak-promosi-blog-melalui-sosial-media/",
        "title": "Dampak Promosi Blog Melalui Sosial Media?",
        "author": "spesialtips",
    },
    {
        "link": "http://juragancipir.com/forums/topic/menambah-menu/",
        "title": "menambah menu",
        "author": "mamisu",
    },
    {
        "link": "http://juragancipir.com/forums/topic/haruskah-kita-mempromosikan-blog-ke-sosmed/",
        "title": "Haruskah Kita Mempromosikan Blog Ke Sosmed",
        "author": "arifmanan11",
    },
    {
        "link": "http://juragancipir.com/forums/topic/antara-artikel-dan-visitor/",
        "title": "Antara Artikel Dan VIsitor",
        "author": "arifmanan11",
    },
]
