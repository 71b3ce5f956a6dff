"""Written page rendered by hand from Discourse's crawler view of a category's topic list
(discourse/discourse @ 01768e4432f04fb347cd7283b17eeb2bb73532f4: app/views/list/list.erb, in the
crawler layout; GPL-2.0), the page Discourse serves to readers without JavaScript, Italian site
(lang=it): a <table class=topic-list> whose rows hold, in the main cell, <meta itemprop> name
and url, the a.raw-topic-link title, a category badge link (on topics of another category)
and tag links, and for the pinned "Informazioni sulla categoria" topic its excerpt; then the
posters' avatars (their names only in the images' title attributes: "giorgia_r - Autore
originale"), replies, views, and the day of the latest activity ("4 dic 2026"). Dates and
authors are left unscored: the day shown is the last reply's, not the topic's, and no name is
shown as text. Every topic, the pinned one included, is an entry.
"""

from datetime import UTC, datetime

url = "https://forum.fotoamatori.example.it/c/tecnica/5"
timezone = "Europe/Rome"
now = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://forum.fotoamatori.example.it/t/benvenuti-nella-categoria-tecnica/42",
        "title": "Informazioni sulla categoria Tecnica",
    },
    {
        "link": "https://forum.fotoamatori.example.it/t/esposimetro-spot-o-matrix/1893",
        "title": "Esposimetro spot o matrix per i controluce?",
    },
    {
        "link": "https://forum.fotoamatori.example.it/t/iperfocale-paesaggio/1889",
        "title": "Iperfocale nel paesaggio: la calcolate ancora?",
    },
    {
        "link": "https://forum.fotoamatori.example.it/t/raw-o-jpeg-nel-2026/1884",
        "title": "RAW o JPEG nel 2026: ha ancora senso discuterne?",
    },
    {
        "link": "https://forum.fotoamatori.example.it/t/ritratto-luce-finestra/1880",
        "title": "Ritratto con la sola luce della finestra",
    },
    {
        "link": "https://forum.fotoamatori.example.it/t/filtro-nd-lunghe-esposizioni/1877",
        "title": "Filtro ND 1000x: primi tentativi di lunga esposizione",
    },
    {
        "link": "https://forum.fotoamatori.example.it/t/stacking-macro/1871",
        "title": "Focus stacking in macro senza slitta motorizzata",
    },
    {
        "link": "https://forum.fotoamatori.example.it/t/bilanciamento-bianco-neve/1866",
        "title": "Bilanciamento del bianco sulla neve: consigli?",
    },
    {
        "link": "https://forum.fotoamatori.example.it/t/street-iso-alti/1860",
        "title": "Street di notte: fin dove spingete gli ISO?",
    },
]
