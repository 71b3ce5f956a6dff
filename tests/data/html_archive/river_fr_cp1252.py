"""Expected parse of river_fr_cp1252.html: an older French newspaper's topic page, encoded in
windows-1252 while declaring <meta charset="iso-8859-1"> (browsers read that label as
windows-1252: ’ is byte 0x92 and € 0x80, neither exists in ISO-8859-1).

The list is a ul.river of li.teaser; in each, one <a> wraps a kicker, an <h3> title (two of
them start with a screen-reader "Article réservé à nos abonnés") and the excerpt <p>; the
date and byline follow in p.teaser__meta, in prose: "Publié il y a 3 heures", "Publié le 21
janvier 2026 à 17h32", "Publié hier à 18h30", "lundi 19 janvier", "jeudi 25 décembre",
"Publié le 15 décembre 2025 à 09h12, modifié le ...", "Publié le 1er déc. 2025". The podcast
teaser shows no date at all. Article links carry utm_*/xtor tracking and #fragments; the
podcast link also has a real parameter (episode=412). The sidebar has "Les plus lus", "Articles
récents" (with times) and related topics; the head lists site and section feeds only.
"""

from datetime import UTC, datetime

url = "https://www.lequotidien-exemple.fr/sujet/kremlin/"
timezone = "Europe/Paris"
now = datetime(2026, 1, 21, 20, 45, tzinfo=UTC)  # 21:45 in Paris
next_page = "https://www.lequotidien-exemple.fr/sujet/kremlin/2/"
alternate_feed = None

_SITE = "https://www.lequotidien-exemple.fr"
_NOISE = [
    "Article réservé",
    "abonnés",
    "Publié",
    "Par ",
    "Hélène Dussart",
    "Marc Quéméneur",
    "Jean-Baptiste Chastand",
    "·",
]

entries = [
    {
        "title": "Ukraine : le Kremlin dit attendre « des propositions concrètes » des émissaires américains",
        "link": f"{_SITE}/international/article/2026/01/21/ukraine-le-kremlin-dit-attendre-des-"
        "propositions-concretes_6652104_3210.html",
        # "Publié il y a 3 heures": now - 3 h
        "published": datetime(2026, 1, 21, 17, 45, tzinfo=UTC),
        "summary_contains": [
            "Dmitri Peskov a indiqué que Moscou jugerait l’initiative américaine « sur pièces »"
        ],
        "summary_excludes": [*_NOISE, "il y a 3 heures", "Diplomatie"],
    },
    {
        "title": "Avoirs russes gelés : Moscou menace de saisir les actifs européens en Russie",
        "link": f"{_SITE}/economie/article/2026/01/21/avoirs-russes-geles-moscou-menace-de-saisir-"
        "les-actifs-europeens_6652031_3234.html",
        # "Publié le 21 janvier 2026 à 17h32", Paris (+01:00)
        "published": datetime(2026, 1, 21, 16, 32, tzinfo=UTC),
        "summary_contains": ["estimés à 210 milliards €, pour financer la reconstruction de l’Ukraine"],
        "summary_excludes": [*_NOISE, "17h32", "Sanctions"],
    },
    {
        "title": "Russie : la Banque centrale maintient son taux directeur à 16 %",
        "link": f"{_SITE}/economie/article/2026/01/20/russie-la-banque-centrale-maintient-son-taux-"
        "directeur-a-16_6651877_3234.html",
        # "Publié hier à 18h30": 20 January, 18:30 in Paris
        "published": datetime(2026, 1, 20, 17, 30, tzinfo=UTC),
        "summary_contains": ["l’institution dirigée par Elvira Nabioullina juge « prématuré »"],
        "summary_excludes": [*_NOISE, "hier", "18h30", "Économie"],
    },
    {
        "title": "Poutine invité au « Conseil de paix » : le Kremlin dit « étudier » la proposition",
        "link": f"{_SITE}/international/article/2026/01/19/poutine-invite-au-conseil-de-paix-le-"
        "kremlin-dit-etudier-la-proposition_6651502_3210.html",
        # "lundi 19 janvier", no year: 2026 (Monday), noon in Paris
        "published": datetime(2026, 1, 19, 11, 0, tzinfo=UTC),
        "summary_contains": ["l’invitation était parvenue par les canaux diplomatiques"],
        "summary_excludes": [*_NOISE, "lundi 19 janvier", "Diplomatie"],
    },
    {
        "title": "« L’Heure de l’Est » : comment le Kremlin a verrouillé l’information depuis 2022",
        "link": f"{_SITE}/podcasts/article/l-heure-de-l-est-comment-le-kremlin-a-verrouille-l-"
        "information.html?episode=412",
        # The teaser shows no publication date; "24 février 2022" in the excerpt is history.
        "published": None,
        "summary_contains": ["Depuis le 24 février 2022, les autorités russes ont bloqué"],
        "summary_excludes": [*_NOISE, "Podcast"],
    },
    {
        "title": "Laurent Vinatier : Moscou évoque une « proposition » faite à Paris",
        "link": f"{_SITE}/international/article/2025/12/25/laurent-vinatier-moscou-evoque-une-"
        "proposition-faite-a-paris_6649310_3210.html",
        # "jeudi 25 décembre", no year, read on 21 January 2026: 2025, noon in Paris
        "published": datetime(2025, 12, 25, 11, 0, tzinfo=UTC),
        "summary_contains": ["emprisonné en Russie depuis juin 2024"],
        "summary_excludes": [*_NOISE, "jeudi 25 décembre", "Diplomatie"],
    },
    {
        "title": "Moldavie, Géorgie, Arménie : l’« étranger proche », priorité contrariée du Kremlin",
        "link": f"{_SITE}/international/article/2025/12/15/moldavie-georgie-armenie-l-etranger-"
        "proche-priorite-contrariee-du-kremlin_6648212_3210.html",
        # "Publié le 15 décembre 2025 à 09h12, modifié le 16 décembre 2025 à 10h02"
        "published": datetime(2025, 12, 15, 8, 12, tzinfo=UTC),
        "summary_contains": ["Dans son ancien pré carré, Moscou voit son influence reculer"],
        "summary_excludes": [*_NOISE, "modifié", "09h12"],
    },
    {
        "title": "Gaz : les livraisons russes à la Hongrie et à la Slovaquie maintenues jusqu’en 2026",
        "link": f"{_SITE}/economie/article/2025/12/01/gaz-les-livraisons-russes-a-la-hongrie-et-a-"
        "la-slovaquie-maintenues_6647120_3234.html",
        # "Publié le 1er déc. 2025", noon in Paris
        "published": datetime(2025, 12, 1, 11, 0, tzinfo=UTC),
        "summary_contains": ["Budapest et Bratislava ont obtenu un sursis"],
        "summary_excludes": [*_NOISE, "déc. 2025", "Énergie"],
    },
]
