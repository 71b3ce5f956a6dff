"""Real page: page 2 of the news ("Actualités", titled "Blog – Page 2") of Gabon's standards
agency (AGANOR, aganorgabon.com, posts of November 2023 to March 2024), a static export of its
WordPress site (a Vamtam theme's masonry "loop-wrapper news" grid) in fredari/AGANOR (committed 19
August 2024). `lang="fr-FR"`. The header and menus, the <h1> "Blog", then inside one
<article class="… page …"> a grid of thirteen <div class="… list-item cbp-item post-NNNNN post …
hentry">: a picture link (with a `title`), "mars 13, 2024" (French month before the day) in <div
class=post-date>, the <h3> link (class entry-title), a teaser cut with "…". Entries: the thirteen,
in page order. Dates: the day. No bylines. Not entries: the "Load more" button (page 3), the footer's columns (services,
contact, newsletter). `now`: the export's commit, 19 August 2024, 09:47 +01:00.
"""

from datetime import UTC, date, datetime

url = "https://aganorgabon.com/actualites/page/2/"
timezone = "Africa/Libreville"
now = datetime(2024, 8, 19, 8, 47, tzinfo=UTC)

entries = [
    {
        "link": "https://aganorgabon.com/2024/03/13/delegation-regionale-haut-ogooue-ogooue-lolo-rencontre-avec-le-syndicat-des-artisans-de-franceville/index.html",
        "title": "Délégation Régionale Haut-Ogooué – Ogooué-Lolo : Rencontre avec le syndicat des artisans de Franceville.",
        "published": date(2024, 3, 13),
        "author": None,
    },
    {
        "link": "https://aganorgabon.com/2024/03/12/aganor-cotecna-atelier-de-formation-sur-les-normes-iso-31000-iso-31010-management-des-risques-et-techniques-dappreciation-des-risques-et-la-norme-iso-37001-systemes-de-management-anti-c/index.html",
        "title": "AGANOR-COTECNA : Atelier de formation sur les normes ISO 31000/ISO 31010 – Management des risques et techniques d’appréciation des risques et la norme ISO 37001 – Systèmes de management anti-corruption.",
        "published": date(2024, 3, 12),
        "author": None,
    },
    {
        "link": "https://aganorgabon.com/2024/03/12/aganor-cloturer-lannee-2023-en-beaute/index.html",
        "title": "AGANOR : Clôturer l’année 2023 en beauté",
        "published": date(2024, 3, 12),
        "author": None,
    },
    {
        "link": "https://aganorgabon.com/2024/03/12/projet-dappui-a-la-diversification-de-leconomie-gabonaise-padeg-aganor-remise-dequipements-informatiques/index.html",
        "title": "Projet d’Appui à la Diversification de l’Économie Gabonaise (PADEG)-AGANOR: Remise d’équipements informatiques",
        "published": date(2024, 3, 12),
        "author": None,
    },
    {
        "link": "https://aganorgabon.com/2024/03/12/aganor-bureau-veritas-remise-dequipements-informatiques/index.html",
        "title": "AGANOR-BUREAU VERITAS : Remise d’équipements informatiques",
        "published": date(2024, 3, 12),
        "author": None,
    },
    {
        "link": "https://aganorgabon.com/2024/03/12/participation-a-la-journee-portes-ouvertes-organisee-par-lagence-gabonaise-de-presse/index.html",
        "title": "Participation à la Journée portes ouvertes organisée par l’AGENCE GABONAISE DE PRESSE.",
        "published": date(2024, 3, 12),
        "author": None,
    },
    {
        "link": "https://aganorgabon.com/2024/03/12/aganor-haut-ogooue-ogooue-lolo-installation-du-nouveau-directeur-regional/index.html",
        "title": "AGANOR Haut-Ogooué – Ogooué-Lolo : Installation du nouveau Directeur Régional.",
        "published": date(2024, 3, 12),
        "author": None,
    },
    {
        "link": "https://aganorgabon.com/2024/03/12/aganor-cotecna-formation-iso-45001-2018-systemes-de-management-de-la-sante-et-de-la-securite-au-travail-exigences-et-lignes-directrices-pour-leur-utilisation/index.html",
        "title": "AGANOR-COTECNA : Formation ISO 45001 : 2018 Systèmes de management de la santé et de la sécurité au travail – Exigences et lignes directrices pour leur utilisation",
        "published": date(2024, 3, 12),
        "author": None,
    },
    {
        "link": "https://aganorgabon.com/2024/03/12/aganor-cotecna-formation-du-personnel-sur-la-norme-iso-9001-2015-systeme-de-management-de-la-qualite/index.html",
        "title": "AGANOR-COTECNA : Formation du personnel sur la norme ISO 9001 : 2015 « Système de Management de la Qualité »",
        "published": date(2024, 3, 12),
        "author": None,
    },
    {
        "link": "https://aganorgabon.com/2024/03/12/aganor-seeg-formation-aux-exigences-de-la-norme-iso-14001-systeme-de-management-environnemental/index.html",
        "title": "AGANOR-SEEG : Formation aux exigences de la norme ISO 14001 : « Système de Management Environnemental »",
        "published": date(2024, 3, 12),
        "author": None,
    },
    {
        "link": "https://aganorgabon.com/2023/12/14/aganor-randonnee-au-coeur-de-larboretum-raponda-walker/index.html",
        "title": "AGANOR : Randonnée au cœur de l’Arboretum Raponda Walker",
        "published": date(2023, 12, 14),
        "author": None,
    },
    {
        "link": "https://aganorgabon.com/2023/11/29/aganor-zis-nkok-sensibilisation-des-operateurs-economiques-de-la-filiere-bois/index.html",
        "title": "AGANOR-ZIS NKOK : Sensibilisation des opérateurs économiques de la filière bois",
        "published": date(2023, 11, 29),
        "author": None,
    },
    {
        "link": "https://aganorgabon.com/2023/11/24/m-benoit-assoumou-ondo-prend-ses-quartiers-a-lagence-gabonaise-de-normalisation-en-qualite-de-directeur-general-adjoint/index.html",
        "title": "M. Benoit ASSOUMOU ONDO prend ses quartiers à l’Agence Gabonaise de Normalisation en qualité de Directeur Général Adjoint",
        "published": date(2023, 11, 24),
        "author": None,
    },
]
