"""Real page: the home page of Teknoisme (teknoisme.com, "Paham Teknologi", an Indonesian technology
blog on WordPress, declared en-US) on 4 December 2015, saved by TeamHG-Memex/Formasaurus as
formasaurus/data/html/teknoisme.com-0.html. Ten <article class="post-template-1 … hentry"> in
<div class=posts-wrap>: a thumbnail (no link), then <div class=post-content> with <h2
class=title><a>title</a></h2>, the first paragraph, and <footer class=details>: a "Read More..."
icon link, <time datetime="2015-10-02">Oct 02, 2015</time>, "<em>by</em> <a rel=author
title="Posts by Cynthia Cecilia">Cynthia Cecilia</a>" and "<em>in</em> <a>News</a>" (the
category). Links: the <h2> links. Titles: their text (Indonesian). Published: the day shown (a
`date`). Authors: the name after "by". Not entries: the header's menu and slider, the sidebar's
widgets, the pager. `now`: the commit that added the page (2015-12-04 07:02 +0500).
"""

from datetime import UTC, date, datetime

url = "http://teknoisme.com/"
timezone = "Asia/Jakarta"
now = datetime(2015, 12, 4, 2, 2, tzinfo=UTC)

entries = [
    {
        "link": "http://teknoisme.com/4-aplikasi-terbaik-untuk-membaca-e-book-di-smartphone/",
        "title": "4 Aplikasi Terbaik untuk Membaca E-book di Smartphone",
        "published": date(2015, 10, 2),
        "author": "Cynthia Cecilia",
    },
    {
        "link": "http://teknoisme.com/nexus-5x-dan-6p-telah-resmi-dirilis/",
        "title": "Nexus 5X dan 6P Telah Resmi Dirilis",
        "published": date(2015, 9, 30),
        "author": "Cynthia Cecilia",
    },
    {
        "link": "http://teknoisme.com/android-marshmallow-akan-segera-dirilis/",
        "title": "Android Marshmallow Akan Segera Dirilis!",
        "published": date(2015, 9, 28),
        "author": "Cynthia Cecilia",
    },
    {
        "link": "http://teknoisme.com/alasan-mengapa-blackberry-akhirnya-pakai-android/",
        "title": "Alasan Mengapa BlackBerry Akhirnya Pakai Android",
        "published": date(2015, 9, 27),
        "author": "Cynthia Cecilia",
    },
    {
        "link": "http://teknoisme.com/5-cara-menghemat-kuota-data-internet/",
        "title": "5 Cara Menghemat Kuota Data Internet di Smartphone",
        "published": date(2015, 9, 26),
        "author": "Cynthia Cecilia",
    },
    {
        "link": "http://teknoisme.com/pertimbangkan-hal-hal-ini-sebelum-membeli-mouse-gaming/",
        "title": "Pertimbangkan Hal-hal Ini Sebelum Membeli Mouse Gaming",
        "published": date(2015, 9, 25),
        "author": "Cynthia Cecilia",
    },
    {
        "link": "http://teknoisme.com/5-aplikasi-wajib-untuk-para-pecinta-selfie/",
        "title": "5 Aplikasi Wajib untuk Para Pecinta Selfie",
        "published": date(2015, 9, 24),
        "author": "Cynthia Cecilia",
    },
    {
        "link": "http://teknoisme.com/ini-perbedaan-jpeg-png-dan-gif-yang-harus-diketahui/",
        "title": "Ini Perbedaan JPEG, PNG, dan GIF yang Harus Diketahui!",
        "published": date(2015, 9, 23),
        "author": "Cynthia Cecilia",
    },
    {
        "link": "http://teknoisme.com/ini-tips-agar-charge-smartphone-bisa-dua-kali-lebih-cepat/",
        "title": "Ini Tips Agar Charge Smartphone Bisa Dua Kali Lebih Cepat",
        "published": date(2015, 9, 22),
        "author": "Cynthia Cecilia",
    },
    {
        "link": "http://teknoisme.com/google-chrome-vs-microsoft-edge-hebat-mana/",
        "title": "Google Chrome vs Microsoft Edge, Hebat Mana?",
        "published": date(2015, 9, 21),
        "author": "Cynthia Cecilia",
    },
]
