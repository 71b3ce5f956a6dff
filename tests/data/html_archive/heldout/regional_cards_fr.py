"""Expected parse of regional_cards_fr.html: a French regional newspaper's tag page
("Tramway de Valmont") built from cards.

The listing is in two parts, both of which are the tag's articles: an "À la une" carousel of
three big cards (div.card.card--big, title in <h2 class="card__title"><a>), then a grid of
twelve cards (div.card, title in <h3 class="card__title"><a>), with an ad slot between cards
6 and 7. Each card has an image link to the article (aria-hidden, alt=""; two cards have no
image), a kicker link to the section ("Valmont", "Politique", ...), sometimes an "Abonnés"
badge, an optional chapo (five grid cards have none) and the date in prose:
"Publié le 12/01/2026 à 08h15" (one adds ", mis à jour le 21/01/2026 à 07h02": the first date
is the publication). Paris time: UTC+1, UTC+2 before 26 October 2025.

Not entries: the "Direct" flash link in the header, "Les plus lus" (its number 2 is the first
carousel article), "Le fil info" (with <time datetime> elements, its fourth item is also the
first carousel article), "Ça peut vous intéresser" mini-cards, related tags, menus, footer.
The pager's next link is "›" with aria-label="Page suivante". The head has only the site-wide
"À la une" feed.
"""

from datetime import UTC, datetime

url = "https://www.lecourrierduval.fr/sujets/tramway-de-valmont"
timezone = "Europe/Paris"
now = datetime(2026, 1, 21, 12, 0, tzinfo=UTC)  # 13:00 in Paris
next_page = "https://www.lecourrierduval.fr/sujets/tramway-de-valmont?page=2"
alternate_feed = None

_SITE = "https://www.lecourrierduval.fr"
_NOISE = ["Publié le", "mis à jour", "Abonnés", "Faits divers", "Politique", "Publicité"]

