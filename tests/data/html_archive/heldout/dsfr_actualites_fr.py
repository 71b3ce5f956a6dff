"""Expected parse of dsfr_actualites_fr.html: a French public body's news list (a DREAL site
built with the État's design system, DSFR), "Actualités" filtered on the theme "Eau et
biodiversité".

The list is <ul class="fr-list ..."> of <li> holding a horizontal fr-card: the title in
<h3 class="fr-card__title"><a>, an optional <p class="fr-card__desc"> (two cards have none),
a type tag ("Communiqué de presse", "Appel à projets", ...), a "Nouveau" badge on the first,
and the date alone in <p class="fr-card__detail">: "18 décembre 2025", "1er décembre 2025".
One card links to another ministry's site (target="_blank", its title attribute adds
" - nouvelle fenêtre"). Dates are dates only, noon in Paris: UTC+1, UTC+2 before 26 October 2025.

Not entries: the mega-menu (category headings with links and lists of long link texts of
10 to 20 words), quick-access links, the side menu of themes, the RSS link, "À consulter
également" tiles (h3 title links with "Dossier", "Publication · 12 septembre 2025"), the
newsletter and social blocks, and the footer with long legal link texts. The pager is a
single "Voir plus" button with rel="next" (Drupal counts pages from 0). The head has the
site-wide feed and this theme's feed.
"""

from datetime import UTC, datetime

url = "https://www.val-de-sevre.developpement-durable.gouv.fr/actualites?thematique=eau-biodiversite"
timezone = "Europe/Paris"
now = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)
next_page = (
    "https://www.val-de-sevre.developpement-durable.gouv.fr/actualites?thematique=eau-biodiversite&page=1"
)
alternate_feed = (
    "https://www.val-de-sevre.developpement-durable.gouv.fr/actualites/rss?thematique=eau-biodiversite"
)

_SITE = "https://www.val-de-sevre.developpement-durable.gouv.fr"
_NOISE = [
    "Nouveau",
    "Communiqué de presse",
    "Enquête publique",
    "Lien externe",
    "Événement",
    "Concertation",
    "nouvelle fenêtre",
    "Actualité ",
]


def _entry(path: str, title: str, published: datetime, shown: str, contains: list[str]) -> dict:
    link = path if path.startswith("https://") else f"{_SITE}{path}"
    return {
        "title": title,
        "link": link,
        "published": published,
        "summary_contains": contains,
        "summary_excludes": [*_NOISE, shown],
    }


entries = [
    _entry(
        "/appel-a-projets-restauration-des-zones-humides-2026-a7480.html",
        "Appel à projets « Restauration des zones humides 2026 » : dépôt des candidatures jusqu’au 31 mars",
        datetime(2026, 1, 20, 11, 0, tzinfo=UTC),
        "20 janvier 2026",
        ["Doté de 1,2 million d’euros"],
    ),
    _entry(
        "/inondations-le-plan-de-prevention-des-risques-de-la-vallee-de-la-sevre-soumis-a-"
        "enquete-publique-a7466.html",
        "Inondations : le plan de prévention des risques de la vallée de la Sèvre soumis à enquête publique",
        datetime(2026, 1, 15, 11, 0, tzinfo=UTC),
        "15 janvier 2026",
        ["L’enquête publique se déroulera du 2 février au 6 mars 2026"],
    ),
    _entry(
        "/secheresse-levee-des-dernieres-mesures-de-restriction-des-usages-de-l-eau-a7451.html",
        "Sécheresse : levée des dernières mesures de restriction des usages de l’eau",
        datetime(2026, 1, 9, 11, 0, tzinfo=UTC),
        "9 janvier 2026",
        [],
    ),  # no description
    _entry(
        "/bilan-2025-de-la-qualite-des-eaux-de-baignade-en-val-de-sevre-a7432.html",
        "Bilan 2025 de la qualité des eaux de baignade en Val-de-Sèvre",
        datetime(2025, 12, 18, 11, 0, tzinfo=UTC),
        "18 décembre 2025",
        ["96 % des sites de baignade contrôlés cet été"],
    ),
    _entry(
        "/le-loup-en-val-de-sevre-point-de-situation-et-mesures-d-accompagnement-des-eleveurs-a7425.html",
        "Le loup en Val-de-Sèvre : point de situation et mesures d’accompagnement des éleveurs",
        datetime(2025, 12, 11, 11, 0, tzinfo=UTC),
        "11 décembre 2025",
        ["Les crédits de protection des troupeaux sont reconduits en 2026."],
    ),
    _entry(
        "/lancement-de-la-concertation-sur-le-sage-de-la-sevre-amont-a7410.html",
        "Lancement de la concertation sur le schéma d’aménagement et de gestion des eaux "
        "(SAGE) de la Sèvre amont",
        datetime(2025, 12, 1, 11, 0, tzinfo=UTC),
        "1er décembre 2025",
        ["sont invités à donner leur avis sur l’état des lieux"],
    ),
    _entry(
        "https://www.ecologie.gouv.fr/actualites/plan-national-actions-pollinisateurs-appel-contributions",
        "Plan national d’actions en faveur des pollinisateurs : appel à contributions",
        datetime(2025, 11, 24, 11, 0, tzinfo=UTC),
        "24 novembre 2025",
        ["ouvre une consultation sur le bilan du plan 2021-2026"],
    ),
    _entry(
        "/retour-sur-les-rencontres-regionales-de-la-biodiversite-2025-a7391.html",
        "Retour sur les Rencontres régionales de la biodiversité 2025",
        datetime(2025, 11, 13, 11, 0, tzinfo=UTC),
        "13 novembre 2025",
        [],
    ),  # no description
    _entry(
        "/continuite-ecologique-l-effacement-du-seuil-du-moulin-de-chaumes-acheve-a7377.html",
        "Continuité écologique : l’effacement du seuil du moulin de Chaumes achevé",
        datetime(2025, 10, 30, 11, 0, tzinfo=UTC),
        "30 octobre 2025",  # CET
        ["la Sèvre retrouve un écoulement libre sur huit kilomètres"],
    ),
    _entry(
        "/arrete-cadre-secheresse-2025-2026-ce-qui-change-pour-les-irrigants-a7368.html",
        "Arrêté cadre sécheresse 2025-2026 : ce qui change pour les irrigants",
        datetime(2025, 10, 21, 10, 0, tzinfo=UTC),
        "21 octobre 2025",  # CEST
        ["harmonise les seuils de vigilance et d’alerte"],
    ),
]
