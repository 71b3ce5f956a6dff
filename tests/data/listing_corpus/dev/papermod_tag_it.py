"""Written page rendered by hand from Hugo's PaperMod theme (adityatelange/hugo-PaperMod @
d3768854d00ad003b0a8dbdba254ce9224377a01: layouts/list.html, layouts/_partials/post_meta.html,
layouts/_partials/author.html, i18n/it.yaml; MIT) as a term page of an Italian site (lang=it):
each <article class="post-entry tag-entry"> has an unlinked <h2 class=entry-hint-parent>
title, the summary with "...", a footer of three bare <span>s joined by "&nbsp;·&nbsp;" (the
date as ":date_long" in Italian, "2 dicembre 2026", with Go's time in the span's title
attribute; "6 minuti"; the author's name, two names joined by ", " on one post) and an empty
overlay <a class=entry-link aria-label="post link to TITLE"> carrying the only link. Dates are
days (the clock is only in a tooltip). The post by two authors is left without an author
expectation (the reader keeps one name), the other authors are scored.
"""

from datetime import UTC, date, datetime

url = "https://appunti-di-luce.example.it/tags/fotografia/"
timezone = "Europe/Rome"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://appunti-di-luce.example.it/2026/12/luce-dinverno/",
        "title": "La luce d'inverno sulle Dolomiti",
        "published": date(2026, 12, 2),
        "author": "Giulia Ferri",
    },
    {
        "link": "https://appunti-di-luce.example.it/2026/11/obiettivo-50mm/",
        "title": "Perché sono tornata al 50 mm",
        "published": date(2026, 11, 26),
        "author": "Giulia Ferri",
    },
    {
        "link": "https://appunti-di-luce.example.it/2026/11/mercato-di-ballaro/",
        "title": "Il mercato di Ballarò all'alba",
        "published": date(2026, 11, 18),
        "author": "Marco Lo Bianco",
    },
    {
        "link": "https://appunti-di-luce.example.it/2026/11/sviluppare-in-casa/",
        "title": "Sviluppare il bianco e nero in casa, passo per passo",
        "published": date(2026, 11, 10),
    },
    {
        "link": "https://appunti-di-luce.example.it/2026/11/nebbia-in-pianura/",
        "title": "Nebbia in pianura: fotografare il nulla",
        "published": date(2026, 11, 3),
        "author": "Elena Sartori",
    },
    {
        "link": "https://appunti-di-luce.example.it/2026/10/ritratti-di-strada/",
        "title": "Ritratti di strada: chiedere o non chiedere?",
        "published": date(2026, 10, 27),
        "author": "Giulia Ferri",
    },
    {
        "link": "https://appunti-di-luce.example.it/2026/10/archiviare-i-raw/",
        "title": "Come archiviamo diecimila file RAW all'anno",
        "published": date(2026, 10, 19),
        "author": "Elena Sartori",
    },
    {
        "link": "https://appunti-di-luce.example.it/2026/10/venezia-senza-turisti/",
        "title": "Venezia senza turisti, alle cinque del mattino",
        "published": date(2026, 10, 11),
        "author": "Marco Lo Bianco",
    },
    {
        "link": "https://appunti-di-luce.example.it/2026/10/stampa-fine-art/",
        "title": "Stampare fine art: carta, profili e delusioni",
        "published": date(2026, 10, 2),
        "author": "Giulia Ferri",
    },
]
