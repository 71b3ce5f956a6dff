"""Real page: the news section front ("Le notizie") of Italy's Department for Digital
Transformation (innovazione.gov.it/notizie/, November 2025), a Middleman build committed to
teamdigitale/innovazione.gov.it-site (10 November 2025). `lang=it`. The header, a page index of
the blocks, then five blocks, each an <h2> and cards: "Gli articoli" (eight cards: a lazy picture,
<p class=card-text><span>05 novembre 2025</span></p>, the <h3> link, a subtitle, topic chips),
"I comunicati stampa" (three), "Gli interventi" (five), "Le interviste" (five) in the same card
markup, and "Gli approfondimenti", "Link esterni": three cards whose <h3> links go to Medium
posts, a publication's name under the headline, no date. Entries: the 24 cards, block by block in
page order. Dates: the day (the external cards: none). Authors: none shown on the dated cards;
on the external cards the name under the headline ("Designers Italia e AgID") names the
publication rather than a writer: not scored. Not entries: the page index, the topic chips, the
"Gli argomenti dell'innovazione" box of topics, the footer. `now`: the build's commit, 10
November 2025, 14:46 UTC.
"""

from datetime import UTC, date, datetime

url = "https://innovazione.gov.it/notizie/"
timezone = "Europe/Rome"
now = datetime(2025, 11, 10, 14, 46, tzinfo=UTC)

entries = [
    {
        "link": "https://innovazione.gov.it/notizie/articoli/pnrr-140-milioni-di-euro-per-la-migrazione-al-psn-di-pa-centrali-e-asl-ao",
        "title": "PNRR: 140 milioni di euro per la migrazione al PSN di PA Centrali e ASL/AO",
        "published": date(2025, 11, 5),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/articoli/il-dipartimento-per-la-trasformazione-digitale-alla-42a-assemblea-anci",
        "title": "Il Dipartimento per la trasformazione digitale alla 42ª Assemblea ANCI",
        "published": date(2025, 11, 4),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/articoli/dal-fondo-sviluppo-e-coesione-90-milioni-per-rafforzare-la-banda-ultra-larga-in-a",
        "title": "Dal Fondo Sviluppo e Coesione 90 milioni per rafforzare la banda ultra-larga in aree strategiche",
        "published": date(2025, 11, 3),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/articoli/io-l-app-dei-servizi-pubblici-al-via-la-nuova-campagna-nazionale",
        "title": "IO, l’app dei servizi pubblici: al via la nuova campagna nazionale",
        "published": date(2025, 10, 31),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/articoli/francia-germania-paesi-bassi-e-italia-avviano-un-consorzio-per-i-beni-digitali-co",
        "title": "Italia, Francia, Germania e Paesi Bassi avviano un consorzio per i beni digitali comuni",
        "published": date(2025, 10, 29),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/articoli/anpr-oltre-il-50-dei-comuni-italiani-ha-aderito-allo-stato-civile-digitale",
        "title": "ANPR: oltre il 50% dei Comuni italiani ha aderito allo Stato Civile digitale",
        "published": date(2025, 10, 24),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/articoli/internet-governance-forum-italia-2025-in-programma-il-16-e-il-17-ottobre",
        "title": "Internet Governance Forum Italia 2025 in programma il 16 e il 17 ottobre",
        "published": date(2025, 10, 6),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/articoli/approvata-in-via-definitiva-la-legge-italiana-sull-intelligenza-artificiale",
        "title": "Approvata in via definitiva la legge italiana sull’Intelligenza Artificiale",
        "published": date(2025, 9, 17),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/comunicati-stampa/assemblea-di-repubblica-digitale-presentato-il-rapporto-di-monitoraggio-2025",
        "title": "Assemblea di Repubblica Digitale: presentato il Rapporto di monitoraggio 2025",
        "published": date(2025, 10, 24),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/comunicati-stampa/fondo-repubblica-digitale-18-nuovi-progetti-per-il-2025-5-mln-con-il-bando-dritti",
        "title": "Fondo Repubblica Digitale: 18 nuovi progetti per il 2025. 5 milioni con il bando “Dritti al Punto”",
        "published": date(2025, 9, 19),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/comunicati-stampa/comitato-interministeriale-transizione-digitale-focus-identita-digitale-bul-ia-e-cavi-sottomarini",
        "title": "Comitato interministeriale transizione digitale: focus identità digitale, BUL, IA e cavi sottomarini",
        "published": date(2025, 7, 9),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/interventi/butti-regole-certe-per-supportare-la-crescita-di-start-up-e-aziende-innovative",
        "title": 'Butti: "Regole certe per supportare la crescita di start-up e aziende innovative"',
        "published": date(2025, 10, 1),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/interventi/intervento-del-sottosegretario-butti-ai-microfoni-di-progress",
        "title": 'Intervento del Sottosegretario Butti ai microfoni di "Progress"',
        "published": date(2025, 9, 21),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/interventi/intervento-del-sottosegretario-alessio-butti-a-tgcom24",
        "title": "Intervento del Sottosegretario Alessio Butti a Tgcom24",
        "published": date(2025, 9, 21),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/interventi/intelligenza-artificiale-si-alla-legge-c-e-un-miliardo",
        "title": "Intelligenza artificiale, sì alla legge. C'è un miliardo",
        "published": date(2025, 9, 18),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/interventi/lavoro-ricerca-e-diritti-fondamentali-c-e-il-si-alla-prima-legge-italiana-sull-ia",
        "title": "Lavoro, ricerca e diritti fondamentali: c’è il sì alla prima legge italiana sull’IA",
        "published": date(2025, 9, 18),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/interviste/intervista-al-sottosegretario-di-stato-alessio-butti-a-il-giornale",
        "title": 'Intervista al Sottosegretario di Stato Alessio Butti a "Il Giornale"',
        "published": date(2025, 10, 10),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/interviste/intervista-del-sottosegretario-alessio-butti-a-la-provincia",
        "title": 'Intervista del Sottosegretario Alessio Butti a "La Provincia"',
        "published": date(2025, 9, 20),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/interviste/intervista-del-sottosegretario-alessio-butti-ad-affari-italiani",
        "title": 'Intervista del Sottosegretario Alessio Butti ad "Affari Italiani"',
        "published": date(2025, 9, 20),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/interviste/intervista-del-sottosegretario-butti-a-corriere-del-veneto",
        "title": 'Intervista del Sottosegretario Butti a "Corriere del Veneto"',
        "published": date(2025, 9, 10),
        "author": None,
    },
    {
        "link": "https://innovazione.gov.it/notizie/interviste/intervista-del-sottosegretario-butti-a-la-sicilia",
        "title": 'Intervista del Sottosegretario Butti a "La Sicilia"',
        "published": date(2025, 9, 7),
        "author": None,
    },
    {
        "link": "https://medium.com/blog-per-la-trasformazione-digitale/newsletter-pa-digitale-2026-cosa-abbiamo-imparato-9077fe759665",
        "title": "Newsletter PA digitale 2026, cosa abbiamo imparato",
        "published": None,
    },
    {
        "link": "https://medium.com/designers-italia/progettare-con-qualita-accessibilita-al-centro-del-design-system-del-paese-5e3599170099",
        "title": "Progettare con qualità: l’accessibilità al centro del design system del Paese",
        "published": None,
    },
    {
        "link": "https://medium.com/developers-italia/bootstrap-italia-per-il-design-system-del-paese-af92a8bba9d2",
        "title": "Bootstrap Italia per il design system del Paese",
        "published": None,
    },
]
