"""Real page: the events list ("Agenda", page 1 of 6, soonest first) of Grenoble's municipal
library network (bm-grenoble.fr, January 2020), saved by vtourraine/bm-grenoble-ios for its
agenda parser's tests. French, lang=fr. Inside <div class="paragraphe tpl TPL_AGENDALISTE">,
under a search form and "10 résultats sur 57 - Page 1/6", ten <div class=item>s: an <h4> link
"<span>Le 11/01/2020</span> - Le nudge, comment influencer sans contrainte", a picture, the
event's kind and library, a <p class=resume> teaser; then a map script. The seventh and eighth
items are the same event (same link) listed twice: one entry. Titles: the event's name after
the dash, the <span>'s date apart. Dates: "Le 11/01/2020" is when the event takes place, not
when it was posted, so published is not scored (left out). No bylines (authors None). Not
entries: the map's pop-ups, the pagers, menus, the right-hand column and footer blocks.
`now` is the fixture's commit (11 January 2020).
"""

from datetime import UTC, datetime

url = "https://www.bm-grenoble.fr/688-agenda.htm"
timezone = "Europe/Paris"
now = datetime(2020, 1, 11, 14, 29, tzinfo=UTC)

entries = [
    {
        "link": "https://www.bm-grenoble.fr/688-agenda.htm?TPL_CODE=TPL_AGENDA&PAR_TPL_IDENTIFIANT=7863",
        "title": "Le nudge, comment influencer sans contrainte",
        "author": None,
    },
    {
        "link": "https://www.bm-grenoble.fr/688-agenda.htm?TPL_CODE=TPL_AGENDA&PAR_TPL_IDENTIFIANT=7879",
        "title": "Nuit de la lecture - Rencontre avec Milo De Angelis",
        "author": None,
    },
    {
        "link": "https://www.bm-grenoble.fr/688-agenda.htm?TPL_CODE=TPL_AGENDA&PAR_TPL_IDENTIFIANT=7883",
        "title": "Nuit de la lecture - Rencontre avec brigitte giraud",
        "author": None,
    },
    {
        "link": "https://www.bm-grenoble.fr/688-agenda.htm?TPL_CODE=TPL_AGENDA&PAR_TPL_IDENTIFIANT=7881",
        "title": "Nuit de la lecture - Improbiblio",
        "author": None,
    },
    {
        "link": "https://www.bm-grenoble.fr/688-agenda.htm?TPL_CODE=TPL_AGENDA&PAR_TPL_IDENTIFIANT=7884",
        "title": "Nuit de la lecture - Soirée jeux",
        "author": None,
    },
    {
        "link": "https://www.bm-grenoble.fr/688-agenda.htm?TPL_CODE=TPL_AGENDA&PAR_TPL_IDENTIFIANT=7874",
        "title": "Conférence - A qui profite l’économie collaborative ?",
        "author": None,
    },
    {
        "link": "https://www.bm-grenoble.fr/688-agenda.htm?TPL_CODE=TPL_AGENDA&PAR_TPL_IDENTIFIANT=7885",
        "title": "Nuit de la lecture - Si par une nuit d’hiver on voyageait",
        "author": None,
    },
    {
        "link": "https://www.bm-grenoble.fr/688-agenda.htm?TPL_CODE=TPL_AGENDA&PAR_TPL_IDENTIFIANT=7882",
        "title": "Nuit de la lecture - Stendhal ou Hugo : qui incarne le «génie français» ?",
        "author": None,
    },
    {
        "link": "https://www.bm-grenoble.fr/688-agenda.htm?TPL_CODE=TPL_AGENDA&PAR_TPL_IDENTIFIANT=7880",
        "title": "Nuit de la lecture - Histoires chuchotées et déclamées",
        "author": None,
    },
]