entries = [
    # -- "À la une" carousel --
    {
        "title": "Tramway : la ligne B sera mise en service le 4 juillet, annonce la métropole",
        "link": f"{_SITE}/valmont/2026/01/21/tramway-la-ligne-b-sera-mise-en-service-le-4-juillet-"
        "annonce-la-metropole-11873402.php",
        "published": datetime(2026, 1, 21, 9, 48, tzinfo=UTC),  # 21/01/2026 à 10h48
        "summary_contains": ["a dévoilé ce mercredi matin le calendrier définitif de la ligne B"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Travaux du tramway : l’avenue de la Libération fermée à la circulation pendant "
        "trois semaines",
        "link": f"{_SITE}/valmont/2026/01/20/travaux-du-tramway-l-avenue-de-la-liberation-fermee-"
        "a-la-circulation-pendant-trois-semaines-11872960.php",
        # "Publié le 20/01/2026 à 18h40, mis à jour le 21/01/2026 à 07h02"
        "published": datetime(2026, 1, 20, 17, 40, tzinfo=UTC),
        "summary_contains": ["Les bus de la ligne 6 sont également détournés."],
        "summary_excludes": _NOISE,
    },
    {
        "title": "VIDÉO. Les premières rames du tramway livrées de nuit au dépôt de Saint-Exupère",
        "link": f"{_SITE}/saint-exupere/2026/01/19/video-les-premieres-rames-du-tramway-livrees-"
        "de-nuit-au-depot-de-saint-exupere-11871733.php",
        "published": datetime(2026, 1, 19, 5, 30, tzinfo=UTC),  # 19/01/2026 à 06h30
        "summary_contains": ["deux rames de 44 mètres ont rejoint le centre de maintenance"],
        "summary_excludes": _NOISE,
    },
    # -- the grid --
    {
        "title": "Tramway : les commerçants de la rue Gambetta réclament des indemnisations plus rapides",
        "link": f"{_SITE}/valmont/2026/01/18/tramway-les-commercants-de-la-rue-gambetta-reclament-"
        "des-indemnisations-plus-rapides-11871204.php",
        "published": datetime(2026, 1, 18, 16, 5, tzinfo=UTC),  # 18/01/2026 à 17h05
        "summary_contains": ["une trentaine de commerçants dénoncent des délais"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Ligne B du tramway : à quoi ressembleront les 18 stations ?",
        "link": f"{_SITE}/valmont/2026/01/16/ligne-b-du-tramway-a-quoi-ressembleront-les-18-"
        "stations-11870388.php",
        "published": datetime(2026, 1, 16, 11, 0, tzinfo=UTC),  # 16/01/2026 à 12h00
        "summary_contains": [],  # no chapo
        "summary_excludes": _NOISE,
    },
    {
        "title": "Saint-Exupère : le parking relais du terminus du tramway comptera 450 places",
        "link": f"{_SITE}/saint-exupere/2026/01/15/saint-exupere-le-parking-relais-du-terminus-du-"
        "tramway-comptera-450-places-11869912.php",
        "published": datetime(2026, 1, 15, 7, 15, tzinfo=UTC),  # 15/01/2026 à 08h15
        "summary_contains": ["doit s’achever en juin"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Conseil métropolitain : l’opposition dénonce un surcoût de 38 millions d’euros "
        "pour le tramway",
        "link": f"{_SITE}/politique/2026/01/13/conseil-metropolitain-l-opposition-denonce-un-"
        "surcout-de-38-millions-d-euros-pour-le-tramway-11869027.php",
        "published": datetime(2026, 1, 13, 20, 47, tzinfo=UTC),  # 13/01/2026 à 21h47
        "summary_contains": ["Le budget de la ligne B atteint désormais 412 millions d’euros."],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Tramway : un ouvrier blessé sur le chantier du pont des Augustins",
        "link": f"{_SITE}/faits-divers/2026/01/12/tramway-un-ouvrier-blesse-sur-le-chantier-du-pont-"
        "des-augustins-11868641.php",
        "published": datetime(2026, 1, 12, 7, 15, tzinfo=UTC),  # 12/01/2026 à 08h15
        "summary_contains": [],  # no image, no chapo
        "summary_excludes": _NOISE,
    },
    {
        "title": "Vos questions sur le tramway : quels tarifs, quelles fréquences, quels horaires ?",
        "link": f"{_SITE}/valmont/2026/01/09/vos-questions-sur-le-tramway-quels-tarifs-quelles-"
        "frequences-quels-horaires-11867720.php",
        "published": datetime(2026, 1, 9, 13, 30, tzinfo=UTC),  # 09/01/2026 à 14h30
        "summary_contains": ["Notre rédaction a posé vos questions au syndicat des transports."],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Valmont : les arbres abattus pour le tramway seront replantés boulevard Carnot",
        "link": f"{_SITE}/valmont/2026/01/06/valmont-les-arbres-abattus-pour-le-tramway-seront-"
        "replantes-boulevard-carnot-11866315.php",
        "published": datetime(2026, 1, 6, 10, 20, tzinfo=UTC),  # 06/01/2026 à 11h20
        "summary_contains": ["planter 312 arbres le long du tracé"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Tramway : la circulation des bus perturbée pendant les vacances de Noël",
        "link": f"{_SITE}/valmont/2025/12/19/tramway-la-circulation-des-bus-perturbee-pendant-les-"
        "vacances-de-noel-11861098.php",
        "published": datetime(2025, 12, 19, 15, 55, tzinfo=UTC),  # 19/12/2025 à 16h55
        "summary_contains": [],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Travaux du tramway : la place du Marché retrouve ses pavés",
        "link": f"{_SITE}/valmont/2025/12/10/travaux-du-tramway-la-place-du-marche-retrouve-ses-"
        "paves-11857431.php",
        "published": datetime(2025, 12, 10, 6, 45, tzinfo=UTC),  # 10/12/2025 à 07h45
        "summary_contains": ["Après quatorze mois de chantier"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Ligne B : le tracé définitif validé par le tribunal administratif",
        "link": f"{_SITE}/valmont/2025/11/27/ligne-b-le-trace-definitif-valide-par-le-tribunal-"
        "administratif-11851960.php",
        "published": datetime(2025, 11, 27, 18, 10, tzinfo=UTC),  # 27/11/2025 à 19h10
        "summary_contains": ["Les juges ont rejeté le recours de l’association Valmont Patrimoine"],
        "summary_excludes": _NOISE,
    },
    {
        "title": "Tramway de Valmont : les essais de la ligne A prolongée ont commencé de nuit",
        "link": f"{_SITE}/valmont/2025/10/28/tramway-de-valmont-les-essais-de-la-ligne-a-prolongee-"
        "ont-commence-de-nuit-11843077.php",
        "published": datetime(2025, 10, 28, 5, 5, tzinfo=UTC),  # 28/10/2025 à 06h05 (CET)
        "summary_contains": [],  # no image, no chapo
        "summary_excludes": _NOISE,
    },
    {
        "title": "Tramway : la métropole lance la concertation sur une future ligne C",
        "link": f"{_SITE}/valmont/2025/10/14/tramway-la-metropole-lance-la-concertation-sur-une-"
        "future-ligne-c-11837254.php",
        "published": datetime(2025, 10, 14, 15, 30, tzinfo=UTC),  # 14/10/2025 à 17h30 (CEST)
        "summary_contains": ["Trois tracés sont soumis à l’avis des habitants"],
        "summary_excludes": _NOISE,
    },
]
