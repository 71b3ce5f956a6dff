"""Real page: the home page of DarkVeins (darkveins.com, an Italian horror portal on
WordPress with the Sahifa theme, April 2016), saved by TeamHG-Memex/autopager for its
pagination data. A front of blocks, each written in a markup of its own: a slider of four
stories (<ul class=ei-slider-large>, each <li> a picture link and an <h2> headline with a
subtitle, no date), then five section boxes (<section class=cat-box>, each headed by its
section's name linking to the section): "Altre news" (a large first picture with its <h2>
inside the link, then twelve 55-pixel thumbnails whose title shows only as the link's and the
picture's tooltip), "Horror dal mondo" (a scroller of four cards: picture, <h3> headline, date
line), "Speciali horror" and "Recensioni horror" (a first story with picture, <h2>, date line,
excerpt and "Continua a leggere »", then three smaller cards), "Musica oscura" (the same, a
first story and two cards). Entries: the slider's stories and every box's cards, in page
order. Titles: the headlines; a thumbnail's from its picture's `alt`/`title` (the same text),
the only title the page gives it. Dates: "aprile 25, 2016 - 4:04 pm" in the boxes' cards
(12-hour clock, Europe/Rome); the slider's and "Altre news"' cards show none (None). No
bylines (author None). Not entries: the menu, the section names over the boxes, the slider's
"Slide 1"…"Slide 4" buttons, comment links ("Inserisci un commento", "1 Commento"), the poll and
login widgets of the sidebar, the cookie bar. The address is autopager's record; the page's
links are relative to it. `now` is the day after the newest date shown.
"""

from datetime import UTC, datetime

url = "http://www.darkveins.com/"
timezone = "Europe/Rome"
now = datetime(2016, 4, 26, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "http://www.darkveins.com/173239-philosophy-of-knife-iskanov-dvd-mercato-europeo/",
        "title": "Philosophy of a Knife: limited edition europea del film di Iskanov",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/173235-un-antico-demone-del-folklore-ebraico-abyzou-taker-of-children/",
        "title": "Un antico demone del folklore ebraico in Abyzou: Taker of Children",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/173219-the-darkness-film-horror-del-regista-wolf-creek/",
        "title": "The Darkness: in arrivo l’horror con Kevin Bacon e Radha Mitchell",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/173216-guardians-of-the-night-dalla-russia-un-film-sui-vampiri/",
        "title": "Guardians Of The Night: il film horror russo sui vampiri",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/173209-10-cloverfield-lane-al-cinema-ad-aprile/",
        "title": "10 Cloverfield Lane: al cinema in Italia ad aprile",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/173205-droga-satanismo-feed-the-black-trailer-ufficiale/",
        "title": "Droga e Satanismo in Feed the Black: il trailer ufficiale",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154874-coralina-cataldi-tassoni-lady-macbeth-lady-m-5-1/",
        "title": "Coralina Cataldi-Tassoni sarà Lady Macbeth in Lady M 5.1",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154870-steven-yeun-raggiunge-cast-okja/",
        "title": "Steven Yeun: da The Walking Dead al creature movie Okja",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154865-zack-ward-esordisce-alla-regia-restoration/",
        "title": "Zack Ward esordisce alla regia con Restoration",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154859-annunciata-la-release-del-adattamento-it/",
        "title": "Annunciata la data d’uscita del nuovo adattamento di IT",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154849-somnia-trailer-italiano-e-data-di-uscita-cinema/",
        "title": "Somnia: trailer italiano e data di uscita nei cinema",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154845-mansons-lost-girls-dvd-maggio/",
        "title": "Manson’s Lost Girls: il film su Charles Manson in DVD a maggio",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154839-un-villain-abbigliamento-accademico-most-likely-to-die/",
        "title": "Uno squilibrato in abbigliamento accademico in Most Likely To Die",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154832-the-bye-bye-man-slitta-la-data-release/",
        "title": "The Bye Bye Man: slitta la data di release",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154825-the-channel-film-sullesperienza-pre-morte-un-poster/",
        "title": "The Channel: il film sull’esperienza di pre-morte ha un nuovo poster",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154806-sadako-vs-kayako-trailer/",
        "title": "Sadako vs. Kayako: nuovo trailer del crossover sulle icone orientali",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154796-distribuzione-internazionale-the-horde/",
        "title": "Distribuzione internazionale per The Horde",
        "published": None,
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/173223-disponibili-le-action-figures-dellhorror-turco-baskin/",
        "title": "Disponibilità limitata per le action figure dell’horror Baskin",
        "published": datetime(2016, 4, 25, 14, 4, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154639-horror-nights-offre-lavoro-maggio-casting-mostri/",
        "title": "Horror Nights offre lavoro: a maggio il casting per mostri",
        "published": datetime(2016, 4, 19, 18, 18, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154640-infermiera-pasticciera-dellorrore-hobby/",
        "title": "Da infermiera a pasticciera dell’orrore per hobby",
        "published": datetime(2016, 4, 19, 18, 17, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154544-walker-kills-statistiche-zombie-walking-dead/",
        "title": "Walker Kills: statistiche sugli zombie abbattuti in The Walking Dead",
        "published": datetime(2016, 4, 17, 18, 24, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/153878-intervista-a-frusciante-tra-romero-e-polemiche/",
        "title": "Intervista a Frusciante tra Romero e polemiche",
        "published": datetime(2016, 3, 12, 14, 9, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/153143-deathgasm-intervista-allo-sceneggiatore-regista-jason-lei-howden/",
        "title": "Deathgasm: intervista allo sceneggiatore e regista Jason Lei Howden",
        "published": datetime(2015, 10, 30, 12, 36, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/153085-intervista-a-corin-hardy-il-regista-di-the-hallow/",
        "title": "Intervista a Corin Hardy, il regista di The Hallow",
        "published": datetime(2015, 10, 11, 18, 9, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/153040-intervista-alla-modella-e-attrice-tristan-risk/",
        "title": "Intervista alla modella, performer e attrice Tristan Risk",
        "published": datetime(2015, 10, 10, 10, 18, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154794-harvest-lake-recensione-film/",
        "title": "Harvest Lake | Recensione film",
        "published": datetime(2016, 4, 22, 15, 51, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154164-upsidedown-cross-recensione-lungometraggio/",
        "title": "Upsidedown Cross | Recensione film",
        "published": datetime(2016, 4, 5, 19, 1, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154139-el-gores-snuff-tape-anthology-recensione-antologia-dvd/",
        "title": "El Gore’s Snuff Tape Anthology | Recensione antologia + CD",
        "published": datetime(2016, 4, 4, 18, 25, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/153797-murder-for-pleasure-recensione-lungometraggio/",
        "title": "Murder for Pleasure | Recensione film",
        "published": datetime(2016, 3, 17, 17, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/154431-sheri-moon-ancora-living-dead-girl-rob-zombie/",
        "title": "Sheri Moon ancora Living Dead Girl per Rob Zombie",
        "published": datetime(2016, 4, 15, 18, 55, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/149687-intervista-a-diego-merletto-il-leader-dei-frozen-autumn/",
        "title": "The Frozen Autumn: intervista a Diego Merletto",
        "published": datetime(2015, 4, 18, 18, 3, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "http://www.darkveins.com/132323-intervista-a-mancan-il-leader-degli-ecnephias/",
        "title": "Ecnephias: intervista al leader Mancan",
        "published": datetime(2015, 2, 9, 17, 29, tzinfo=UTC),
        "author": None,
    },
]
