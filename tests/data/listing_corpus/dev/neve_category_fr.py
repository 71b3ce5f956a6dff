"""Written page rendered by hand from WordPress's Neve theme (Codeinwp/neve: inc/views/template_parts.php
@ 07f05714f28dfd8430bb6f370a6c65996873576e, inc/views/partials/post_meta.php @
6e72ca067d1f6d1ce21186a365eca1e6a5ced369, and its archive-post view; GPL-2.0-or-later) as a French
category archive in the default grid layout with the author's avatar shown (lang=fr-FR): each
<article class="… layout-grid"> holds a thumbnail link, an <h2 class=entry-title> link, the
<ul class=nv-meta-list> (the avatar <img class=photo alt=NAME>, then the author's link without
"par"; "<time class='entry-date published'>3 décembre 2026</time>" and, for posts edited
later, a second "<time class=updated>" with the edit's day; "5 commentaires") and the excerpt
ending "… Lire la suite »" (the title in a screen-reader span). The sidebar's "Articles
récents" repeats two posts and adds two others. The publication day is expected.
"""

from datetime import UTC, date, datetime

url = "https://atelier-velo.example.fr/category/tutoriels/"
timezone = "Europe/Paris"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://atelier-velo.example.fr/regler-derailleur-arriere/",
        "title": "Régler son dérailleur arrière en dix minutes",
        "published": date(2026, 12, 3),
        "author": "Claire Fontaine",
    },
    {
        "link": "https://atelier-velo.example.fr/freins-a-disque-purge/",
        "title": "Purger des freins à disque hydrauliques",
        "published": date(2026, 11, 26),
        "author": "Mehdi Benali",
    },
    {
        "link": "https://atelier-velo.example.fr/velo-cargo-entretien/",
        "title": "Entretenir un vélo cargo qui roule tous les jours",
        "published": date(2026, 11, 19),
        "author": "Claire Fontaine",
    },
    {
        "link": "https://atelier-velo.example.fr/roue-voilee/",
        "title": "Dévoiler une roue sans banc de dévoilage",
        "published": date(2026, 11, 12),
        "author": "Jeanne Le Goff",
    },
    {
        "link": "https://atelier-velo.example.fr/pneus-hiver-ville/",
        "title": "Quels pneus pour rouler en ville l'hiver ?",
        "published": date(2026, 11, 5),
        "author": "Mehdi Benali",
    },
    {
        "link": "https://atelier-velo.example.fr/atelier-participatif-bilan/",
        "title": "Atelier participatif : le bilan de l'année",
        "published": date(2026, 10, 29),
        "author": "Jeanne Le Goff",
    },
    {
        "link": "https://atelier-velo.example.fr/chaine-mesurer-usure/",
        "title": "Mesurer l'usure de sa chaîne",
        "published": date(2026, 10, 22),
        "author": "Claire Fontaine",
    },
    {
        "link": "https://atelier-velo.example.fr/eclairage-dynamo/",
        "title": "Éclairage à dynamo moyeu : le montage pas à pas",
        "published": date(2026, 10, 15),
        "author": "Mehdi Benali",
    },
]
