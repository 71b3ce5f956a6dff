"""Real page: page five of a computer magazine's category listing ("Akkuschrauber, Werkzeug &
Co" under chip.de/tests, <link rel=prev> page 4, rel=next page 6), saved by adbar/trafilatura
for its tests. The list (<div class=Listing><ul class="List is-separated">): twenty cards, each
an <article> holding a screen-reader <h4 class=sr-only> copy of the headline and one <a> that
wraps the whole card: thumbnail, a kind label ("News", "Artikel", "Test") and <time
class=meta datetime="2018-11-12 15:58:00">12.11.2018</time>, the headline (<p class=hl-xs>)
and the teaser (<p class=copy-md>). Titles: the headline, without the kind label. Dates: the
card shows the day; the `datetime` attribute gives the minute without an offset, read as the
site's local time (Europe/Berlin), which agrees with the day shown on every card. No bylines.
Not entries: the category navigation ("Alle Kategorien:"), the pager, and the right-hand column
(<section class="fb-col-md-4 …">) of boxes "TOP VIDEO SPIELE", "TOP NEWS" and "NEUE DOWNLOADS
BEI CHIP", whose undated cards are a bare <a><h4>title</h4></a> in the same <ul class=List>
markup, and the "Schnäppchen-Highlights" box. `now` is an estimate: the sidebar's newest items
(a FIFA 20 trailer, apps of August 2019) date the save to late August 2019.
"""

from datetime import UTC, datetime

url = "https://www.chip.de/tests/akkuschrauber-werkzeug-co,82197/5"
timezone = "Europe/Berlin"
now = datetime(2019, 8, 25, 12, 0, tzinfo=UTC)

