"""Written page rendered by hand from Hexo's NexT theme (theme-next/hexo-theme-next @
b062274e94d232ce05dded1a4965ceb63cf60d70, version 7.8.0: layout/index.swig,
layout/_macro/post.swig, layout/_layout.swig, layout/_partials/sidebar/site-overview.swig,
layout/_partials/pagination.swig, languages/fr.yml; AGPL-3.0) as a French blog home (lang=fr),
Gemini scheme: each <article class=post-block> starts with hidden schema.org author and
publisher spans (the site's author, in <meta> tags), then the <h2 class=post-title> link and
the post-meta "Posté le <time title='Article créé le : …'>2026-12-04</time>" (Hexo's default
date format), on two posts also "Édité le 2026-12-01" (updated another day: the publication
date is expected), and "dans <category link>", then the excerpt and "Lire la suite »". The
sidebar's site overview names the author with an avatar. Author is left unscored: the cards
show no byline, only the hidden microdata names one.
"""

from datetime import UTC, date, datetime

url = "https://carnet-de-bord.example.fr/"
timezone = "Europe/Paris"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://carnet-de-bord.example.fr/2026/12/04/migrer-vers-postgres-17/",
        "title": "Migrer vers PostgreSQL 17 sans arrêter le service",
        "published": date(2026, 12, 4),
    },
    {
        "link": "https://carnet-de-bord.example.fr/2026/11/29/rust-et-les-lifetimes/",
        "title": "Rust : les lifetimes expliquées à mon moi d'il y a un an",
        "published": date(2026, 11, 29),
    },
    {
        "link": "https://carnet-de-bord.example.fr/2026/11/22/nginx-cache-micro/",
        "title": "Un micro-cache nginx qui divise la charge par dix",
        "published": date(2026, 11, 22),
    },
    {
        "link": "https://carnet-de-bord.example.fr/2026/11/15/tests-de-proprietes/",
        "title": "Les tests de propriétés ont trouvé trois bugs en une heure",
        "published": date(2026, 11, 15),
    },
    {
        "link": "https://carnet-de-bord.example.fr/2026/11/08/git-bisect-automatique/",
        "title": "git bisect run : trouver la régression pendant qu'on dort",
        "published": date(2026, 11, 8),
    },
    {
        "link": "https://carnet-de-bord.example.fr/2026/10/31/systemd-timers/",
        "title": "Remplacer cron par des timers systemd",
        "published": date(2026, 10, 31),
    },
    {
        "link": "https://carnet-de-bord.example.fr/2026/10/24/unicode-et-les-noms/",
        "title": "Unicode et les noms de famille : ce que j'ai appris",
        "published": date(2026, 10, 24),
    },
    {
        "link": "https://carnet-de-bord.example.fr/2026/10/17/profiler-python/",
        "title": "Profiler un service Python en production avec py-spy",
        "published": date(2026, 10, 17),
    },
]