entries = [
    {
        "link": "https://www.chip.de/news/Aldi-leuchtet-LED-Roehren-Testsieger-im-Angebot_152842829.html",
        "title": "Aldi leuchtet: LED-Röhren-Testsieger im Angebot",
        "published": datetime(2018, 11, 12, 14, 58, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/news/Mal-mit-Druck-durchwischen-Aldi-Sued-mit-Kaercher-Angebote_152839902.html",
        "title": "Mal mit Druck durchwischen: Aldi Süd mit Kärcher-Angebote",
        "published": datetime(2018, 11, 12, 14, 6, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/news/Schimmelbekaempfung-leichtgemacht-Aldi-Nord-Luftentfeuchter-im-Angebot_152449863.html",
        "title": "Schimmelbekämpfung leichtgemacht: Aldi Nord-Luftentfeuchter im Angebot",
        "published": datetime(2018, 11, 11, 9, 27, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/artikel/Heizkosten-sparen-und-Raumklima-verbessern-Tipps-und-Geraete-die-helfen_139996351.html",
        "title": "Heizkosten sparen und Raumklima verbessern: Tipps und Geräte, die helfen",
        "published": datetime(2018, 11, 9, 15, 45, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/news/Gegen-dicke-Luft-Aldi-Nord-bietet-Luftreiniger-an_152272914.html",
        "title": "Gegen dicke Luft: Aldi Nord bietet Luftreiniger an",
        "published": datetime(2018, 11, 6, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/news/Druckluft-Werkzeug-bei-Aldi-Duro-Kompressor-und-vier-Druckluft-Werkzeugsets-im-Angebot_151391622.html",
        "title": "Druckluft-Werkzeug bei Aldi: Duro Kompressor und vier Druckluft-Werkzeugsets im Angebot",
        "published": datetime(2018, 10, 31, 7, 56, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/news/Kabelfrei-und-guenstig-Heimwerken-20-Euro-Akkuschrauber-bei-Aldi-Sued_150765844.html",
        "title": "Kabelfrei und günstig Heimwerken: 20 Euro-Akkuschrauber bei Aldi Süd",
        "published": datetime(2018, 10, 18, 15, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/news/Sicherheitsschnaeppchen-beim-Discounter-Rauchmelder-bei-Aldi-Nord_150351256.html",
        "title": "Sicherheitsschnäppchen beim Discounter: Rauchmelder bei Aldi Nord",
        "published": datetime(2018, 10, 11, 13, 15, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/test/Lupusec-XT1-Plus-Starter-Pack-Smarte-Alarmanlage-im-Praxistest_150202717.html",
        "title": "Test: Lupusec XT1 Plus Starter Pack (Smarte Alarmanlage im Praxistest)",
        "published": datetime(2018, 10, 10, 16, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/artikel/Heizpilz-fuer-die-heimische-Terrasse-kaufen-Das-muessen-sie-wissen_150189550.html",
        "title": "Heizpilz für die heimische Terrasse kaufen: Das müssen sie wissen",
        "published": datetime(2018, 10, 10, 15, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/news/Druckvoll-Tragbarer-Lidl-Kompressor-zum-Schnaeppchenpreis_149082602.html",
        "title": "Druckvoll: Tragbarer Lidl-Kompressor zum Schnäppchenpreis",
        "published": datetime(2018, 9, 20, 5, 56, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/news/Deal-fuer-hohe-Hecken-Stabheckenschere-im-Aldi-Sued-Angebot_148446981.html",
        "title": "Deal für hohe Hecken: Stabheckenschere im Aldi Süd-Angebot",
        "published": datetime(2018, 9, 16, 7, 57, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/news/Aldi-Sued-macht-Ihre-Wohnung-smarter-Praktische-USB-Steckdose-fuer-10-Euro_97785583.html",
        "title": "Aldi Süd macht Ihre Wohnung smarter: Praktische USB-Steckdose für 10 Euro",
        "published": datetime(2018, 9, 13, 14, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/news/Hammer-Saege-und-Co-immer-griffbereit-Werkstattwagen-im-Aldi-Angebot_148014514.html",
        "title": "Hammer, Säge und Co immer griffbereit: Werkstattwagen im Aldi-Angebot",
        "published": datetime(2018, 9, 13, 12, 30, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/news/Heimwerker-Angebot-bei-Aldi-Nord-Akku-Bohrschrauber-fuer-knapp-30-Euro_142421257.html",
        "title": "Heimwerker-Angebot bei Aldi Nord: Akku-Bohrschrauber für knapp 30 Euro",
        "published": datetime(2018, 9, 6, 12, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/news/Garten-Schnitt-Hilfe-Elektro-Haecksler-bei-Aldi-Nord_147497337.html",
        "title": "Garten-Schnitt-Hilfe: Elektro-Häcksler bei Aldi Nord",
        "published": datetime(2018, 8, 30, 18, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/news/Saugt-und-blaest-Laubsauger-im-Angebot-bei-Aldi-Nord_147504190.html",
        "title": "Saugt und bläst: Laubsauger im Angebot bei Aldi Nord",
        "published": datetime(2018, 8, 30, 17, 15, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/news/Starkes-Stueck-oder-schwache-Nummer-Duro-Schlagbohrmaschine-bei-Aldi-im-Check_147619866.html",
        "title": "Starkes Stück oder schwache Nummer? Duro Schlagbohrmaschine bei Aldi im Check",
        "published": datetime(2018, 8, 30, 17, 0, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/news/Garten-Woche-bei-Aldi-Nord-Elektro-Kettensaege-im-Schnaeppchencheck_146979586.html",
        "title": "Garten-Woche bei Aldi Nord: Elektro-Kettensäge im Schnäppchencheck",
        "published": datetime(2018, 8, 30, 15, 45, tzinfo=UTC),
        "author": None,
    },
    {
        "link": "https://www.chip.de/news/Ran-an-die-Hecke-Akku-Heckenschere-bei-Aldi-Nord_147024978.html",
        "title": "Ran an die Hecke: Akku-Heckenschere bei Aldi Nord",
        "published": datetime(2018, 8, 30, 14, 15, tzinfo=UTC),
        "author": None,
    },
]
